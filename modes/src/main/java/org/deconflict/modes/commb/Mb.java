package org.deconflict.modes.commb;

import org.deconflict.modes.Bits;

/** Access to the 56-bit MB field (message bits 33-88) of DF20/21 with MB-relative 1-based bit numbers. */
final class Mb {
    /** MB starts after the 32-bit DF20/21 header. ICAO Annex 10 Vol IV §3.1.2.6.6.1. */
    private static final int MB_OFFSET = 32;

    private Mb() {
    }

    static int get(byte[] b, int off, int start, int n) {
        return Bits.get(b, off, MB_OFFSET + start, n);
    }

    static int bit(byte[] b, int off, int pos) {
        return Bits.bit(b, off, MB_OFFSET + pos);
    }

    static long all(byte[] b, int off) {
        return Bits.field(b, off, MB_OFFSET + 1, 56);
    }

    /** True when status bit {@code sb} is 0 while value bits {@code from..to} are not all zero. */
    static boolean wrongStatus(byte[] b, int off, int sb, int from, int to) {
        return bit(b, off, sb) == 0 && get(b, off, from, to - from + 1) != 0;
    }

    /** Two's-complement value with a separate sign bit at {@code signPos} followed by {@code n} magnitude bits. */
    static int signed(byte[] b, int off, int signPos, int n) {
        int v = get(b, off, signPos + 1, n);
        return bit(b, off, signPos) != 0 ? v - (1 << n) : v;
    }
}

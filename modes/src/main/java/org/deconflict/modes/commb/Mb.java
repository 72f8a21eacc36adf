package org.deconflict.modes.commb;

/**
 * The 56-bit MB field (message bits 33-88) of DF20/21 held in a long, with MB-relative 1-based bit numbers
 * (MB bit 1 = message bit 33, ICAO Annex 10 Vol IV §3.1.2.6.6.1). Reading it once and extracting fields by shifts
 * keeps register inference cheap.
 */
final class Mb {
    private Mb() {
    }

    /** The MB field of the frame at {@code off}. */
    static long of(byte[] b, int off) {
        long v = 0;
        for (int i = 4; i < 11; i++) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    static int get(long mb, int start, int n) {
        return (int) ((mb >>> (57 - start - n)) & ((1L << n) - 1));
    }

    static int bit(long mb, int pos) {
        return (int) (mb >>> (56 - pos)) & 1;
    }

    /** True when status bit {@code sb} is 0 while value bits {@code from..to} are not all zero. */
    static boolean wrongStatus(long mb, int sb, int from, int to) {
        return bit(mb, sb) == 0 && get(mb, from, to - from + 1) != 0;
    }

    /** Two's-complement value with a separate sign bit at {@code signPos} followed by {@code n} magnitude bits. */
    static int signed(long mb, int signPos, int n) {
        int v = get(mb, signPos + 1, n);
        return bit(mb, signPos) != 0 ? v - (1 << n) : v;
    }
}

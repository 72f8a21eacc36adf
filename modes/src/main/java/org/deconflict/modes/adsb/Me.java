package org.deconflict.modes.adsb;

import org.deconflict.modes.Bits;

/** Access to the 56-bit ME field (message bits 33-88) of DF17/18/19 with ME-relative 1-based bit numbers. */
final class Me {
    /** ME starts after the 32-bit extended squitter header. ICAO Annex 10 Vol IV §3.1.2.8.6.2. */
    static final int OFFSET = 32;

    private Me() {
    }

    static int get(byte[] b, int off, int start, int n) {
        return Bits.get(b, off, OFFSET + start, n);
    }

    static int bit(byte[] b, int off, int pos) {
        return Bits.bit(b, off, OFFSET + pos);
    }

    static boolean flag(byte[] b, int off, int pos) {
        return Bits.bit(b, off, OFFSET + pos) == 1;
    }
}

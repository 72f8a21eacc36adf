package org.deconflict.modes.adsb;

import org.deconflict.modes.Bits;

/**
 * The 56-bit ME field (message bits 33-88) of DF17/18/19 held in a long, with ME-relative 1-based bit numbers
 * (ME bit 1 = message bit 33, ICAO Annex 10 Vol IV §3.1.2.8.6.2). Read once, fields are shifts and masks.
 */
final class Me {
    /** ME starts after the 32-bit extended squitter header. ICAO Annex 10 Vol IV §3.1.2.8.6.2. */
    static final int OFFSET = 32;

    private Me() {
    }

    /** The ME field of the frame at {@code off}. */
    static long of(byte[] b, int off) {
        return Bits.field(b, off, OFFSET + 1, 56);
    }

    static int get(long me, int start, int n) {
        return (int) ((me >>> (57 - start - n)) & ((1L << n) - 1));
    }

    static int bit(long me, int pos) {
        return (int) (me >>> (56 - pos)) & 1;
    }

    static boolean flag(long me, int pos) {
        return bit(me, pos) == 1;
    }

    /**
     * {@code -value} when ME bit {@code signPos} is set, else {@code value}, without a branch: the direction bits of
     * velocities and vertical rates differ from aircraft to aircraft, so a branch on them is mispredicted.
     */
    static int negateIf(long me, int signPos, int value) {
        int s = -bit(me, signPos); // all ones when set
        return (value ^ s) - s;
    }
}

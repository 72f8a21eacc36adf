package org.deconflict.sim.out;

/**
 * Beast binary framing (Mode-S Beast / dump1090 port 30005): {@code 0x1A}, type {@code '2'} (56-bit) or {@code '3'}
 * (112-bit), 6-byte big-endian 12 MHz timestamp, 1 signal byte, the frame; every {@code 0x1A} after the leading
 * one is doubled.
 */
public final class BeastFrames {

    /** Escape / frame start byte. */
    public static final int ESC = 0x1A;
    /** Beast clock rate: 12 MHz (Mode-S Beast protocol). */
    public static final long TICKS_PER_SECOND = 12_000_000L;
    private static final long MASK_48 = (1L << 48) - 1;

    private BeastFrames() {
    }

    /**
     * Writes one Beast frame into {@code out} at {@code pos}; returns the new position. {@code out} needs room for
     * 2·(1 + 6 + 1 + len) + 2 bytes in the worst case.
     */
    public static int write(byte[] out, int pos, long ticks, int signal, byte[] frame, int off, int len) {
        out[pos++] = ESC;
        out[pos++] = (byte) (len == 7 ? '2' : '3');
        for (int shift = 40; shift >= 0; shift -= 8) {
            pos = escaped(out, pos, (byte) (ticks >>> shift));
        }
        pos = escaped(out, pos, (byte) signal);
        for (int i = 0; i < len; i++) {
            pos = escaped(out, pos, frame[off + i]);
        }
        return pos;
    }

    /** 12 MHz ticks since {@code epochNanos} of a time in ns, wrapped to the 48-bit counter. */
    public static long ticks(long timeNanos, long epochNanos) {
        long d = timeNanos - epochNanos;
        long ticks = Math.floorDiv(d, 1000) * 12 + Math.floorMod(d, 1000) * 12 / 1000;
        return ticks & MASK_48;
    }

    private static int escaped(byte[] out, int pos, byte b) {
        out[pos++] = b;
        if (b == ESC) {
            out[pos++] = ESC;
        }
        return pos;
    }
}

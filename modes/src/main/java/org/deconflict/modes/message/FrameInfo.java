package org.deconflict.modes.message;

/**
 * What every accepted frame carries: the frame bits after any error correction ({@code first7} = bytes 0-6,
 * {@code last7} = bytes 7-13, 0 for short frames; see {@link #bytes()} and {@link #hex()}), its length in bytes,
 * DF, the aircraft address (announced, or recovered from address/parity), how many bits were corrected, whether the
 * address came from parity, receive time as 12 MHz ticks (-1 unknown) and as event time in nanoseconds.
 */
public record FrameInfo(long first7, long last7, int length, int df, int icao, int correctedBits,
        boolean addressFromParity, long timestamp12MHz, long timeNanos) {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Packs bytes {@code from..from+6} of {@code frame} big-endian into a long. */
    public static long pack7(byte[] frame, int from) {
        long v = 0;
        for (int i = from; i < from + 7; i++) {
            v = (v << 8) | (frame[i] & 0xFF);
        }
        return v;
    }

    /** The frame bytes (new array of {@link #length()}). */
    public byte[] bytes() {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            long word = i < 7 ? first7 : last7;
            b[i] = (byte) (word >>> (8 * (6 - i % 7)));
        }
        return b;
    }

    /** The frame as lower-case hex. */
    public String hex() {
        char[] c = new char[length * 2];
        for (int i = 0; i < length; i++) {
            long word = i < 7 ? first7 : last7;
            int v = (int) (word >>> (8 * (6 - i % 7))) & 0xFF;
            c[2 * i] = HEX[v >>> 4];
            c[2 * i + 1] = HEX[v & 0xF];
        }
        return new String(c);
    }
}

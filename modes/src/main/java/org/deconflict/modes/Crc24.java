package org.deconflict.modes;

/**
 * Mode S 24-bit parity (CRC-24), table driven. Generator polynomial 0x1FFF409
 * (ICAO Annex 10 Vol IV §3.1.2.3.3.1.2: 1111 1111 1111 1010 0000 1001 with the leading x^24 term).
 */
public final class Crc24 {
    /** The 24 low-order generator bits. ICAO Annex 10 Vol IV §3.1.2.3.3.1.2. */
    public static final int POLY = 0xFFF409;

    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i << 16;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x800000) != 0 ? ((c << 1) ^ POLY) : (c << 1);
            }
            TABLE[i] = c & 0xFFFFFF;
        }
    }

    private Crc24() {
    }

    /** CRC-24 of {@code len} bytes (the parity an encoder places after them). */
    public static int compute(byte[] b, int off, int len) {
        int crc = 0;
        for (int i = 0; i < len; i++) {
            crc = ((crc << 8) ^ TABLE[((crc >>> 16) ^ b[off + i]) & 0xFF]) & 0xFFFFFF;
        }
        return crc;
    }

    /**
     * Syndrome of a whole frame of {@code lenBytes} (7 or 14): CRC of the data bits xor the received 24 parity bits.
     * 0 for a clean DF11(II=0)/17/18; the address for address/parity formats (DF0/4/5/16/20/21/24).
     */
    public static int residual(byte[] b, int off, int lenBytes) {
        int p = off + lenBytes - 3;
        int parity = ((b[p] & 0xFF) << 16) | ((b[p + 1] & 0xFF) << 8) | (b[p + 2] & 0xFF);
        return compute(b, off, lenBytes - 3) ^ parity;
    }

    /** Writes the 24-bit value {@code parity} into the last three bytes of the frame. */
    public static void writeParity(byte[] b, int off, int lenBytes, int parity) {
        int p = off + lenBytes - 3;
        b[p] = (byte) (parity >>> 16);
        b[p + 1] = (byte) (parity >>> 8);
        b[p + 2] = (byte) parity;
    }
}

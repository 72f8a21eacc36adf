package org.deconflict.modes;

/**
 * Mode S 24-bit parity (CRC-24), table driven. Generator polynomial 0x1FFF409
 * (ICAO Annex 10 Vol IV §3.1.2.3.3.1.2: 1111 1111 1111 1010 0000 1001 with the leading x^24 term).
 */
public final class Crc24 {
    /** The 24 low-order generator bits. ICAO Annex 10 Vol IV §3.1.2.3.3.1.2. */
    public static final int POLY = 0xFFF409;

    /** TABLE[i]: register after one byte i enters an empty register (classic byte-wise table). */
    private static final int[] TABLE = new int[256];
    /** T2/T3: a byte's contribution after two / three more bytes have passed (slicing by three bytes). */
    private static final int[] T2 = new int[256];
    private static final int[] T3 = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i << 16;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x800000) != 0 ? ((c << 1) ^ POLY) : (c << 1);
            }
            TABLE[i] = c & 0xFFFFFF;
        }
        for (int i = 0; i < 256; i++) {
            T2[i] = ((TABLE[i] << 8) & 0xFFFFFF) ^ TABLE[(TABLE[i] >>> 16) & 0xFF];
            T3[i] = ((T2[i] << 8) & 0xFFFFFF) ^ TABLE[(T2[i] >>> 16) & 0xFF];
        }
    }

    private Crc24() {
    }

    /** CRC-24 of {@code len} bytes (the parity an encoder places after them). */
    public static int compute(byte[] b, int off, int len) {
        int crc = 0;
        int i = off;
        int end = off + len;
        // three bytes fill the 24-bit register exactly: the new register is the xor of each byte's contribution
        for (; i + 3 <= end; i += 3) {
            int v = crc ^ (((b[i] & 0xFF) << 16) | ((b[i + 1] & 0xFF) << 8) | (b[i + 2] & 0xFF));
            crc = T3[v >>> 16] ^ T2[(v >>> 8) & 0xFF] ^ TABLE[v & 0xFF];
        }
        for (; i < end; i++) {
            crc = ((crc << 8) ^ TABLE[((crc >>> 16) ^ b[i]) & 0xFF]) & 0xFFFFFF;
        }
        return crc;
    }

    /** Bit-serial reference implementation (one bit per step), used to check the table-driven one. */
    static int computeBitwise(byte[] b, int off, int len) {
        int crc = 0;
        for (int i = 0; i < len; i++) {
            for (int k = 7; k >= 0; k--) {
                int in = (b[off + i] >>> k) & 1;
                int top = (crc >>> 23) & 1;
                crc = (crc << 1) & 0xFFFFFF;
                if ((top ^ in) != 0) {
                    crc ^= POLY;
                }
            }
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

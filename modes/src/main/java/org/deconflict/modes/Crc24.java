package org.deconflict.modes;

/**
 * Mode S 24-bit parity (CRC-24), table driven. Generator polynomial 0x1FFF409
 * (ICAO Annex 10 Vol IV §3.1.2.3.3.1.2: 1111 1111 1111 1010 0000 1001 with the leading x^24 term).
 */
public final class Crc24 {
    /** The 24 low-order generator bits. ICAO Annex 10 Vol IV §3.1.2.3.3.1.2. */
    public static final int POLY = 0xFFF409;

    /** Longest data run handled by the position tables: the 88 data bits of a long frame. */
    private static final int MAX_TABLE_BYTES = 11;
    /**
     * BY_POSITION[(d << 8) | v]: CRC contribution of data byte v followed by d more data bytes. The CRC is linear
     * over GF(2), so a frame's CRC is the xor of its bytes' contributions: independent loads, no serial chain.
     * d = 0 is the classic byte-wise table.
     */
    private static final int[] BY_POSITION = new int[MAX_TABLE_BYTES << 8];

    static {
        for (int v = 0; v < 256; v++) {
            int c = v << 16;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x800000) != 0 ? ((c << 1) ^ POLY) : (c << 1);
            }
            BY_POSITION[v] = c & 0xFFFFFF;
        }
        for (int d = 1; d < MAX_TABLE_BYTES; d++) {
            for (int v = 0; v < 256; v++) {
                int prev = BY_POSITION[((d - 1) << 8) | v];
                // one more zero byte after it: shift the register by 8 and reduce the byte pushed out
                BY_POSITION[(d << 8) | v] = ((prev << 8) & 0xFFFFFF) ^ BY_POSITION[prev >>> 16];
            }
        }
    }

    private Crc24() {
    }

    /** CRC-24 of {@code len} bytes (the parity an encoder places after them). */
    public static int compute(byte[] b, int off, int len) {
        if (len > MAX_TABLE_BYTES) {
            int crc = 0;
            for (int i = off; i < off + len; i++) {
                crc = ((crc << 8) ^ BY_POSITION[((crc >>> 16) ^ b[i]) & 0xFF]) & 0xFFFFFF;
            }
            return crc;
        }
        int crc = 0;
        for (int i = 0; i < len; i++) {
            crc ^= BY_POSITION[((len - 1 - i) << 8) | (b[off + i] & 0xFF)];
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
        if (lenBytes == 14) {
            return longResidual(b, off);
        }
        if (lenBytes == 7) {
            return shortResidual(b, off);
        }
        int p = off + lenBytes - 3;
        return compute(b, off, lenBytes - 3) ^ parity(b, p);
    }

    /** {@link #residual} of a 112-bit frame. */
    private static int longResidual(byte[] b, int off) {
        return longResidual(Bits.get(b, off, 1, 32), Bits.field(b, off, 33, 56), parity(b, off + 11));
    }

    /** {@link #residual} of a 56-bit frame. */
    private static int shortResidual(byte[] b, int off) {
        return shortResidual(Bits.get(b, off, 1, 32), parity(b, off + 4));
    }

    /**
     * Syndrome of a 112-bit frame held in words: {@code header} = bits 1-32, {@code mb} = bits 33-88 (the 56-bit
     * MB/ME field), {@code parity} = bits 89-112. Eleven independent table loads, no reads of the frame bytes;
     * indexes are sums (not ors) of row base and byte so the compiler sees they are in range and drops bounds checks.
     */
    public static int longResidual(int header, long mb, int parity) {
        int[] t = BY_POSITION;
        // xors grouped as a tree (the compiler keeps source order): four short chains instead of one of eleven
        int h = (t[(10 << 8) + (header >>> 24)] ^ t[(9 << 8) + ((header >>> 16) & 0xFF)])
                ^ (t[(8 << 8) + ((header >>> 8) & 0xFF)] ^ t[(7 << 8) + (header & 0xFF)]);
        int m1 = (t[(6 << 8) + ((int) (mb >>> 48) & 0xFF)] ^ t[(5 << 8) + ((int) (mb >>> 40) & 0xFF)])
                ^ (t[(4 << 8) + ((int) (mb >>> 32) & 0xFF)] ^ t[(3 << 8) + ((int) (mb >>> 24) & 0xFF)]);
        int m2 = (t[(2 << 8) + ((int) (mb >>> 16) & 0xFF)] ^ t[(1 << 8) + ((int) (mb >>> 8) & 0xFF)])
                ^ (t[(int) mb & 0xFF] ^ parity);
        return (h ^ m1) ^ m2;
    }

    /** Syndrome of a 56-bit frame held in words: {@code header} = bits 1-32, {@code parity} = bits 33-56. */
    public static int shortResidual(int header, int parity) {
        int[] t = BY_POSITION;
        return t[(3 << 8) + (header >>> 24)] ^ t[(2 << 8) + ((header >>> 16) & 0xFF)]
                ^ t[(1 << 8) + ((header >>> 8) & 0xFF)] ^ t[header & 0xFF] ^ parity;
    }

    private static int parity(byte[] b, int p) {
        return ((b[p] & 0xFF) << 16) | ((b[p + 1] & 0xFF) << 8) | (b[p + 2] & 0xFF);
    }

    /** Writes the 24-bit value {@code parity} into the last three bytes of the frame. */
    public static void writeParity(byte[] b, int off, int lenBytes, int parity) {
        int p = off + lenBytes - 3;
        b[p] = (byte) (parity >>> 16);
        b[p + 1] = (byte) (parity >>> 8);
        b[p + 2] = (byte) parity;
    }
}

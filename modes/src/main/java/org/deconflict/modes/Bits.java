package org.deconflict.modes;

/**
 * Bit-field access on Mode S frames held in a {@code byte[]} at an offset. Bits are numbered from 1 at the
 * most significant bit of the first byte, as in ICAO Annex 10 Vol IV §3.1.2 ("bit 1 .. bit 112").
 */
public final class Bits {
    private Bits() {
    }

    /** Unsigned field of {@code n} (1..57) bits starting at 1-based bit {@code start}. */
    public static long field(byte[] b, int off, int start, int n) {
        int first = start - 1;
        int last = first + n - 1;
        int fromByte = first >>> 3;
        int toByte = last >>> 3;
        long acc = 0;
        for (int i = fromByte; i <= toByte; i++) {
            acc = (acc << 8) | (b[off + i] & 0xFF);
        }
        return (acc >>> (7 - (last & 7))) & ((1L << n) - 1);
    }

    /** Unsigned field of up to 31 bits as int. */
    public static int get(byte[] b, int off, int start, int n) {
        return (int) field(b, off, start, n);
    }

    /** One bit (0 or 1) at 1-based position. */
    public static int bit(byte[] b, int off, int pos) {
        int i = pos - 1;
        return (b[off + (i >>> 3)] >>> (7 - (i & 7))) & 1;
    }

    /** Writes an unsigned field of {@code n} (1..57) bits at 1-based bit {@code start}. */
    public static void put(byte[] b, int off, int start, int n, long value) {
        for (int k = 0; k < n; k++) {
            int pos = start - 1 + k;
            int bitVal = (int) (value >>> (n - 1 - k)) & 1;
            int idx = off + (pos >>> 3);
            int mask = 1 << (7 - (pos & 7));
            b[idx] = (byte) (bitVal != 0 ? (b[idx] | mask) : (b[idx] & ~mask));
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Lower-case hex of {@code len} bytes. */
    public static String hex(byte[] b, int off, int len) {
        char[] c = new char[len * 2];
        for (int i = 0; i < len; i++) {
            c[2 * i] = HEX[(b[off + i] >>> 4) & 0xF];
            c[2 * i + 1] = HEX[b[off + i] & 0xF];
        }
        return new String(c);
    }

    /** Value of one hex digit, or -1 if {@code ch} is not one. */
    public static int hexDigit(int ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'F') {
            return ch - 'A' + 10;
        }
        return -1;
    }

    /** Parses an even-length hex string into bytes; returns null if it is not valid hex. */
    public static byte[] parseHex(CharSequence s) {
        int n = s.length();
        if ((n & 1) != 0) {
            return null;
        }
        byte[] out = new byte[n / 2];
        for (int i = 0; i < n; i += 2) {
            int hi = hexDigit(s.charAt(i));
            int lo = hexDigit(s.charAt(i + 1));
            if (hi < 0 || lo < 0) {
                return null;
            }
            out[i / 2] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    /** Six-digit lower-case hex of a 24-bit ICAO address. */
    public static String icaoHex(int icao) {
        char[] c = new char[6];
        for (int i = 5; i >= 0; i--) {
            c[i] = HEX[icao & 0xF];
            icao >>>= 4;
        }
        return new String(c);
    }
}

package org.deconflict.ais;

/** Small byte-level helpers for NMEA 0183 text (IEC 61162-1): checksums, hex, numbers. No allocation except {@link #ascii}. */
final class Nmea {

    private Nmea() {
    }

    /** XOR of the bytes in {@code [start, end)} (IEC 61162-1 §7.2.4 checksum). */
    static int xor(byte[] b, int start, int end) {
        int sum = 0;
        for (int i = start; i < end; i++) {
            sum ^= b[i] & 0xff;
        }
        return sum;
    }

    /** Value of each byte as a hex digit ('0'-'9', 'A'-'F', 'a'-'f'), -1 for any other byte. */
    private static final byte[] HEX = new byte[256];

    static {
        java.util.Arrays.fill(HEX, (byte) -1);
        for (int d = 0; d < 16; d++) {
            HEX[Character.forDigit(d, 16)] = (byte) d;
            HEX[Character.toUpperCase(Character.forDigit(d, 16))] = (byte) d;
        }
    }

    /** Two hex digits at {@code i}, or -1. */
    static int hexByte(byte[] b, int i) {
        if (i + 1 >= b.length) {
            return -1;
        }
        int h = HEX[b[i] & 0xff];
        int l = HEX[b[i + 1] & 0xff];
        return (h | l) < 0 ? -1 : (h << 4) | l;
    }

    /** Non-negative decimal in {@code [start, end)}, or -1 if empty or not all digits. */
    static long parseLong(byte[] b, int start, int end) {
        if (start >= end || end - start > 18) {
            return -1;
        }
        long v = 0;
        for (int i = start; i < end; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    static String ascii(byte[] b, int start, int end) {
        return new String(b, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (civil-from-days inverse; no allocation). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int mp = (month + 9) % 12;
        int doy = (153 * mp + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return (long) era * 146097 + doe - 719468;
    }
}

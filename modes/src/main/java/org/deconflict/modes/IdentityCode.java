package org.deconflict.modes;

/**
 * Mode A identity (squawk) from the 13-bit ID field of DF5/21 and ADS-B TC28 (ICAO Annex 10 Vol IV §3.1.2.6.7.1):
 * C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4. The code is returned as the int whose decimal digits are the four octal
 * digits ABCD (e.g. 7700), so it needs no allocation.
 */
public final class IdentityCode {
    private IdentityCode() {
    }

    /** The four squawk digits packed as a decimal int ABCD (each digit 0..7). */
    public static int decode(int id) {
        // bits 0-5 hold B and D, bits 7-12 hold A and C (bit 6 is X): two small tables, no bit-by-bit shuffling
        return LOW6[id & 0x3F] + HIGH6[(id >>> 7) & 0x3F];
    }

    /** Digit contributions: {@code LOW6[id & 0x3F]} = 100·B + D, {@code HIGH6[(id >>> 7) & 0x3F]} = 1000·A + 10·C. */
    private static final int[] LOW6 = new int[64];
    private static final int[] HIGH6 = new int[64];

    static {
        for (int v = 0; v < 64; v++) {
            LOW6[v] = decodeBitwise(v);
            HIGH6[v] = decodeBitwise(v << 7);
        }
    }

    /** The digit layout bit by bit (ICAO Annex 10 Vol IV §3.1.2.6.7.1); builds the tables. */
    static int decodeBitwise(int id) {
        int a = (((id >>> 7) & 1) << 2) | (((id >>> 9) & 1) << 1) | ((id >>> 11) & 1);
        int b = (((id >>> 1) & 1) << 2) | (((id >>> 3) & 1) << 1) | ((id >>> 5) & 1);
        int c = (((id >>> 8) & 1) << 2) | (((id >>> 10) & 1) << 1) | ((id >>> 12) & 1);
        int d = ((id & 1) << 2) | (((id >>> 2) & 1) << 1) | ((id >>> 4) & 1);
        return a * 1000 + b * 100 + c * 10 + d;
    }

    /** Inverse of {@link #decode}: packs squawk digits ABCD (decimal int, digits 0..7) into the 13-bit ID field. */
    public static int encode(int squawk) {
        int a = squawk / 1000 % 10;
        int b = squawk / 100 % 10;
        int c = squawk / 10 % 10;
        int d = squawk % 10;
        int id = 0;
        id |= (c & 1) << 12;
        id |= (a & 1) << 11;
        id |= ((c >>> 1) & 1) << 10;
        id |= ((a >>> 1) & 1) << 9;
        id |= ((c >>> 2) & 1) << 8;
        id |= ((a >>> 2) & 1) << 7;
        id |= (b & 1) << 5;
        id |= (d & 1) << 4;
        id |= ((b >>> 1) & 1) << 3;
        id |= ((d >>> 1) & 1) << 2;
        id |= ((b >>> 2) & 1) << 1;
        id |= (d >>> 2) & 1;
        return id;
    }

    /** Four-character squawk string with leading zeros, e.g. "0356". */
    public static String format(int squawk) {
        char[] c = {(char) ('0' + squawk / 1000 % 10), (char) ('0' + squawk / 100 % 10),
            (char) ('0' + squawk / 10 % 10), (char) ('0' + squawk % 10)};
        return new String(c);
    }
}

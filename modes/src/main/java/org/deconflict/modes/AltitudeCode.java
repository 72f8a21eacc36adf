package org.deconflict.modes;

/**
 * Altitude code decoding: the 13-bit AC field of DF0/4/16/20 (ICAO Annex 10 Vol IV §3.1.2.6.5.4) and the
 * 12-bit ADS-B altitude of airborne position messages (same layout without the M bit, DO-260B §2.2.3.2.3.4).
 * 13-bit layout, most significant first: C1 A1 C2 A2 C4 A4 M B1 Q B2 D2 B4 D4.
 */
public final class AltitudeCode {
    /** Returned when the field says "altitude not available" or holds an invalid Gillham code. */
    public static final int UNAVAILABLE = Integer.MIN_VALUE;
    /** Feet per metre (exact: 1 ft = 0.3048 m). */
    private static final double FT_PER_M = 1 / 0.3048;

    private AltitudeCode() {
    }

    /** Decodes the 13-bit AC field to feet (metric M=1 converted), or {@link #UNAVAILABLE}. */
    public static int decodeAc13(int ac) {
        if (ac == 0) {
            return UNAVAILABLE;
        }
        if ((ac & 0x40) != 0) { // M bit: metric units, ICAO Annex 10 Vol IV §3.1.2.6.5.4 b)
            int meters = ((ac & 0x1F80) >>> 1) | (ac & 0x3F);
            return (int) Math.round(meters * FT_PER_M);
        }
        if ((ac & 0x10) != 0) { // Q bit: 25 ft increments, offset -1000 ft
            int n = ((ac & 0x1F80) >>> 2) | ((ac & 0x20) >>> 1) | (ac & 0x0F);
            return n * 25 - 1000;
        }
        return gillham(ac);
    }

    /** True when a 13-bit AC field encodes metres (M bit set). */
    public static boolean isMetric(int ac) {
        return ac != 0 && (ac & 0x40) != 0;
    }

    /** Decodes the 12-bit ADS-B airborne altitude (ME bits 9-20) to feet, or {@link #UNAVAILABLE}. */
    public static int decodeAc12(int ac12) {
        return decodeAc13(ac12ToAc13(ac12));
    }

    /** Inserts M=0 into a 12-bit ADS-B altitude code, giving the 13-bit AC layout. */
    public static int ac12ToAc13(int ac12) {
        return ((ac12 & 0xFC0) << 1) | (ac12 & 0x3F);
    }

    /** Removes the M bit from a 13-bit AC code (the inverse of {@link #ac12ToAc13} when M=0). */
    public static int ac13ToAc12(int ac13) {
        return ((ac13 & 0x1F80) >>> 1) | (ac13 & 0x3F);
    }

    /** Gillham (Gray code, 100 ft) altitude from a 13-bit AC field, or {@link #UNAVAILABLE} for invalid codes. */
    public static int gillham(int ac) {
        int c1 = (ac >>> 12) & 1;
        int a1 = (ac >>> 11) & 1;
        int c2 = (ac >>> 10) & 1;
        int a2 = (ac >>> 9) & 1;
        int c4 = (ac >>> 8) & 1;
        int a4 = (ac >>> 7) & 1;
        int b1 = (ac >>> 5) & 1;
        int b2 = (ac >>> 3) & 1;
        int d2 = (ac >>> 2) & 1;
        int b4 = (ac >>> 1) & 1;
        int d4 = ac & 1;
        int gray500 = (d2 << 7) | (d4 << 6) | (a1 << 5) | (a2 << 4) | (a4 << 3) | (b1 << 2) | (b2 << 1) | b4;
        int gray100 = (c1 << 2) | (c2 << 1) | c4;
        int n500 = grayToBinary(gray500);
        int n100 = grayToBinary(gray100);
        if (n100 == 0 || n100 == 5 || n100 == 6) {
            return UNAVAILABLE;
        }
        if (n100 == 7) {
            n100 = 5;
        }
        if ((n500 & 1) != 0) {
            n100 = 6 - n100;
        }
        return n500 * 500 + n100 * 100 - 1300;
    }

    /** Encodes feet as the 13-bit AC field with Q=1 (25 ft steps), the form modern transponders use. */
    public static int encodeAc13Q(int altitudeFt) {
        int n = Math.round((altitudeFt + 1000) / 25f);
        n = Math.max(0, Math.min(n, 0x7FF));
        return ((n & 0x7E0) << 2) | ((n & 0x10) << 1) | 0x10 | (n & 0x0F);
    }

    static int grayToBinary(int g) {
        int b = g;
        for (int s = 1; s < 16; s <<= 1) {
            b ^= b >>> s;
        }
        return b;
    }
}

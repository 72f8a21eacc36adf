package org.deconflict.modes.cpr;

/**
 * Compact Position Reporting math (DO-260B §A.1.7; ICAO Annex 10 Vol IV §C.2.6): NL(lat), global decoding of an
 * even/odd pair, local decoding against a reference, and encoding. Airborne zones span 360°, surface zones 90°.
 * CPR values are the raw 17-bit integers; angles in degrees.
 */
public final class Cpr {
    /** Number of latitude zones per hemisphere quadrant, NZ. DO-260B §A.1.7.2. */
    public static final int NZ = 15;
    /** 2^17: CPR fraction scale. DO-260B §A.1.7.2. */
    public static final double SCALE = 131072.0;
    private static final double[] NL_TRANSITION = new double[59]; // latitude where NL drops below index+2
    /** Latitude bins per degree for the NL lookup: every bin below 87° holds at most one NL transition. */
    private static final int BINS_PER_DEG = 4;
    /** Latitude above which NL is 1 (87° itself has NL 2). DO-260B §A.1.7.2 d. */
    private static final double NL_ONE_LAT = 87.0;
    /** NL at the start of each bin of [0°, 87°), and the latitude where it drops by one (may lie past the bin). */
    private static final int[] NL_AT_BIN = new int[(int) NL_ONE_LAT * BINS_PER_DEG];
    private static final double[] NL_DROP_AT_BIN = new double[NL_AT_BIN.length];

    static {
        // DO-260B §A.1.7.2 d: NL transition latitudes from acos(sqrt((1-cos(pi/2NZ)) / (1-cos(2pi/NL))))
        double a = 1 - Math.cos(Math.PI / (2 * NZ));
        for (int nl = 2; nl <= 59; nl++) {
            NL_TRANSITION[nl - 2] = Math.toDegrees(Math.acos(Math.sqrt(a / (1 - Math.cos(2 * Math.PI / nl)))));
        }
        for (int bin = 0; bin < NL_AT_BIN.length; bin++) {
            int n = nlBySearch(bin / (double) BINS_PER_DEG);
            double end = (bin + 1) / (double) BINS_PER_DEG;
            if (n > 2 && NL_TRANSITION[n - 3] < end) {
                throw new IllegalStateException("two NL transitions in one latitude bin at " + end);
            }
            NL_AT_BIN[bin] = n;
            NL_DROP_AT_BIN[bin] = NL_TRANSITION[n - 2];
        }
    }

    /** Zone sizes span/n (span 360° airborne, 90° surface), n = 1..4NZ, indexed [surface][n]: no division per fix. */
    private static final double[][] ZONE_DEG = new double[2][4 * NZ + 1];

    static {
        for (int n = 1; n <= 4 * NZ; n++) {
            ZONE_DEG[0][n] = 360.0 / n;
            ZONE_DEG[1][n] = 90.0 / n;
        }
    }

    private Cpr() {
    }

    /** Number of longitude zones NL(lat), 1..59. DO-260B §A.1.7.2 d. */
    public static int nl(double latDeg) {
        double lat = Math.abs(latDeg);
        if (!(lat < NL_ONE_LAT)) { // also NaN
            return lat == NL_ONE_LAT ? 2 : 1;
        }
        // one table lookup and one comparison against the same transition latitudes the search below uses
        int bin = (int) (lat * BINS_PER_DEG);
        int n = NL_AT_BIN[bin];
        return lat < NL_DROP_AT_BIN[bin] ? n : n - 1;
    }

    /** NL below 87°: the largest n in 1..59 with lat < transition(n); transitions decrease with n (binary search). */
    private static int nlBySearch(double lat) {
        int lo = 1;
        int hi = 59;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lat < NL_TRANSITION[mid - 2]) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * {@code Math.floorMod(m, n)}, cheaply when m is in [-2n, 2n): zone indices of a global decode always are (the
     * CPR fractions lie in [0, 1)), and an integer division costs tens of cycles.
     */
    static int zoneMod(int m, int n) {
        if (m < -2 * n || m >= 2 * n) {
            return Math.floorMod(m, n);
        }
        int r = m < 0 ? m + n : m;
        r = r < 0 ? r + n : r;
        return r >= n ? r - n : r;
    }

    private static double mod(double x, double y) {
        double r = x % y;
        return r < 0 ? r + y : r;
    }

    /**
     * Global airborne decode of an even/odd pair. {@code useOdd}: the odd message is the newer one (its position is
     * returned). Writes lat/lon into {@code out[0..1]}; returns false when the two latitudes fall in different NL
     * zones (the pair straddles a zone boundary and cannot be decoded).
     */
    public static boolean globalAirborne(int latEven, int lonEven, int latOdd, int lonOdd, boolean useOdd,
            double[] out) {
        double ye = latEven / SCALE;
        double yo = latOdd / SCALE;
        double j = Math.floor(59 * ye - 60 * yo + 0.5);
        double rlat0 = (360.0 / 60) * (zoneMod((int) j, 60) + ye);
        double rlat1 = (360.0 / 59) * (zoneMod((int) j, 59) + yo);
        if (rlat0 >= 270) {
            rlat0 -= 360;
        }
        if (rlat1 >= 270) {
            rlat1 -= 360;
        }
        if (rlat0 < -90 || rlat0 > 90 || rlat1 < -90 || rlat1 > 90) {
            return false;
        }
        int nl0 = nl(rlat0);
        if (nl0 != nl(rlat1)) {
            return false;
        }
        int ni = Math.max(nl0 - (useOdd ? 1 : 0), 1);
        double xe = lonEven / SCALE;
        double xo = lonOdd / SCALE;
        double m = Math.floor(xe * (nl0 - 1) - xo * nl0 + 0.5);
        out[0] = useOdd ? rlat1 : rlat0;
        out[1] = normalizeLon(ZONE_DEG[0][ni] * (zoneMod((int) m, ni) + (useOdd ? xo : xe)));
        return true;
    }

    /**
     * Global surface decode of an even/odd pair (zones of 90°); the four-fold ambiguity is resolved with the
     * reference position {@code refLat}/{@code refLon} (receiver or previous fix). Same contract as
     * {@link #globalAirborne}.
     */
    public static boolean globalSurface(int latEven, int lonEven, int latOdd, int lonOdd, boolean useOdd,
            double refLat, double refLon, double[] out) {
        double ye = latEven / SCALE;
        double yo = latOdd / SCALE;
        double j = Math.floor(59 * ye - 60 * yo + 0.5);
        double rlat0 = (90.0 / 60) * (zoneMod((int) j, 60) + ye);
        double rlat1 = (90.0 / 59) * (zoneMod((int) j, 59) + yo);
        // each latitude has a northern solution in [0, 90) and a southern one 90 degrees lower
        double chosen = useOdd ? rlat1 : rlat0;
        if (Math.abs(chosen - 90.0 - refLat) < Math.abs(chosen - refLat)) {
            rlat0 -= 90.0;
            rlat1 -= 90.0;
        }
        int nl0 = nl(rlat0);
        if (nl0 != nl(rlat1)) {
            return false;
        }
        int ni = Math.max(nl0 - (useOdd ? 1 : 0), 1);
        double xe = lonEven / SCALE;
        double xo = lonOdd / SCALE;
        double m = Math.floor(xe * (nl0 - 1) - xo * nl0 + 0.5);
        double lon = ZONE_DEG[1][ni] * (zoneMod((int) m, ni) + (useOdd ? xo : xe));
        lon += 90.0 * Math.round((refLon - lon) / 90.0); // nearest of the four 90-degree solutions
        out[0] = useOdd ? rlat1 : rlat0;
        out[1] = normalizeLon(lon);
        return true;
    }

    /**
     * Local decode of one message against a reference position within half a zone (airborne: < 180 NM; surface:
     * < 45 NM). {@code surface} selects 90° zones. Writes lat/lon into {@code out}.
     */
    public static void local(int latCpr, int lonCpr, boolean odd, boolean surface, double refLat, double refLon,
            double[] out) {
        double[] zone = ZONE_DEG[surface ? 1 : 0];
        int i = odd ? 1 : 0;
        double dLat = zone[4 * NZ - i];
        double y = latCpr / SCALE;
        // floor(ref/d) + floor(0.5 + mod(ref, d)/d - y) written as one floor: the two-term form breaks when ref
        // sits on a zone edge and floor(ref/d) and mod(ref, d) round in different directions
        double j = Math.floor(0.5 + refLat / dLat - y);
        double lat = dLat * (j + y);
        double dLon = zone[Math.max(nl(lat) - i, 1)];
        double x = lonCpr / SCALE;
        double m = Math.floor(0.5 + refLon / dLon - x);
        out[0] = lat;
        out[1] = normalizeLon(dLon * (m + x));
    }

    /**
     * Encodes a position as 17-bit CPR values (DO-260B §A.1.7.3): returns {@code (lat << 17) | lon}.
     * Surface positions are the 17 low bits of the 19-bit encoding (DO-260B §A.1.7.3 with Nb=19).
     */
    public static long encode(double latDeg, double lonDeg, boolean odd, boolean surface) {
        // surface: 19-bit encoding over 6-degree zones whose 17 low bits equal 17 bits over 90/4NZ-degree zones
        double span = surface ? 90.0 : 360.0;
        double scale = SCALE;
        int i = odd ? 1 : 0;
        double dLat = span / (4 * NZ - i);
        long yz = (long) Math.floor(scale * mod(latDeg, dLat) / dLat + 0.5);
        double rLat = dLat * (yz / scale + Math.floor(latDeg / dLat));
        double dLon = span / Math.max(nl(rLat) - i, 1);
        long xz = (long) Math.floor(scale * mod(lonDeg, dLon) / dLon + 0.5);
        return ((yz & 0x1FFFF) << 17) | (xz & 0x1FFFF);
    }

    /** Wraps a longitude into [-180, 180). */
    public static double normalizeLon(double lon) {
        if (lon >= -180.0 && lon < 180.0) {
            return lon;
        }
        // one turn off (every CPR decode result): exact subtraction, no floating-point remainder
        if (lon >= 180.0 && lon < 540.0) {
            return lon - 360.0;
        }
        if (lon < -180.0 && lon >= -540.0) {
            return lon + 360.0;
        }
        return mod(lon + 180.0, 360.0) - 180.0;
    }
}

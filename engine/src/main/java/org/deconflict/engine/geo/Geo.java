package org.deconflict.engine.geo;

/**
 * WGS-84 geodesy for hot paths: distance, initial bearing, destination point and radio horizon.
 * Degrees at the API, radians inside. No allocation. Checked against GeographicLib in {@code GeoTest}:
 * distance within 2e-6 relative up to 10 000 km (Lambert's ellipsoidal formula), initial bearing within 0.001° up to
 * 15 000 km (two Vincenty iterations), destination within 1 mm (Vincenty's direct method).
 */
public final class Geo {

    /** Mean earth radius R1 = (2a + b) / 3 in metres (IUGG, Moritz 1980 "Geodetic Reference System 1980"). */
    public static final double EARTH_RADIUS_M = 6_371_008.8;
    /** Metres per international nautical mile (ICAO Annex 5 Table 3-3). */
    public static final double M_PER_NM = 1852.0;
    /** Metres per international foot (ICAO Annex 5 Table 3-3). */
    public static final double M_PER_FT = 0.3048;
    /** Metres per second per knot (1 kt = 1 NM/h). */
    public static final double MPS_PER_KT = 1852.0 / 3600;

    /** WGS-84 semi-major axis in metres (NIMA TR8350.2 §3.2). */
    public static final double WGS84_A_M = 6_378_137.0;
    /** WGS-84 flattening (NIMA TR8350.2 §3.2). */
    public static final double WGS84_F = 1 / 298.257223563;
    /** WGS-84 semi-minor axis in metres, b = a (1 - f). */
    public static final double WGS84_B_M = WGS84_A_M * (1 - WGS84_F);
    /** WGS-84 first eccentricity squared, e² = f (2 - f). */
    public static final double WGS84_E2 = WGS84_F * (2 - WGS84_F);

    /** Effective earth radius factor for VHF/UHF propagation in a standard atmosphere (ITU-R P.453 / P.834: k = 4/3). */
    public static final double RADIO_K = 4.0 / 3.0;

    private static final double ONE_MINUS_F = 1 - WGS84_F;
    private static final double EP2 = (WGS84_A_M * WGS84_A_M - WGS84_B_M * WGS84_B_M) / (WGS84_B_M * WGS84_B_M);

    private Geo() {
    }

    /**
     * A cheap upper bound (metres, no trigonometry) of {@link #distanceM} between the same points, for tests that only
     * need to know a distance is within a limit. Lambert's result is at most a·σ (its correction is subtracted), σ the
     * great-circle angle between the reduced latitudes is at most |Δβ| + |Δλ|, and |Δβ| ≤ |Δφ| / (1 − f).
     */
    public static double distanceUpperBoundM(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
        double dLonDeg = Math.abs(lon2Deg - lon1Deg);
        if (dLonDeg >= 360) {
            dLonDeg %= 360;                     // only for longitudes outside ±180 (a floating remainder is slow)
        }
        if (dLonDeg > 180) {
            dLonDeg = 360 - dLonDeg;
        }
        double angleDeg = Math.abs(lat2Deg - lat1Deg) / ONE_MINUS_F + dLonDeg;
        return WGS84_A_M * Math.toRadians(angleDeg) * (1 + 1e-9) + 1e-6;    // margin for rounding
    }

    /**
     * Ellipsoidal distance in metres between two points (Lambert's formula on WGS-84): within 2e-6 of the geodesic up
     * to 10 000 km, 5e-5 up to 19 000 km, 2e-3 for nearly antipodal pairs.
     */
    public static double distanceM(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
        double b1 = reducedLat(Math.toRadians(lat1Deg));
        double b2 = reducedLat(Math.toRadians(lat2Deg));
        double dLon = Math.toRadians(lon2Deg - lon1Deg);
        double sinHalfDb = Math.sin((b2 - b1) / 2);
        double sinHalfDl = Math.sin(dLon / 2);
        double h = sinHalfDb * sinHalfDb + Math.cos(b1) * Math.cos(b2) * sinHalfDl * sinHalfDl;
        if (h <= 0) {
            return 0;
        }
        if (h > 1) {
            h = 1;
        }
        double sigma = 2 * Math.asin(Math.sqrt(h));
        double sinHalfSigma2 = h;            // sin²(σ/2)
        double cosHalfSigma2 = 1 - h;        // cos²(σ/2)
        if (cosHalfSigma2 < 1e-10) {
            return EARTH_RADIUS_M * sigma;   // nearly antipodal: Lambert's correction is singular
        }
        double p = (b1 + b2) / 2;
        double q = (b2 - b1) / 2;
        double sinP = Math.sin(p), cosP = Math.cos(p), sinQ = Math.sin(q), cosQ = Math.cos(q);
        double sinSigma = Math.sin(sigma);
        double x = (sigma - sinSigma) * sinP * sinP * cosQ * cosQ / cosHalfSigma2;
        double y = (sigma + sinSigma) * cosP * cosP * sinQ * sinQ / sinHalfSigma2;
        return WGS84_A_M * (sigma - WGS84_F / 2 * (x + y));
    }

    /**
     * Initial bearing in degrees clockwise from true north, in [0, 360), from point 1 towards point 2
     * (azimuth on Bessel's auxiliary sphere after two Vincenty iterations on the longitude; within 0.001° up to 15 000 km).
     */
    public static double bearingDeg(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
        double b1 = reducedLat(Math.toRadians(lat1Deg));
        double b2 = reducedLat(Math.toRadians(lat2Deg));
        double sinB1 = Math.sin(b1), cosB1 = Math.cos(b1), sinB2 = Math.sin(b2), cosB2 = Math.cos(b2);
        double bigL = Math.toRadians(normalize180(lon2Deg - lon1Deg));
        double lambda = bigL;
        // Two fixed Vincenty iterations on the longitude difference on the auxiliary sphere (Vincenty 1975, eq. 13).
        for (int i = 0; i < 2; i++) {
            double sinL = Math.sin(lambda), cosL = Math.cos(lambda);
            double t1 = cosB2 * sinL;
            double t2 = cosB1 * sinB2 - sinB1 * cosB2 * cosL;
            double sinSigma = Math.sqrt(t1 * t1 + t2 * t2);
            if (sinSigma == 0) {
                break;
            }
            double cosSigma = sinB1 * sinB2 + cosB1 * cosB2 * cosL;
            double sigma = Math.atan2(sinSigma, cosSigma);
            double sinAlpha = cosB1 * cosB2 * sinL / sinSigma;
            double cos2Alpha = 1 - sinAlpha * sinAlpha;
            double cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinB1 * sinB2 / cos2Alpha;
            double c = WGS84_F / 16 * cos2Alpha * (4 + WGS84_F * (4 - 3 * cos2Alpha));
            double next = bigL + (1 - c) * WGS84_F * sinAlpha
                    * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.abs(next) > Math.PI) {
                break;                        // nearly antipodal: keep the previous estimate
            }
            lambda = next;
        }
        double y = cosB2 * Math.sin(lambda);
        double x = cosB1 * sinB2 - sinB1 * cosB2 * Math.cos(lambda);
        return normalize360(Math.toDegrees(Math.atan2(y, x)));
    }

    /** Latitude in degrees reached from a start point along an initial bearing (degrees) after distanceM metres (Vincenty direct, WGS-84). */
    public static double destinationLatDeg(double latDeg, double lonDeg, double bearingDeg, double distanceM) {
        return direct(latDeg, bearingDeg, distanceM, true);
    }

    /** Longitude in degrees, in [-180, 180), reached from a start point along an initial bearing after distanceM metres (Vincenty direct, WGS-84). */
    public static double destinationLonDeg(double latDeg, double lonDeg, double bearingDeg, double distanceM) {
        return normalize180(lonDeg + direct(latDeg, bearingDeg, distanceM, false));
    }

    /**
     * Radio line-of-sight range in metres between an antenna and a target, both heights in metres above the
     * surface: √(2kRh₁) + √(2kRh₂) with k = 4/3 (ITU-R P.453). Negative heights count as zero.
     */
    public static double radioHorizonM(double antennaHeightM, double targetHeightM) {
        double twoKr = 2 * RADIO_K * EARTH_RADIUS_M;
        return Math.sqrt(twoKr * Math.max(0, antennaHeightM)) + Math.sqrt(twoKr * Math.max(0, targetHeightM));
    }

    /** Normalizes an angle in degrees to [0, 360). */
    public static double normalize360(double deg) {
        double r = deg % 360.0;
        if (r < 0) {
            r += 360.0;
        }
        return r >= 360.0 ? 0.0 : r;
    }

    /**
     * Normalizes an angle in degrees to [-180, 180). An angle already in range is returned unchanged, bit for bit, so
     * a normalized longitude compares equal to the one it came from (detectors tell a new fix from a repeated one so).
     */
    public static double normalize180(double deg) {
        if (deg >= -180.0 && deg < 180.0) {
            return deg;
        }
        return normalize360(deg + 180.0) - 180.0;
    }

    /** Smallest absolute difference between two angles in degrees, in [0, 180]. */
    public static double angleDiffDeg(double aDeg, double bDeg) {
        double d = Math.abs(normalize360(aDeg - bDeg));
        return d > 180 ? 360 - d : d;
    }

    private static double reducedLat(double latRad) {
        return Math.atan(ONE_MINUS_F * Math.tan(latRad));
    }

    /** Vincenty (1975) direct problem; returns the latitude in degrees, or the longitude offset in degrees. */
    private static double direct(double latDeg, double azDeg, double s, boolean wantLat) {
        double alpha1 = Math.toRadians(azDeg);
        double sinA1 = Math.sin(alpha1), cosA1 = Math.cos(alpha1);
        double tanU1 = ONE_MINUS_F * Math.tan(Math.toRadians(latDeg));
        double cosU1 = 1 / Math.sqrt(1 + tanU1 * tanU1);
        double sinU1 = tanU1 * cosU1;
        double sigma1 = Math.atan2(tanU1, cosA1);
        double sinAlpha = cosU1 * sinA1;
        double cos2Alpha = 1 - sinAlpha * sinAlpha;
        double u2 = cos2Alpha * EP2;
        double bigA = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
        double bigB = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
        double sigma = s / (WGS84_B_M * bigA);
        double sinSigma = 0, cosSigma = 1, cos2SigmaM = 0;
        for (int i = 0; i < 20; i++) {
            cos2SigmaM = Math.cos(2 * sigma1 + sigma);
            sinSigma = Math.sin(sigma);
            cosSigma = Math.cos(sigma);
            double dSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                    - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
            double next = s / (WGS84_B_M * bigA) + dSigma;
            boolean done = Math.abs(next - sigma) < 1e-12;
            sigma = next;
            if (done) {
                break;
            }
        }
        sinSigma = Math.sin(sigma);
        cosSigma = Math.cos(sigma);
        cos2SigmaM = Math.cos(2 * sigma1 + sigma);
        if (wantLat) {
            double tmp = sinU1 * sinSigma - cosU1 * cosSigma * cosA1;
            double lat2 = Math.atan2(sinU1 * cosSigma + cosU1 * sinSigma * cosA1,
                    ONE_MINUS_F * Math.sqrt(sinAlpha * sinAlpha + tmp * tmp));
            return Math.toDegrees(lat2);
        }
        double lambda = Math.atan2(sinSigma * sinA1, cosU1 * cosSigma - sinU1 * sinSigma * cosA1);
        double c = WGS84_F / 16 * cos2Alpha * (4 + WGS84_F * (4 - 3 * cos2Alpha));
        double bigL = lambda - (1 - c) * WGS84_F * sinAlpha
                * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
        return Math.toDegrees(bigL);
    }
}

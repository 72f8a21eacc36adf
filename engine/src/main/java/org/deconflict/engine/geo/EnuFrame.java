package org.deconflict.engine.geo;

/**
 * Local east-north-up frame tangent to the WGS-84 ellipsoid at an origin: points on the ellipsoid are projected
 * orthogonally onto the tangent plane (true ENU via ECEF, heights ignored). Within 100 km of the origin, planar
 * distances differ from geodesic ones by under 0.02 % (GeoTest); the inverse is closed-form and exact.
 */
public final class EnuFrame {

    private static final double A = Geo.WGS84_A_M;
    private static final double E2 = Geo.WGS84_E2;
    private static final double INV_A2 = 1 / (Geo.WGS84_A_M * Geo.WGS84_A_M);
    private static final double INV_B2 = 1 / (Geo.WGS84_B_M * Geo.WGS84_B_M);

    private final double originLatDeg;
    private final double originLonDeg;
    private final double sinLat0, cosLat0, sinLon0, cosLon0;
    private final double x0, y0, z0;

    /** Frame tangent to the ellipsoid at the given origin (degrees). */
    public EnuFrame(double originLatDeg, double originLonDeg) {
        this.originLatDeg = originLatDeg;
        this.originLonDeg = originLonDeg;
        double phi = Math.toRadians(originLatDeg);
        double lam = Math.toRadians(originLonDeg);
        sinLat0 = Math.sin(phi);
        cosLat0 = Math.cos(phi);
        sinLon0 = Math.sin(lam);
        cosLon0 = Math.cos(lam);
        double n = A / Math.sqrt(1 - E2 * sinLat0 * sinLat0);
        x0 = n * cosLat0 * cosLon0;
        y0 = n * cosLat0 * sinLon0;
        z0 = n * (1 - E2) * sinLat0;
    }

    public double originLatDeg() {
        return originLatDeg;
    }

    public double originLonDeg() {
        return originLonDeg;
    }

    /** East coordinate in metres of a point on the ellipsoid. */
    public double eastM(double latDeg, double lonDeg) {
        double phi = Math.toRadians(latDeg);
        double dLam = Math.toRadians(lonDeg - originLonDeg);
        double sinPhi = Math.sin(phi);
        double n = A / Math.sqrt(1 - E2 * sinPhi * sinPhi);
        // East unit vector (-sin λ0, cos λ0, 0) dotted with the ECEF point; rotation by λ0 folds into Δλ.
        return n * Math.cos(phi) * Math.sin(dLam);
    }

    /** North coordinate in metres of a point on the ellipsoid. */
    public double northM(double latDeg, double lonDeg) {
        double phi = Math.toRadians(latDeg);
        double dLam = Math.toRadians(lonDeg - originLonDeg);
        double sinPhi = Math.sin(phi);
        double n = A / Math.sqrt(1 - E2 * sinPhi * sinPhi);
        double xr = n * Math.cos(phi) * Math.cos(dLam);        // ECEF rotated so that the origin meridian is x
        double z = n * (1 - E2) * sinPhi;
        double xr0 = x0 * cosLon0 + y0 * sinLon0;
        // North unit vector in the rotated frame: (-sin φ0, 0, cos φ0)
        return -sinLat0 * (xr - xr0) + cosLat0 * (z - z0);
    }

    /** Latitude in degrees of the ellipsoid point whose tangent-plane projection is (eastM, northM). */
    public double latDeg(double eastM, double northM) {
        return inverse(eastM, northM, true);
    }

    /** Longitude in degrees, in [-180, 180), of the ellipsoid point whose projection is (eastM, northM). */
    public double lonDeg(double eastM, double northM) {
        return inverse(eastM, northM, false);
    }

    private double inverse(double e, double nM, boolean wantLat) {
        // Point on the plane in the rotated ECEF frame (origin meridian = x axis), then drop along -up onto the ellipsoid.
        double xr0 = x0 * cosLon0 + y0 * sinLon0;
        double ax = xr0 - sinLat0 * nM;
        double ay = e;
        double az = z0 + cosLat0 * nM;
        double ux = cosLat0, uz = sinLat0;                      // up unit vector (cos φ0, 0, sin φ0)
        double qa = ux * ux * INV_A2 + uz * uz * INV_B2;
        double qb = 2 * (ax * ux * INV_A2 + az * uz * INV_B2);
        double qc = (ax * ax + ay * ay) * INV_A2 + az * az * INV_B2 - 1;
        double disc = Math.max(0, qb * qb - 4 * qa * qc);
        double u = 2 * qc / (-qb - Math.sqrt(disc));            // root nearest the plane (numerically stable form)
        double px = ax + u * ux, py = ay, pz = az + u * uz;
        if (wantLat) {
            // On the ellipsoid surface tan φ = z / ((1 - e²) p) exactly.
            return Math.toDegrees(Math.atan2(pz, (1 - E2) * Math.hypot(px, py)));
        }
        return Geo.normalize180(originLonDeg + Math.toDegrees(Math.atan2(py, px)));
    }
}

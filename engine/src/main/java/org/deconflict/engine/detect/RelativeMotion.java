package org.deconflict.engine.detect;

/**
 * Closest point of approach of two targets in straight-line motion, in a local plane: relative position
 * (dx, dy) in metres and relative velocity (dvx, dvy) in m/s of target B with respect to A; vertical separately
 * (dz in feet, dvz in ft/s). Times in seconds from now; intervals are open and may start in the past.
 */
public final class RelativeMotion {

    /** Relative speeds below this (m/s or ft/s) count as zero: the separation never changes. */
    private static final double STILL = 1e-9;

    private RelativeMotion() {
    }

    /** Time of the horizontal closest approach, seconds (negative when already past; 0 when not moving apart). */
    public static double tcpaS(double dx, double dy, double dvx, double dvy) {
        double v2 = dvx * dvx + dvy * dvy;
        return v2 < STILL ? 0 : -(dx * dvx + dy * dvy) / v2;
    }

    /** Horizontal distance at time {@code tS}, metres. */
    public static double distanceAtM(double dx, double dy, double dvx, double dvy, double tS) {
        double x = dx + dvx * tS;
        double y = dy + dvy * tS;
        return Math.sqrt(x * x + y * y);
    }

    /**
     * Times when the horizontal distance is below {@code radiusM}: writes (entry, exit) to {@code out} and returns
     * true, or returns false if never. Infinite bounds when the relative motion is zero and the pair is inside.
     */
    public static boolean horizontalInterval(double dx, double dy, double dvx, double dvy, double radiusM,
                                             double[] out) {
        double v2 = dvx * dvx + dvy * dvy;
        double d2 = dx * dx + dy * dy;
        double r2 = radiusM * radiusM;
        if (v2 < STILL) {
            return whole(d2 < r2, out);
        }
        double b = dx * dvx + dy * dvy;
        double disc = b * b - v2 * (d2 - r2);
        if (disc <= 0) {
            return false;
        }
        double root = Math.sqrt(disc);
        out[0] = (-b - root) / v2;
        out[1] = (-b + root) / v2;
        return true;
    }

    /**
     * Times when |dz + dvz·t| is below {@code limitFt}: writes (entry, exit) to {@code out} and returns true, or
     * false if never.
     */
    public static boolean verticalInterval(double dzFt, double dvzFtps, double limitFt, double[] out) {
        if (Math.abs(dvzFtps) < STILL) {
            return whole(Math.abs(dzFt) < limitFt, out);
        }
        double t1 = (-limitFt - dzFt) / dvzFtps;
        double t2 = (limitFt - dzFt) / dvzFtps;
        out[0] = Math.min(t1, t2);
        out[1] = Math.max(t1, t2);
        return true;
    }

    /**
     * TCAS modified tau (DO-185B): time until the range falls to {@code dmodM} at the current closure rate,
     * (DMOD² − r²)/(r·ṙ) seconds; 0 when already inside DMOD; +∞ when not closing.
     */
    public static double modifiedTauS(double dx, double dy, double dvx, double dvy, double dmodM) {
        double r = Math.sqrt(dx * dx + dy * dy);
        if (r <= dmodM) {
            return 0;
        }
        double rDot = (dx * dvx + dy * dvy) / r;
        return rDot < 0 ? (dmodM * dmodM - r * r) / (r * rDot) : Double.POSITIVE_INFINITY;
    }

    /** Vertical tau: seconds until co-altitude, −dz/ḋz; 0 at co-altitude; +∞ when not converging. */
    public static double verticalTauS(double dzFt, double dvzFtps) {
        if (dzFt == 0) {
            return 0;
        }
        return dzFt * dvzFtps < 0 ? -dzFt / dvzFtps : Double.POSITIVE_INFINITY;
    }

    private static boolean whole(boolean inside, double[] out) {
        if (!inside) {
            return false;
        }
        out[0] = Double.NEGATIVE_INFINITY;
        out[1] = Double.POSITIVE_INFINITY;
        return true;
    }
}

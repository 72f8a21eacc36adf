package org.deconflict.modes.adsb;

/**
 * Direction of a velocity vector in degrees clockwise from true north, [0, 360): what
 * {@code toDegrees(atan2(east, north))} (+360 when negative) gives, within a few ulps, without the JDK's native
 * {@code atan2} (tens of ns per call; TC19 velocity is the most frequent ADS-B message).
 * Method: atan of the ratio min/max ≤ 1 as a table value at the nearest 1/256 plus a short series of the remainder
 * (atan u − atan v = atan((u − v)/(1 + uv)), |remainder| ≤ 1/512, series error below 1e-22), then the octant.
 */
final class TrackAngle {
    private static final int STEPS = 256;
    /** atan(k / 256) in radians, k = 0..256. */
    private static final double[] ATAN = new double[STEPS + 1];

    static {
        for (int k = 0; k <= STEPS; k++) {
            ATAN[k] = Math.atan(k / (double) STEPS);
        }
    }

    private TrackAngle() {
    }

    /** Track in degrees [0, 360) of the vector ({@code east}, {@code north}); 0 for the zero vector (as atan2). */
    static double degrees(double east, double north) {
        double ax = Math.abs(east);
        double ay = Math.abs(north);
        double lo = Math.min(ax, ay);
        double hi = Math.max(ax, ay);
        if (hi == 0) {
            return 0;
        }
        double t = lo / hi;
        int k = (int) (t * STEPS + 0.5);
        double t0 = k / (double) STEPS;
        double r = (t - t0) / (1 + t * t0);
        double r2 = r * r;
        double phi = ATAN[k] + r * (1 - r2 * (1.0 / 3 - r2 * (1.0 / 5 - r2 * (1.0 / 7))));
        // angle from the north axis towards east within the quadrant, then the quadrant
        double base = Math.toDegrees(ax <= ay ? phi : Math.PI / 2 - phi);
        if (north >= 0) {
            return east >= 0 ? base : 360 - base;
        }
        return east >= 0 ? 180 - base : 180 + base;
    }
}

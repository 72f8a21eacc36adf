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

    /**
     * Octant and quadrant folding as table entries instead of branches (the signs and the larger component vary from
     * message to message, so branches on them are mispredicted): {@code OFFSET[i] + SIGN[i] * x} is exactly the sum
     * or difference a branch per case would compute. Fold index 0: |east| ≤ |north|, take phi; 1: take π/2 − phi.
     */
    private static final double[] FOLD_OFFSET = {0, Math.PI / 2};
    private static final double[] FOLD_SIGN = {1, -1};
    /** Quadrant index (north &lt; 0) · 2 + (east &lt; 0): track = base, 360 − base, 180 − base, 180 + base. */
    private static final double[] QUADRANT_OFFSET = {0, 360, 180, 180};
    private static final double[] QUADRANT_SIGN = {1, -1, -1, 1};

    /** Track in degrees [0, 360) of the vector ({@code east}, {@code north}); 0 for the zero vector (as atan2). */
    static double degrees(int east, int north) {
        int ax = Math.abs(east);
        int ay = Math.abs(north);
        int hi = Math.max(ax, ay);
        if (hi == 0) {
            return 0;
        }
        double t = Math.min(ax, ay) / (double) hi;
        int k = (int) (t * STEPS + 0.5);
        double t0 = k / (double) STEPS;
        double r = (t - t0) / (1 + t * t0);
        double r2 = r * r;
        double phi = ATAN[k] + r * (1 - r2 * (1.0 / 3 - r2 * (1.0 / 5 - r2 * (1.0 / 7))));
        // angle from the north axis towards east within the quadrant, then the quadrant
        int fold = (ay - ax) >>> 31; // 1 when |east| > |north|
        double base = Math.toDegrees(FOLD_OFFSET[fold] + FOLD_SIGN[fold] * phi);
        int quadrant = ((north >>> 31) << 1) | (east >>> 31);
        return QUADRANT_OFFSET[quadrant] + QUADRANT_SIGN[quadrant] * base;
    }
}

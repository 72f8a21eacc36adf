package org.deconflict.sim.motion;

import org.deconflict.engine.geo.Geo;

/**
 * A target moving over the earth, integrated in fixed time steps from its start; positions between two steps are
 * interpolated linearly. Time only moves forward: {@link #sample(long)} advances the integration as far as needed,
 * so the result for a given time never depends on who asked first (deterministic for a given scenario and seed).
 */
public abstract class Mover {

    private final long startNanos;
    private final long stepNanos;
    /** Recent step history (ring), so that samples a little behind the latest step still interpolate exactly. */
    private static final int HISTORY = 8;
    private final long[] ht = new long[HISTORY];
    private final double[] hLat = new double[HISTORY], hLon = new double[HISTORY], hAlt = new double[HISTORY];
    private int head;
    private long t1;
    private boolean ended;
    private long endNanos = Long.MAX_VALUE;

    /** State at the latest integration step (t1). */
    protected double latDeg, lonDeg, altFt, trackDeg, speedKt, verticalRateFpm, turnRateDegS;

    private double sLat, sLon, sAlt;

    protected Mover(long startNanos, long stepNanos, double latDeg, double lonDeg, double altFt) {
        this.startNanos = startNanos;
        this.stepNanos = stepNanos;
        this.t1 = startNanos;
        this.latDeg = latDeg;
        this.lonDeg = lonDeg;
        this.altFt = altFt;
        java.util.Arrays.fill(ht, Long.MIN_VALUE);
        record();
    }

    private void record() {
        head = (head + 1) % HISTORY;
        ht[head] = t1;
        hLat[head] = latDeg;
        hLon[head] = lonDeg;
        hAlt[head] = altFt;
    }

    /** One integration step of {@code dtS} seconds ending at {@code tNanos}; returns false when the route is finished. */
    protected abstract boolean step(double dtS, long tNanos);

    /**
     * Moves the sample point to time {@code tNanos}; false when the target does not exist then (not started yet or
     * route finished). After true, {@link #sampleLatDeg()} etc. give the position at that time.
     */
    public final boolean sample(long tNanos) {
        if (tNanos < startNanos || tNanos > endNanos) {
            return false;
        }
        while (t1 < tNanos && !ended) {
            t1 += stepNanos;
            if (!step(stepNanos / 1e9, t1)) {
                ended = true;
                endNanos = t1 - stepNanos;
                t1 = endNanos;
                break;
            }
            record();
        }
        if (tNanos > endNanos) {
            return false;
        }
        int i = head;
        int prev = (i + HISTORY - 1) % HISTORY;
        for (int k = 0; k < HISTORY - 2 && ht[prev] >= tNanos && ht[prev] != Long.MIN_VALUE; k++) {
            i = prev;
            prev = (i + HISTORY - 1) % HISTORY;
        }
        if (ht[prev] == Long.MIN_VALUE || ht[i] == ht[prev]) {
            sLat = hLat[i];
            sLon = hLon[i];
            sAlt = hAlt[i];
            return true;
        }
        double f = (tNanos - ht[prev]) / (double) (ht[i] - ht[prev]);
        sLat = hLat[prev] + f * (hLat[i] - hLat[prev]);
        sLon = hLon[prev] + f * (hLon[i] - hLon[prev]);
        sAlt = hAlt[prev] + f * (hAlt[i] - hAlt[prev]);
        return true;
    }

    public long startNanos() {
        return startNanos;
    }

    /** True once the route is finished (the target has landed, moored for good or left the area). */
    public boolean ended() {
        return ended;
    }

    public double sampleLatDeg() {
        return sLat;
    }

    public double sampleLonDeg() {
        return sLon;
    }

    /** Altitude in feet above mean sea level at the sample time (0 for ships). */
    public double sampleAltFt() {
        return sAlt;
    }

    /** Ground track in degrees at the latest step. */
    public double trackDeg() {
        return trackDeg;
    }

    public double speedKt() {
        return speedKt;
    }

    public double verticalRateFpm() {
        return verticalRateFpm;
    }

    /** Rate of turn in degrees per second, positive to the right. */
    public double turnRateDegS() {
        return turnRateDegS;
    }

    /**
     * Advances the state by {@code distanceM} along {@code trackDeg} in the local tangent plane, with the WGS-84
     * meridian and prime-vertical radii (steps are ≤ a few hundred metres, where this matches {@link Geo} to < 1 mm;
     * great-circle legs come from steering at the {@link Geo#bearingDeg} of the next point at every step).
     */
    protected final void moveAlongTrack(double distanceM) {
        double lat = Math.toRadians(latDeg);
        double s = Math.sin(lat);
        double w = Math.sqrt(1 - Geo.WGS84_E2 * s * s);
        double rPrimeVertical = Geo.WGS84_A_M / w;
        double rMeridian = Geo.WGS84_A_M * (1 - Geo.WGS84_E2) / (w * w * w);
        double trk = Math.toRadians(trackDeg);
        latDeg += Math.toDegrees(distanceM * Math.cos(trk) / rMeridian);
        lonDeg += Math.toDegrees(distanceM * Math.sin(trk) / (rPrimeVertical * Math.cos(lat)));
    }

    /** Turns {@link #trackDeg} toward {@code desiredDeg} by at most {@code maxRateDegS·dtS}; records the turn rate. */
    protected final void turnToward(double desiredDeg, double maxRateDegS, double dtS) {
        double diff = Geo.normalize180(desiredDeg - trackDeg);
        double maxTurn = maxRateDegS * dtS;
        double turn = Math.max(-maxTurn, Math.min(maxTurn, diff));
        trackDeg = Geo.normalize360(trackDeg + turn);
        turnRateDegS = turn / dtS;
    }

    /** Moves {@code value} toward {@code target} by at most {@code maxDelta}. */
    protected static double approach(double value, double target, double maxDelta) {
        return value + Math.max(-maxDelta, Math.min(maxDelta, target - value));
    }
}

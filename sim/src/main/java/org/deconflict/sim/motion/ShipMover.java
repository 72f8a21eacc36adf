package org.deconflict.sim.motion;

import java.util.List;

import org.deconflict.engine.geo.Geo;
import org.deconflict.sim.scenario.ShipStep;

/**
 * Sails a ship route: steers for each point at its speed, turning at most {@code maxTurnDegPerMin} and changing
 * speed slowly; lies at anchor or moored where a step says so. Integration step 1 s.
 */
public final class ShipMover extends Mover {

    /** Integration step (nanoseconds). */
    public static final long STEP_NANOS = 1_000_000_000L;
    /** Speed change of a large displacement hull, kt per second (order of magnitude of IMO MSC.137(76) stopping trials). */
    private static final double ACCEL_KT_PER_S = 0.1;
    /** AIS navigational status codes, ITU-R M.1371-5 Table 45. */
    public static final int UNDER_WAY = 0, AT_ANCHOR = 1, MOORED = 5;

    private final List<ShipStep> route;
    private final double maxTurnDegS;
    private int index;
    private double waitLeftS;
    private int navStatus = UNDER_WAY;
    private double desiredSpeedKt;

    public ShipMover(long startNanos, List<ShipStep> route, double maxTurnDegPerMin) {
        super(startNanos, STEP_NANOS, route.get(0).lat(), route.get(0).lon(), 0);
        this.route = route;
        this.maxTurnDegS = maxTurnDegPerMin / 60;
        ShipStep first = route.get(0);
        this.desiredSpeedKt = first.speedKt() == null ? 12 : first.speedKt();
        if (first.anchorS() != null) {
            waitLeftS = first.anchorS();
            navStatus = Boolean.TRUE.equals(first.moored()) ? MOORED : AT_ANCHOR;
            speedKt = 0;
        } else {
            speedKt = desiredSpeedKt;
        }
        index = 1;
        if (route.size() > 1) {
            trackDeg = Geo.bearingDeg(latDeg, lonDeg, route.get(1).lat(), route.get(1).lon());
        }
    }

    /** AIS navigational status: 0 under way using engine, 1 at anchor, 5 moored (ITU-R M.1371-5 Table 45). */
    public int navStatus() {
        return navStatus;
    }

    @Override
    protected boolean step(double dtS, long tNanos) {
        if (waitLeftS > 0) {
            waitLeftS -= dtS;
            speedKt = 0;
            turnRateDegS = 0;
            if (waitLeftS > 0) {
                return true;
            }
            if (index >= route.size()) {
                return false;
            }
            navStatus = UNDER_WAY;
        }
        if (index >= route.size()) {
            return false;
        }
        ShipStep s = route.get(index);
        if (s.speedKt() != null) {
            desiredSpeedKt = s.speedKt();
        }
        double dist = Geo.distanceM(latDeg, lonDeg, s.lat(), s.lon());
        double move = Math.max(speedKt, 1) * Geo.MPS_PER_KT * dtS;
        if (dist <= Math.max(move * 1.5, 30)) {
            index++;
            if (s.anchorS() != null) {
                waitLeftS = s.anchorS();
                navStatus = Boolean.TRUE.equals(s.moored()) ? MOORED : AT_ANCHOR;
                speedKt = 0;
                return true;
            }
            if (index >= route.size()) {
                return false;
            }
            s = route.get(index);
        }
        turnToward(Geo.bearingDeg(latDeg, lonDeg, s.lat(), s.lon()), maxTurnDegS, dtS);
        speedKt = approach(speedKt, desiredSpeedKt, ACCEL_KT_PER_S * dtS);
        moveAlongTrack(speedKt * Geo.MPS_PER_KT * dtS);
        return true;
    }
}

package org.deconflict.sim.motion;

import java.util.List;

import org.deconflict.engine.geo.Geo;
import org.deconflict.sim.scenario.RouteStep;

/**
 * Flies an aircraft route: great-circle legs between waypoints with fly-by turns, climbs and descents at the
 * performance limits, orbits (fixed point or moving target), racetracks, low passes over a target, and shadowing
 * another aircraft. Integration step 0.5 s.
 */
public final class AircraftMover extends Mover {

    /** Integration step (nanoseconds). */
    public static final long STEP_NANOS = 500_000_000L;
    private static final double M_PER_S_PER_KT = Geo.MPS_PER_KT;
    /** Shadowing: close the remaining gap to the station in about this many seconds. */
    private static final double CLOSING_TIME_S = 15;
    /** Shadowing: "on station" once within this distance (plus twice the ordered distance) of the aim point. */
    private static final double STATION_M = 100;

    private final List<RouteStep> route;
    private final AircraftPerformance perf;
    private final TargetLookup targets;
    private int index = 1;
    private long stepStartNanos;
    private double desiredAltFt;
    private double desiredSpeedKt;
    // low-pass state
    private int passesDone;
    private boolean runningOut;
    private double runoutLeftM;
    private double lastTargetDistM = Double.MAX_VALUE;
    // orbit / follow: time the aircraft reached the circle or its station (durations count from then)
    private long engagedNanos = -1;
    // racetrack state
    private boolean towardFar;

    public AircraftMover(long startNanos, List<RouteStep> route, AircraftPerformance perf, TargetLookup targets) {
        super(startNanos, STEP_NANOS, route.get(0).lat(), route.get(0).lon(), nz(route.get(0).altFt(), 0));
        this.route = route;
        this.perf = perf;
        this.targets = targets;
        this.stepStartNanos = startNanos;
        this.speedKt = nz(route.get(0).speedKt(), 250);
        this.desiredAltFt = altFt;
        this.desiredSpeedKt = speedKt;
        if (route.size() > 1 && route.get(1).lat() != null) {
            trackDeg = Geo.bearingDeg(latDeg, lonDeg, route.get(1).lat(), route.get(1).lon());
        }
    }

    /** The altitude the aircraft is climbing or descending to, or holding (the crew's selected altitude), ft. */
    public double selectedAltitudeFt() {
        return desiredAltFt;
    }

    @Override
    protected boolean step(double dtS, long tNanos) {
        double desiredTrack = trackDeg;
        while (true) {
            if (index >= route.size()) {
                return false;
            }
            RouteStep s = route.get(index);
            double elapsedS = (tNanos - stepStartNanos) / 1e9;
            Double d;
            if (s.orbit() != null) {
                d = orbit(s.orbit(), tNanos);
            } else if (s.racetrack() != null) {
                d = racetrack(s.racetrack(), elapsedS);
            } else if (s.passes() != null) {
                d = passes(s.passes(), tNanos, dtS);
            } else if (s.follow() != null) {
                d = follow(s.follow(), tNanos);
            } else {
                d = waypoint(s);
            }
            if (d != null) {
                desiredTrack = d;
                break;
            }
            index++;
            stepStartNanos = tNanos;
            passesDone = 0;
            engagedNanos = -1;
            runningOut = false;
            lastTargetDistM = Double.MAX_VALUE;
        }
        turnToward(desiredTrack, perf.turnRateDegS(speedKt), dtS);
        speedKt = approach(speedKt, desiredSpeedKt, perf.accelKtPerS() * dtS);
        double oldAlt = altFt;
        double maxUp = perf.climbFpm() * dtS / 60, maxDown = perf.descentFpm() * dtS / 60;
        altFt = oldAlt + Math.max(-maxDown, Math.min(maxUp, desiredAltFt - oldAlt));
        verticalRateFpm = (altFt - oldAlt) * 60 / dtS;
        moveAlongTrack(speedKt * M_PER_S_PER_KT * dtS);
        return true;
    }

    /** Desired track to the waypoint, or null once it is reached (fly-by: turn anticipated by the turn radius). */
    private Double waypoint(RouteStep s) {
        desiredAltFt = s.altFt() == null ? desiredAltFt : s.altFt();
        desiredSpeedKt = s.speedKt() == null ? desiredSpeedKt : s.speedKt();
        double dist = Geo.distanceM(latDeg, lonDeg, s.lat(), s.lon());
        double brg = Geo.bearingDeg(latDeg, lonDeg, s.lat(), s.lon());
        double v = speedKt * M_PER_S_PER_KT;
        double lead = v * 1.0;
        if (index + 1 < route.size() && route.get(index + 1).lat() != null) {
            RouteStep n = route.get(index + 1);
            double nextBrg = Geo.bearingDeg(s.lat(), s.lon(), n.lat(), n.lon());
            double change = Math.min(Geo.angleDiffDeg(brg, nextBrg), 120);
            double radiusM = v / Math.toRadians(perf.turnRateDegS(speedKt));
            lead = Math.max(lead, radiusM * Math.tan(Math.toRadians(change / 2)));
        }
        if (dist <= lead || (dist < 4 * v && Geo.angleDiffDeg(brg, trackDeg) > 100)) {
            return null;
        }
        return brg;
    }

    /** Seconds since the aircraft engaged (reached its circle or station), 0 before. */
    private double engagedS(long tNanos, boolean engagedNow) {
        if (engagedNanos < 0 && engagedNow) {
            engagedNanos = tNanos;
        }
        return engagedNanos < 0 ? 0 : (tNanos - engagedNanos) / 1e9;
    }

    private Double orbit(RouteStep.Orbit o, long tNanos) {
        hold(o.altFt(), o.speedKt());
        double cLat, cLon;
        if (o.target() != null) {
            Mover m = targets.find(o.target());
            if (!m.sample(tNanos)) {
                return null;
            }
            cLat = m.sampleLatDeg();
            cLon = m.sampleLonDeg();
        } else {
            cLat = o.lat();
            cLon = o.lon();
        }
        double dist = Geo.distanceM(latDeg, lonDeg, cLat, cLon);
        if (engagedS(tNanos, dist < 1.5 * o.radiusM()) >= o.durationS()) {
            return null;
        }
        double toCentre = Geo.bearingDeg(latDeg, lonDeg, cLat, cLon);
        double sign = o.clockwise() == null || o.clockwise() ? 1 : -1;
        double correction = Math.max(-60, Math.min(90, (dist - o.radiusM()) / o.radiusM() * 90));
        return toCentre - sign * (90 - correction);
    }

    private Double racetrack(RouteStep.Racetrack r, double elapsedS) {
        if (elapsedS >= r.durationS()) {
            return null;
        }
        hold(r.altFt(), r.speedKt());
        double legM = r.legNm() * Geo.M_PER_NM;
        double pLat = towardFar ? Geo.destinationLatDeg(r.lat(), r.lon(), r.headingDeg(), legM) : r.lat();
        double pLon = towardFar ? Geo.destinationLonDeg(r.lat(), r.lon(), r.headingDeg(), legM) : r.lon();
        double dist = Geo.distanceM(latDeg, lonDeg, pLat, pLon);
        if (dist < speedKt * M_PER_S_PER_KT * 2) {
            towardFar = !towardFar;
        }
        return Geo.bearingDeg(latDeg, lonDeg, pLat, pLon);
    }

    /** Pure pursuit of the target at low level; after passing overhead, run out straight, then come back. */
    private Double passes(RouteStep.Passes p, long tNanos, double dtS) {
        if (passesDone >= p.count()) {
            return null;
        }
        desiredAltFt = p.altFt();
        desiredSpeedKt = p.speedKt();
        if (runningOut) {
            runoutLeftM -= speedKt * M_PER_S_PER_KT * dtS;
            if (runoutLeftM > 0) {
                return trackDeg;
            }
            runningOut = false;
            lastTargetDistM = Double.MAX_VALUE;
        }
        Mover m = targets.find(p.target());
        if (!m.sample(tNanos)) {
            return null;
        }
        double dist = Geo.distanceM(latDeg, lonDeg, m.sampleLatDeg(), m.sampleLonDeg());
        if (lastTargetDistM < 1000 && dist > lastTargetDistM) {
            passesDone++;
            runningOut = true;
            runoutLeftM = p.runoutNm() * Geo.M_PER_NM;
            return trackDeg;
        }
        lastTargetDistM = dist;
        return Geo.bearingDeg(latDeg, lonDeg, m.sampleLatDeg(), m.sampleLonDeg());
    }

    /** Close on the target and hold {@code distanceM} behind it, matching its speed. */
    private Double follow(RouteStep.Follow f, long tNanos) {
        Mover m = targets.find(f.target());
        if (!m.sample(tNanos)) {
            return null;
        }
        double aimLat = Geo.destinationLatDeg(m.sampleLatDeg(), m.sampleLonDeg(), m.trackDeg() + 180, f.distanceM());
        double aimLon = Geo.destinationLonDeg(m.sampleLatDeg(), m.sampleLonDeg(), m.trackDeg() + 180, f.distanceM());
        double dist = Geo.distanceM(latDeg, lonDeg, aimLat, aimLon);
        if (engagedS(tNanos, dist < STATION_M + 2 * f.distanceM()) >= f.durationS()) {
            return null;
        }
        double brg = Geo.bearingDeg(latDeg, lonDeg, aimLat, aimLon);
        double maxSpeed = f.speedKt() == null ? m.speedKt() + 150 : f.speedKt();
        boolean ahead = Geo.angleDiffDeg(brg, trackDeg) > 90;
        double closingKt = (ahead ? -1 : 1) * dist / CLOSING_TIME_S / M_PER_S_PER_KT;
        desiredSpeedKt = Math.max(m.speedKt() - 60, Math.min(maxSpeed, m.speedKt() + closingKt));
        desiredAltFt = m.sampleAltFt() + (f.altOffsetFt() == null ? 0 : f.altOffsetFt());
        return dist < 30 ? m.trackDeg() : brg;
    }

    private void hold(Double alt, Double speed) {
        if (alt != null) {
            desiredAltFt = alt;
        }
        if (speed != null) {
            desiredSpeedKt = speed;
        }
    }

    private static double nz(Double v, double dflt) {
        return v == null ? dflt : v;
    }
}

package org.deconflict.sim.truth;

import org.deconflict.sim.motion.Mover;
import org.deconflict.sim.scenario.TransponderMode;
import org.deconflict.sim.world.SimAircraft;
import org.deconflict.sim.world.SimShip;

/**
 * What the sensors can know of one incident participant at a sampled time: whether it exists, transmits positions
 * (ADS-B position squitters; AIS position reports), is silent, answers Mode S without a position, and whether the
 * scenario's receivers (and radars) cover where it is. Call {@link #sample} first; the others read that sample.
 */
public final class TargetProbe {

    private final SimAircraft aircraft;
    private final SimShip ship;
    private final Mover mover;
    private final SensorCoverage coverage;

    private TargetProbe(SimAircraft aircraft, SimShip ship, Mover mover, SensorCoverage coverage) {
        this.aircraft = aircraft;
        this.ship = ship;
        this.mover = mover;
        this.coverage = coverage;
    }

    public static TargetProbe of(SimAircraft a, SensorCoverage coverage) {
        return new TargetProbe(a, null, a.mover(), coverage);
    }

    public static TargetProbe of(SimShip s, SensorCoverage coverage) {
        return new TargetProbe(null, s, s.mover(), coverage);
    }

    public boolean isAircraft() {
        return aircraft != null;
    }

    Mover mover() {
        return mover;
    }

    /** Moves the target to {@code tNanos}; false when it does not exist then. */
    boolean sample(long tNanos) {
        return mover.sample(tNanos);
    }

    /** Sends positions: ADS-B (aircraft) or AIS on (ship). */
    boolean transmitsPosition(long tNanos) {
        return aircraft != null ? aircraft.transponderAt(tNanos) == TransponderMode.ADSB : ship.aisOnAt(tNanos);
    }

    /** Dark: an aircraft with its transponder off, or a ship under way (≥ 1 kt) with its AIS off. */
    boolean dark(long tNanos) {
        return aircraft != null ? aircraft.transponderAt(tNanos) == TransponderMode.OFF
                : !ship.aisOnAt(tNanos) && mover.speedKt() >= 1;
    }

    /** An aircraft answering Mode S without ADS-B. */
    boolean modeSOnly(long tNanos) {
        return aircraft != null && aircraft.transponderAt(tNanos) == TransponderMode.MODE_S_ONLY;
    }

    /** A transmission from here would be heard by some receiver of the right kind. */
    boolean inCoverage() {
        return aircraft != null
                ? coverage.modeSHeard(mover.sampleLatDeg(), mover.sampleLonDeg(), mover.sampleAltFt())
                : coverage.aisHeard(mover.sampleLatDeg(), mover.sampleLonDeg(), ship.aisAntennaM());
    }

    /** Some radar interrogates the aircraft here and some receiver hears its replies. */
    boolean interrogatedAndHeard() {
        return aircraft != null && coverage.interrogated(mover.sampleLatDeg(), mover.sampleLonDeg(), mover.sampleAltFt())
                && inCoverage();
    }
}

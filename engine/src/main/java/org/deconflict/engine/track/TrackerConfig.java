package org.deconflict.engine.track;

/**
 * Every tracker threshold in one place. Times in nanoseconds of event time. {@link #defaults()} documents each value.
 *
 * @param aircraftCoastNanos       no position for this long: the aircraft track coasts (dead reckoning)
 * @param aircraftSilenceNanos     nothing heard for this long while the predicted position stays in coverage: silence
 * @param aircraftExpiryNanos      nothing heard for this long: the aircraft track is dropped
 * @param shipCoastNanos           as above, ships
 * @param shipSilenceNanos         as above, ships
 * @param shipExpiryNanos          as above, ships
 * @param maxAirborneSpeedKt       speed no aircraft exceeds; implied speeds above it reject a position
 * @param maxSurfaceSpeedKt        speed limit for aircraft on the surface (take-off/landing roll)
 * @param maxShipSpeedKt           speed no surface vessel exceeds
 * @param positionSlackM           distance always allowed between fixes (position noise, timestamp jitter)
 * @param horizonFactorAir         multiple of the 4/3-earth radio horizon an ADS-B position may lie at
 * @param horizonFactorShip        multiple for AIS (VHF tropospheric ducting over the Baltic often doubles range)
 * @param assumedAircraftHeightM   target height used for the horizon when an aircraft's altitude is unknown
 * @param assumedShipAntennaM      AIS antenna height assumed for ships in the horizon test
 * @param maxVerticalRateFpm       altitude changes faster than this (plus slack) are dropped
 * @param altitudeSlackFt          altitude change always allowed (altitude quantisation, baro/geo mix)
 * @param minAltitudeFt            lowest plausible altitude
 * @param maxAltitudeFt            highest plausible altitude
 * @param relocateAfter            consistent contradicting positions (with no good fix in between) that move a track
 * @param candidateTimeoutNanos    a contradicting position stream older than this is forgotten
 * @param trailCapacity            points kept per track for trails
 * @param trailMinIntervalNanos    minimum time between two trail points
 * @param scanIntervalNanos        advanceTo examines all tracks at most this often
 * @param maxPredictNanos          longest dead-reckoning used to decide whether a silent target is still in coverage
 * @param rateTimeConstantNanos    time constant of the message-rate estimate
 */
public record TrackerConfig(long aircraftCoastNanos, long aircraftSilenceNanos, long aircraftExpiryNanos,
                            long shipCoastNanos, long shipSilenceNanos, long shipExpiryNanos,
                            double maxAirborneSpeedKt, double maxSurfaceSpeedKt, double maxShipSpeedKt,
                            double positionSlackM, double horizonFactorAir, double horizonFactorShip,
                            double assumedAircraftHeightM, double assumedShipAntennaM,
                            double maxVerticalRateFpm, double altitudeSlackFt, double minAltitudeFt, double maxAltitudeFt,
                            int relocateAfter, long candidateTimeoutNanos,
                            int trailCapacity, long trailMinIntervalNanos, long scanIntervalNanos, long maxPredictNanos,
                            long rateTimeConstantNanos) {

    private static final long S = 1_000_000_000L;

    /** Defaults with their rationale. */
    public static TrackerConfig defaults() {
        return new TrackerConfig(
                10 * S,      // aircraft coast: 10 s ≈ 20 missed airborne positions at 2 Hz (DO-260B §2.2.3.3.1.1)
                30 * S,      // aircraft silence: 30 s, well past ADS-B's 0.5 s position rate; short gaps are fading
                300 * S,     // aircraft expiry: 300 s, as readsb/dump1090 drop aircraft after 5 min
                180 * S,     // ship coast: 3 min = class A reporting interval at anchor (ITU-R M.1371-5 Table 1)
                600 * S,     // ship silence: 10 min, three class B/anchored intervals missed
                1800 * S,    // ship expiry: 30 min
                2000,        // airborne max: above Mach 3 at altitude (fastest operational types ≈ Mach 2.8)
                250,         // surface max: beyond any take-off roll
                80,          // ship max: fastest patrol craft and hovercraft stay below ≈ 60 kt
                500,         // slack: 500 m, above NACp 7 error (185 m) plus timestamp jitter
                1.2,         // ADS-B horizon factor: 20 % margin for refraction beyond k = 4/3
                2.0,         // AIS horizon factor: ducting in the Baltic (observed AIS ranges twice the horizon)
                15_240,      // unknown altitude: assume FL500 (15 240 m)
                30,          // ship antenna: 30 m, a large ship's mast
                60_000,      // vertical rate: above fighter climb rates (≈ 50 000 ft/min)
                1_000,       // altitude slack: 1000 ft
                -2_000,      // min altitude: below the lowest airfields (Dead Sea area -1 300 ft)
                100_000,     // max altitude: above service ceilings of aircraft that transpond
                3,           // relocate after 3 consistent contradicting fixes
                30 * S,      // candidate stream timeout: 30 s
                128,         // trail: 128 points
                1 * S,       // trail spacing: 1 s
                1 * S,       // scan for coasting/silence/expiry once per second of event time
                300 * S,     // predict at most 5 min ahead when judging silence
                10 * S);     // message rate averaged over ≈ 10 s
    }

    /** Silence threshold for a target kind (ships vs everything else). */
    /** The same settings with {@code points} trail points kept per track. */
    public TrackerConfig withTrailCapacity(int points) {
        return new TrackerConfig(aircraftCoastNanos, aircraftSilenceNanos, aircraftExpiryNanos, shipCoastNanos,
                shipSilenceNanos, shipExpiryNanos, maxAirborneSpeedKt, maxSurfaceSpeedKt, maxShipSpeedKt, positionSlackM,
                horizonFactorAir, horizonFactorShip, assumedAircraftHeightM, assumedShipAntennaM, maxVerticalRateFpm,
                altitudeSlackFt, minAltitudeFt, maxAltitudeFt, relocateAfter, candidateTimeoutNanos, points,
                trailMinIntervalNanos, scanIntervalNanos, maxPredictNanos, rateTimeConstantNanos);
    }

    long silenceNanos(boolean ship) {
        return ship ? shipSilenceNanos : aircraftSilenceNanos;
    }

    long expiryNanos(boolean ship) {
        return ship ? shipExpiryNanos : aircraftExpiryNanos;
    }

    long coastNanos(boolean ship) {
        return ship ? shipCoastNanos : aircraftCoastNanos;
    }
}

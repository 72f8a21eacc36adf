package org.deconflict.engine.track;

/** Why the tracker refused (all or part of) an observation; each is counted in {@link TrackerCounters}. */
public enum RejectReason {
    /** Latitude/longitude outside the valid range, NaN, or exactly 0,0. */
    INVALID_POSITION,
    /** Position older than the track's last accepted position. */
    OUT_OF_ORDER,
    /** Position implies a speed above the configured maximum since the last accepted position. */
    IMPLAUSIBLE_SPEED,
    /** Position farther from a receiver that heard it than the 4/3-earth radio horizon allows. */
    BEYOND_HORIZON,
    /** The same address is being heard in two far places at once (two consistent position streams). */
    DUPLICATE_ADDRESS,
    /** Altitude change faster than the maximum vertical rate (altitude dropped, position kept). */
    ALTITUDE_JUMP,
    /** Altitude outside the plausible range (altitude dropped, position kept). */
    IMPLAUSIBLE_ALTITUDE,
    /** Ground speed above the plausible maximum (velocity dropped). */
    IMPLAUSIBLE_VELOCITY
}

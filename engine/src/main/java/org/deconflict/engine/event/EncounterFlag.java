package org.deconflict.engine.event;

/** Facts about an encounter beyond its geometry. */
public enum EncounterFlag {
    /** Low pass: during the approach the aircraft's track pointed at the ship while descending. */
    AIMED_APPROACH,
    /** Low pass: repeated aimed, descending passes at the same ship (INCSEA 1972 Art. IV "simulated attack"). */
    SIMULATED_ATTACK_PROFILE,
    /** Low pass over a warship (military flag, or AIS ship type 35 "military operations", ITU-R M.1371-5 Table 53). */
    OVER_WARSHIP,
    /** At least one participant is identified as military. */
    MILITARY_INVOLVED,
    /**
     * Every participant is a military unit of the same nation (aircraft flying together, a helicopter over its own
     * navy's ship): that nation's own operations, not an encounter between parties.
     */
    OWN_FORCES,
    /** Closed because a participant went silent or expired rather than because the geometry cleared. */
    TRACK_LOST
}

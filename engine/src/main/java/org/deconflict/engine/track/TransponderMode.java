package org.deconflict.engine.track;

/** What a target is heard through, best source first: a position-reporting ADS-B/AIS transmitter, or a bare Mode S reply. */
public enum TransponderMode {
    /** Extended squitter (DF17/18/19) with positions. */
    ADSB,
    /** Mode S replies or squitters without any position (altitude/squawk/all-call only): visible but not locatable. */
    MODE_S_ONLY,
    /** AIS (ITU-R M.1371) position reports. */
    AIS,
    /** Nothing heard from the target itself (e.g. a radar-only track). */
    NONE
}

package org.deconflict.engine.event;

/** The kind of an {@link EngineEvent}, one per record type. */
public enum EventKind {
    ENCOUNTER_OPENED,
    ENCOUNTER_UPDATED,
    ENCOUNTER_CLOSED,
    INCIDENT,
    DARK_GAP,
    MODE_S_ONLY,
    TRANSPONDER_COMPLIANCE,
    SPOOFING_SUSPICION,
    GNSS_INTERFERENCE
}

package org.deconflict.engine.event;

/** Everything the detectors emit. {@link #timeNanos()} is the event time (ns since the Unix epoch) of the decision. */
public sealed interface EngineEvent
        permits EncounterOpened, EncounterUpdated, EncounterClosed, Incident, DarkGap, ModeSOnly,
        TransponderCompliance, SpoofingSuspicion, GnssInterference {

    long timeNanos();

    EventKind kind();
}

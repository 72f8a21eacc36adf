package org.deconflict.engine.event;

/** An open encounter reached a new closest point. */
public record EncounterUpdated(long timeNanos, Encounter encounter) implements EngineEvent {

    @Override
    public EventKind kind() {
        return EventKind.ENCOUNTER_UPDATED;
    }
}

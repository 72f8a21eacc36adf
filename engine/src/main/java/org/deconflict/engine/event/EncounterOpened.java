package org.deconflict.engine.event;

/** An encounter started: its condition held for the first time. */
public record EncounterOpened(long timeNanos, Encounter encounter) implements EngineEvent {

    @Override
    public EventKind kind() {
        return EventKind.ENCOUNTER_OPENED;
    }
}

package org.deconflict.engine.event;

/** An encounter ended (geometry cleared, or a participant was lost: see EncounterFlag.TRACK_LOST). */
public record EncounterClosed(long timeNanos, Encounter encounter) implements EngineEvent {

    @Override
    public EventKind kind() {
        return EventKind.ENCOUNTER_CLOSED;
    }
}

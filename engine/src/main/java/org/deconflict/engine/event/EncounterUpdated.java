package org.deconflict.engine.event;

/**
 * An open encounter reached a new closest point that matters: markedly closer than the last one reported, or with a
 * changed severity, flags, pass number or TCAS level ({@code DetectionConfig.updateSlantShare}).
 */
public record EncounterUpdated(long timeNanos, Encounter encounter) implements EngineEvent {

    @Override
    public EventKind kind() {
        return EventKind.ENCOUNTER_UPDATED;
    }
}

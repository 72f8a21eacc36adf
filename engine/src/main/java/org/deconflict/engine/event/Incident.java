package org.deconflict.engine.event;

import java.util.List;
import java.util.Set;

import org.deconflict.engine.ingest.TargetKey;

/**
 * An encounter that crossed the incident threshold (severity, or a simulated attack profile), filed when the encounter
 * closes with its final geometry. {@code id} is deterministic: the first 16 bytes (hex) of SHA-256 over the encounter
 * type, the participants in key order and the start time, so every party computing it gets the same id.
 */
public record Incident(String id, long timeNanos, EncounterType type, long startNanos, long endNanos,
                       List<TargetKey> participants, double minHorizontalM, double minVerticalFt,
                       ClosestApproach closest, Severity severity, List<Breach> breaches, Set<EncounterFlag> flags,
                       String encounterId) implements EngineEvent {

    public Incident {
        participants = List.copyOf(participants);
        breaches = List.copyOf(breaches);
        flags = Set.copyOf(flags);
    }

    @Override
    public EventKind kind() {
        return EventKind.INCIDENT;
    }
}

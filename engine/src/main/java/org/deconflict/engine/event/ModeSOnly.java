package org.deconflict.engine.event;

import org.deconflict.engine.ingest.TargetKey;

/**
 * An aircraft heard only through Mode S replies, without any position, for at least the configured time: visible to
 * interrogators but not locatable. {@code altitudeFt} NaN when not reported. Emitted once per flight.
 */
public record ModeSOnly(long timeNanos, TargetKey key, long firstHeardNanos, double altitudeFt, String callsign,
                        String nation, boolean military, int receiverId) implements EngineEvent {

    @Override
    public EventKind kind() {
        return EventKind.MODE_S_ONLY;
    }
}

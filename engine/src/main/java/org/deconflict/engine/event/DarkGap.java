package org.deconflict.engine.event;

import org.deconflict.engine.ingest.TargetKey;

/**
 * A target went silent inside receiver coverage and reappeared: both ends of the gap, its duration and the distance
 * between the last and the first position. Emitted at reappearance ({@code timeNanos} = {@code after.timeNanos()}).
 */
public record DarkGap(long timeNanos, TargetKey key, TrackPoint before, TrackPoint after, double gapSeconds,
                      double distanceM, String nation, boolean military) implements EngineEvent {

    @Override
    public EventKind kind() {
        return EventKind.DARK_GAP;
    }
}

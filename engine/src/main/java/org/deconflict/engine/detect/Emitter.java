package org.deconflict.engine.detect;

import org.deconflict.engine.event.EngineEvent;

/**
 * Hands events to the sink, applying the partition owner rule: when this detector instance serves one partition cell,
 * an event is delivered only if its owner cell (fixed by the caller from a deterministic position) is that cell, so
 * each event is reported by exactly one partition.
 */
final class Emitter {

    /** Owner value for events without a position: delivered by whichever partition produced them. */
    static final long ANY_OWNER = Long.MIN_VALUE;

    private final EventSink sink;
    private final CellScheme partitions;
    private final long myCell;

    Emitter(EventSink sink, CellScheme partitions, long myCell) {
        this.sink = sink;
        this.partitions = partitions;
        this.myCell = myCell;
    }

    /** The owner cell of a position (0 when not partitioned). */
    long ownerOf(double latDeg, double lonDeg) {
        return partitions == null ? 0 : partitions.cellOf(latDeg, lonDeg);
    }

    void emit(EngineEvent event, long ownerCell) {
        if (partitions == null || ownerCell == myCell || ownerCell == ANY_OWNER) {
            sink.accept(event);
        }
    }
}

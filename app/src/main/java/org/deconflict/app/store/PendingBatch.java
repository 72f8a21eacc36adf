package org.deconflict.app.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows collected for the next batch. Rows that replace each other are folded here already: a target's updates merge
 * ({@link TargetRow#mergedWith}), and the last flight, incident and progress marker per id win.
 */
final class PendingBatch {

    private final Map<String, TargetRow> targets = new LinkedHashMap<>();
    private final Map<String, FlightRow> flights = new LinkedHashMap<>();
    private final List<PositionRow> positions = new ArrayList<>();
    private final List<EventRow> events = new ArrayList<>();
    private final Map<String, IncidentRow> incidents = new LinkedHashMap<>();
    private final Map<String, ReplayProgress> progress = new LinkedHashMap<>();
    private int rows;
    private long firstAddNanos;

    void add(TargetRow t) {
        touch();
        targets.merge(t.key(), t, TargetRow::mergedWith);
    }

    void add(FlightRow f) {
        touch();
        flights.put(f.id(), f);
    }

    void add(PositionRow p) {
        touch();
        positions.add(p);
    }

    void add(EventRow e) {
        touch();
        events.add(e);
    }

    void add(IncidentRow i) {
        touch();
        incidents.put(i.id(), i);
    }

    void add(ReplayProgress p) {
        if (isEmpty()) {
            firstAddNanos = System.nanoTime();
        }
        progress.put(p.inputName(), p);
    }

    private void touch() {
        if (isEmpty()) {
            firstAddNanos = System.nanoTime();
        }
        rows++;
    }

    /** Rows added (before folding); the batch is sealed when this reaches the configured size. */
    int rowsAdded() {
        return rows;
    }

    boolean isEmpty() {
        return rows == 0 && progress.isEmpty();
    }

    /** {@link System#nanoTime()} of the first add since the last {@link #drain()}. */
    long firstAddNanos() {
        return firstAddNanos;
    }

    /** The batch to commit; empties this one. */
    Batch drain() {
        Batch b = new Batch(List.copyOf(targets.values()), List.copyOf(flights.values()), List.copyOf(positions),
                List.copyOf(events), List.copyOf(incidents.values()), List.copyOf(progress.values()));
        targets.clear();
        flights.clear();
        positions.clear();
        events.clear();
        incidents.clear();
        progress.clear();
        rows = 0;
        return b;
    }
}

package org.deconflict.app.store;

import java.util.List;

/**
 * Rows that {@link Store#write(Batch)} commits in ONE transaction, together with the replay progress markers they
 * close: after a crash either all of it is stored or none.
 */
public record Batch(List<TargetRow> targets, List<FlightRow> flights, List<PositionRow> positions,
                    List<EventRow> events, List<IncidentRow> incidents, List<ReplayProgress> progress) {

    public Batch {
        targets = List.copyOf(targets);
        flights = List.copyOf(flights);
        positions = List.copyOf(positions);
        events = List.copyOf(events);
        incidents = List.copyOf(incidents);
        progress = List.copyOf(progress);
    }

    /** A batch with nothing in it. */
    public static Batch empty() {
        return new Batch(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Data rows in the batch (progress markers not counted). */
    public int rowCount() {
        return targets.size() + flights.size() + positions.size() + events.size() + incidents.size();
    }

    /** True when there are neither rows nor progress markers. */
    public boolean isEmpty() {
        return rowCount() == 0 && progress.isEmpty();
    }
}

package org.deconflict.app.store;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link PositionQuery}: positions ordered by time then target, and the stored target row of each
 * target among them (absent for a target whose row is not stored).
 *
 * @param positions  at most the query's limit, oldest first
 * @param targets    target key → stored target, for the targets of {@code positions}
 * @param truncated  true when more positions matched than the limit: {@code positions} then cover the range only up
 *                   to the time of its last row
 */
public record AreaPositions(List<PositionRow> positions, Map<String, TargetRow> targets, boolean truncated) {

    public AreaPositions {
        positions = List.copyOf(positions);
        targets = Map.copyOf(targets);
    }
}

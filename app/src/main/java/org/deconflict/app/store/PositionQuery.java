package org.deconflict.app.store;

/**
 * Which stored positions to read for a replay: those with {@code fromMs ≤ time ≤ toMs} inside an area (anywhere when
 * null), oldest first, at most {@code limit} of them.
 *
 * @param area   area (edges included), or null for anywhere
 * @param fromMs range start, epoch milliseconds UTC
 * @param toMs   range end, epoch milliseconds UTC (≥ fromMs)
 * @param limit  at most this many positions (1..{@link #MAX_LIMIT})
 */
public record PositionQuery(BBox area, long fromMs, long toMs, int limit) {

    /** Most positions one query may return. */
    public static final int MAX_LIMIT = 2_000_000;

    public PositionQuery {
        if (toMs < fromMs) {
            throw new IllegalArgumentException("toMs " + toMs + " before fromMs " + fromMs);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }
}

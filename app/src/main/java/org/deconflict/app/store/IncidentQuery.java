package org.deconflict.app.store;

import java.util.Set;

/**
 * Which incidents to list: those overlapping the time range, optionally inside an area (by {@link IncidentRow#where()})
 * and of given kinds / severities. Results come ordered by start time, then id.
 *
 * @param fromMs     range start, epoch milliseconds UTC (incidents ending before it are left out)
 * @param toMs       range end, epoch milliseconds UTC (incidents starting after it are left out)
 * @param area       area, or null for anywhere
 * @param kinds      kinds to include; empty for all
 * @param severities severities to include; empty for all
 * @param limit      at most this many rows (≥ 1)
 */
public record IncidentQuery(long fromMs, long toMs, BBox area, Set<String> kinds, Set<Severity> severities,
                            int limit) {

    /** Default row limit of {@link #between(long, long)}. */
    public static final int DEFAULT_LIMIT = 10_000;

    public IncidentQuery {
        if (toMs < fromMs) {
            throw new IllegalArgumentException("toMs " + toMs + " before fromMs " + fromMs);
        }
        kinds = Set.copyOf(kinds);
        severities = Set.copyOf(severities);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
    }

    /** All incidents overlapping the range, up to {@link #DEFAULT_LIMIT}. */
    public static IncidentQuery between(long fromMs, long toMs) {
        return new IncidentQuery(fromMs, toMs, null, Set.of(), Set.of(), DEFAULT_LIMIT);
    }

    public IncidentQuery within(BBox box) {
        return new IncidentQuery(fromMs, toMs, box, kinds, severities, limit);
    }

    public IncidentQuery ofKinds(String... k) {
        return new IncidentQuery(fromMs, toMs, area, Set.of(k), severities, limit);
    }

    public IncidentQuery ofSeverities(Severity... s) {
        return new IncidentQuery(fromMs, toMs, area, kinds, Set.of(s), limit);
    }

    public IncidentQuery limit(int n) {
        return new IncidentQuery(fromMs, toMs, area, kinds, severities, n);
    }
}

package org.deconflict.app.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.deconflict.app.pipeline.PipelineListener;
import org.deconflict.app.store.IncidentQuery;
import org.deconflict.app.store.IncidentRow;
import org.deconflict.app.store.Store;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.Incident;

/**
 * Finds one stored incident by id. The store answers time-range queries, so the time span of every incident this run
 * filed is remembered (engine thread writes, HTTP threads read) and the lookup queries just that span; incidents of
 * earlier runs fall back to a scan of every stored incident.
 */
final class IncidentIndex implements PipelineListener {

    private final Map<String, long[]> spans = new ConcurrentHashMap<>();

    @Override
    public void onEvent(EngineEvent e) {
        if (e instanceof Incident i) {
            spans.put(i.id(), new long[] {i.startNanos() / 1_000_000L, i.endNanos() / 1_000_000L});
        }
    }

    /** The stored incident with this id, or null. */
    IncidentRow find(Store store, String id) {
        long[] span = spans.get(id);
        IncidentQuery q = span != null ? IncidentQuery.between(span[0], Math.max(span[0], span[1]))
                : IncidentQuery.between(0, Long.MAX_VALUE / 2);
        for (IncidentRow r : store.incidents(q)) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }
}

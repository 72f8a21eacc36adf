package org.deconflict.app.store;

import java.util.List;

/**
 * One detector event (encounter opened/updated/closed, dark gap, spoofing suspicion...). Events are facts: a second
 * write with the same id is ignored, so a resumed replay does not duplicate them.
 *
 * @param id          unique, deterministic id chosen by the detector
 * @param kind        event kind, e.g. {@code "encounter-open"}, {@code "dark-gap"}
 * @param timeMs      event time, epoch milliseconds UTC
 * @param targetKeys  targets involved (keys without white space)
 * @param severity    severity label given by the detector (e.g. {@code "A"}..{@code "E"}, {@code "warning"}); may be null
 * @param detailsJson further details as a JSON document (validated)
 */
public record EventRow(String id, String kind, long timeMs, List<String> targetKeys, String severity,
                       String detailsJson) {

    public EventRow {
        Rows.requireKey(id, "id");
        Rows.requireNonNull(kind, "kind");
        targetKeys = Rows.requireKeys(targetKeys, "targetKeys");
        detailsJson = Json.requireValid(detailsJson);
    }
}

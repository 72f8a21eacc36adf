package org.deconflict.app.store;

import java.util.List;
import java.util.Objects;

/**
 * One incident: an encounter or other event judged serious enough to file. Written again as it evolves; the last
 * write for an id wins (participants and geometry included).
 *
 * @param id                deterministic text id (the same encounter always gets the same id)
 * @param kind              incident kind, e.g. {@code "air-air"}, {@code "air-ship-low-pass"}, {@code "dark-flight"}
 * @param severity          category A–E
 * @param startMs           start, epoch milliseconds UTC
 * @param endMs             end, epoch milliseconds UTC; null while still open
 * @param participants      the targets with their closest point and track segment, in a stable order (at least one)
 * @param minHorizontalM    minimum horizontal distance, metres; null when not applicable
 * @param minVerticalFt     minimum vertical distance, feet; null when not applicable (e.g. no altitude)
 * @param closestApproachMs time of closest approach, epoch milliseconds UTC; null when not applicable
 * @param detailsJson       further details as a JSON document (validated)
 */
public record IncidentRow(String id, String kind, Severity severity, long startMs, Long endMs,
                          List<Participant> participants, Double minHorizontalM, Double minVerticalFt,
                          Long closestApproachMs, String detailsJson) {

    public IncidentRow {
        Rows.requireKey(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Rows.requireOrder(startMs, endMs);
        participants = List.copyOf(participants);
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("incident " + id + " has no participants");
        }
        if (minHorizontalM != null) {
            Rows.requireNonNegative(minHorizontalM, "minHorizontalM");
        }
        if (minVerticalFt != null) {
            Rows.requireNonNegative(minVerticalFt, "minVerticalFt");
        }
        detailsJson = Json.requireValid(detailsJson);
    }

    /** The participants' keys in order. */
    public List<String> participantKeys() {
        return participants.stream().map(Participant::targetKey).toList();
    }

    /**
     * Where the incident happened: the mean of the participants' closest points (longitudes unwrapped around the
     * first point, so a pair straddling 180° stays together). Area queries select incidents by this point.
     */
    public LatLon where() {
        double lat = 0;
        double lon = 0;
        double lon0 = participants.get(0).closest().lon();
        for (Participant p : participants) {
            lat += p.closest().lat();
            double d = p.closest().lon() - lon0;
            lon += lon0 + (d > 180 ? d - 360 : d < -180 ? d + 360 : d);
        }
        int n = participants.size();
        double meanLon = lon / n;
        return new LatLon(lat / n, meanLon > 180 ? meanLon - 360 : meanLon < -180 ? meanLon + 360 : meanLon);
    }

    /**
     * One target taking part in an incident.
     *
     * @param targetKey          the target
     * @param closest            its position at the time of closest approach
     * @param closestAltitudeFt  its altitude then, feet; null for ships / unknown
     * @param track              its track around the incident (oldest first): empty, or at least two points
     */
    public record Participant(String targetKey, LatLon closest, Double closestAltitudeFt, List<LatLon> track) {

        public Participant {
            Rows.requireKey(targetKey, "targetKey");
            Objects.requireNonNull(closest, "closest");
            track = List.copyOf(track);
            if (track.size() == 1) {
                throw new IllegalArgumentException("track of " + targetKey + " has one point; give none or at least two");
            }
        }
    }
}

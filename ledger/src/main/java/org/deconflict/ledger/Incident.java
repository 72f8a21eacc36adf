package org.deconflict.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An incident as filed in the ledger by a monitoring node (a ledger-owned record: the engine's incidents are mapped onto
 * it by the app). Times are Unix epoch milliseconds (UTC); distances in metres, heights in feet, angles in degrees.
 *
 * @param id              the filer's own identifier for the incident
 * @param incidentType    e.g. {@code airprox}, {@code low-pass}, {@code dark-flight}, {@code ship-cpa}
 * @param minHorizontalM  smallest horizontal separation observed, metres
 * @param minVerticalFt   smallest vertical separation, feet; null when not meaningful (ships)
 */
public record Incident(String id, String incidentType, long startMillis, long endMillis, List<Participant> participants,
        double minHorizontalM, Double minVerticalFt, List<TrackSegment> evidence, Detector detector) {

    /** A target involved: stable target id ({@code icao:4ca7b2}, {@code mmsi:265123000}), identity (call sign, name), nation. */
    public record Participant(String targetId, String identity, String nation, String kind) {
    }

    /** Evidence: a segment of one target's track as the filer's sensors saw it. */
    public record TrackSegment(String targetId, List<TrackPoint> points) {
        public TrackSegment {
            points = List.copyOf(points);
        }
    }

    /** One track point; {@code altitudeFt} is null for surface targets. */
    public record TrackPoint(long timeMillis, double latDeg, double lonDeg, Double altitudeFt) {
    }

    /** Which detector produced the incident and the thresholds it used (name → value in the unit its name says). */
    public record Detector(String version, Map<String, Double> thresholds) {
        public Detector {
            thresholds = new TreeMap<>(thresholds);
        }
    }

    public Incident {
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
        if (endMillis < startMillis) {
            throw new IllegalArgumentException("incident ends before it starts");
        }
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("incident without participants");
        }
        if (!(minHorizontalM >= 0)) {
            throw new IllegalArgumentException("minimum horizontal separation must be >= 0 m");
        }
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("incidentType", incidentType);
        m.put("startMillis", startMillis);
        m.put("endMillis", endMillis);
        List<Object> ps = new ArrayList<>();
        for (Participant p : participants) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("targetId", p.targetId());
            pm.put("identity", p.identity());
            pm.put("nation", p.nation());
            pm.put("kind", p.kind());
            ps.add(pm);
        }
        m.put("participants", ps);
        m.put("minHorizontalM", minHorizontalM);
        m.put("minVerticalFt", minVerticalFt);
        List<Object> ev = new ArrayList<>();
        for (TrackSegment s : evidence) {
            List<Object> pts = new ArrayList<>();
            for (TrackPoint tp : s.points()) {
                List<Object> pt = new ArrayList<>();
                pt.add(tp.timeMillis());
                pt.add(tp.latDeg());
                pt.add(tp.lonDeg());
                pt.add(tp.altitudeFt());
                pts.add(pt);
            }
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("targetId", s.targetId());
            sm.put("points", pts);
            ev.add(sm);
        }
        m.put("evidence", ev);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("version", detector.version());
        d.put("thresholds", new LinkedHashMap<>(detector.thresholds()));
        m.put("detector", d);
        return m;
    }

    static Incident fromJson(Map<?, ?> m) {
        List<Participant> ps = new ArrayList<>();
        for (Object o : Json.list(m, "participants")) {
            Map<?, ?> p = (Map<?, ?>) o;
            ps.add(new Participant(Json.str(p, "targetId"), Json.optStr(p, "identity"), Json.optStr(p, "nation"), Json.optStr(p, "kind")));
        }
        List<TrackSegment> ev = new ArrayList<>();
        for (Object o : Json.list(m, "evidence")) {
            Map<?, ?> s = (Map<?, ?>) o;
            List<TrackPoint> pts = new ArrayList<>();
            for (Object po : Json.list(s, "points")) {
                List<?> pt = (List<?>) po;
                if (pt.size() != 4) {
                    throw new IllegalArgumentException("track point needs [timeMillis, lat, lon, altitudeFt]");
                }
                pts.add(new TrackPoint(Json.integer(pt.get(0)), Json.dbl(pt.get(1)), Json.dbl(pt.get(2)),
                        pt.get(3) == null ? null : Json.dbl(pt.get(3))));
            }
            ev.add(new TrackSegment(Json.str(s, "targetId"), pts));
        }
        Map<?, ?> d = Json.map(m, "detector");
        Map<String, Double> th = new TreeMap<>();
        for (Map.Entry<?, ?> e : Json.map(d, "thresholds").entrySet()) {
            th.put((String) e.getKey(), Json.dbl(e.getValue()));
        }
        Object minV = m.get("minVerticalFt");
        return new Incident(Json.str(m, "id"), Json.str(m, "incidentType"), Json.integer(m.get("startMillis")),
                Json.integer(m.get("endMillis")), ps, Json.dbl(m.get("minHorizontalM")), minV == null ? null : Json.dbl(minV),
                ev, new Detector(Json.str(d, "version"), th));
    }
}

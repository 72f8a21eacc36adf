package org.deconflict.app.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.deconflict.app.store.IncidentRow;
import org.deconflict.app.store.LatLon;
import org.deconflict.app.store.PositionRow;
import org.deconflict.app.store.Store;
import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.geo.Geo;

/**
 * JSON of incidents: the list form, and the full view for plots — each participant's stored track around the
 * incident with time and altitude, the separation between the first two participants over time, and the
 * thresholds of the encounter type drawn on the separation plot.
 */
final class IncidentView {

    /** Tracks are shown from this long before the start to this long after the end, ms. */
    static final long MARGIN_MS = 120_000;
    /** Separation is sampled at most this many times across the window. */
    private static final int SEPARATION_SAMPLES = 400;

    private final ObjectMapper mapper;
    private final DetectionConfig config;

    IncidentView(ObjectMapper mapper, DetectionConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    /** The list form: id, kind, severity, times, participants' keys and closest points, minima. */
    ObjectNode summary(IncidentRow r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", r.id());
        o.put("kind", r.kind());
        o.put("severity", r.severity().name());
        o.put("startMs", r.startMs());
        o.put("endMs", r.endMs());
        o.put("closestApproachMs", r.closestApproachMs());
        o.put("minHorizontalM", r.minHorizontalM());
        o.put("minVerticalFt", r.minVerticalFt());
        LatLon w = r.where();
        o.put("lat", w.lat());
        o.put("lon", w.lon());
        ArrayNode ps = o.putArray("participants");
        for (IncidentRow.Participant p : r.participants()) {
            ObjectNode po = ps.addObject();
            po.put("id", p.targetKey());
            po.put("closestLat", p.closest().lat());
            po.put("closestLon", p.closest().lon());
            po.put("closestAltitudeFt", p.closestAltitudeFt());
        }
        return o;
    }

    /** The full view: summary + details + targets + tracks (with time and altitude) + separation + thresholds. */
    ObjectNode full(IncidentRow r, Store store) {
        ObjectNode o = summary(r);
        try {
            o.set("details", mapper.readTree(r.detailsJson()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored incident details are not JSON: " + e.getMessage(), e);
        }
        long from = r.startMs() - MARGIN_MS;
        long to = (r.endMs() == null ? r.startMs() : r.endMs()) + MARGIN_MS;
        o.put("windowFromMs", from);
        o.put("windowToMs", to);
        List<List<PositionRow>> tracks = new ArrayList<>();
        ArrayNode ps = (ArrayNode) o.get("participants");
        for (int i = 0; i < r.participants().size(); i++) {
            IncidentRow.Participant p = r.participants().get(i);
            ObjectNode po = (ObjectNode) ps.get(i);
            store.target(p.targetKey()).ifPresent(t -> {
                po.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
                po.put("name", t.name());
                po.put("nation", t.nation());
                po.put("military", t.military());
            });
            List<PositionRow> track = store.track(p.targetKey(), from, to);
            tracks.add(track);
            ArrayNode tn = po.putArray("track");
            if (track.isEmpty()) {
                for (LatLon q : p.track()) {
                    tn.addArray().addNull().add(q.lat()).add(q.lon()).addNull();
                }
            }
            for (PositionRow q : track) {
                ArrayNode a = tn.addArray().add(q.timeMs()).add(q.lat()).add(q.lon());
                if (q.altitudeFt() == null) {
                    a.addNull();
                } else {
                    a.add(q.altitudeFt());
                }
            }
        }
        ArrayNode sep = o.putArray("separation");
        if (tracks.size() >= 2) {
            separation(tracks.get(0), tracks.get(1), sep);
        }
        o.set("thresholds", thresholds(r.kind()));
        return o;
    }

    /** Horizontal (m) and vertical (ft, null when either altitude is unknown) separation at common sample times. */
    private static void separation(List<PositionRow> a, List<PositionRow> b, ArrayNode out) {
        if (a.size() < 2 || b.size() < 2) {
            return;
        }
        long from = Math.max(a.get(0).timeMs(), b.get(0).timeMs());
        long to = Math.min(a.get(a.size() - 1).timeMs(), b.get(b.size() - 1).timeMs());
        if (to <= from) {
            return;
        }
        long step = Math.max(1_000, (to - from) / SEPARATION_SAMPLES);
        int ia = 0;
        int ib = 0;
        for (long t = from; t <= to; t += step) {
            while (ia + 2 < a.size() && a.get(ia + 1).timeMs() < t) {
                ia++;
            }
            while (ib + 2 < b.size() && b.get(ib + 1).timeMs() < t) {
                ib++;
            }
            double[] pa = at(a.get(ia), a.get(ia + 1), t);
            double[] pb = at(b.get(ib), b.get(ib + 1), t);
            ArrayNode s = out.addArray().add(t).add(Math.round(Geo.distanceM(pa[0], pa[1], pb[0], pb[1])));
            if (Double.isNaN(pa[2]) || Double.isNaN(pb[2])) {
                s.addNull();
            } else {
                s.add(Math.round(Math.abs(pa[2] - pb[2])));
            }
        }
    }

    /** Linear interpolation (lat, lon, altitude ft or NaN) between two positions at time t, clamped to them. */
    private static double[] at(PositionRow p, PositionRow q, long t) {
        double f = q.timeMs() == p.timeMs() ? 0 : (double) (t - p.timeMs()) / (q.timeMs() - p.timeMs());
        f = Math.max(0, Math.min(1, f));
        double altP = p.altitudeFt() == null ? Double.NaN : p.altitudeFt();
        double altQ = q.altitudeFt() == null ? Double.NaN : q.altitudeFt();
        return new double[] {p.lat() + f * (q.lat() - p.lat()), p.lon() + f * (q.lon() - p.lon()),
            altP + f * (altQ - altP)};
    }

    /** The thresholds of the incident's encounter type (null fields where the type has none). */
    private ObjectNode thresholds(String kind) {
        ObjectNode t = mapper.createObjectNode();
        EncounterType type;
        try {
            type = EncounterType.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknownKind) {
            return t;
        }
        switch (type.domain()) {
            case AIR_AIR -> {
                t.put("horizontalM", config.airAir().horizontalSeparationM());
                t.put("verticalFt", config.airAir().verticalSeparationFt());
                t.put("nmacHorizontalM", config.airAir().nmacHorizontalM());
                t.put("nmacVerticalFt", config.airAir().nmacVerticalFt());
            }
            case AIR_SEA -> {
                t.put("horizontalM", config.airSea().lowPassDistanceM());
                t.put("verticalFt", config.airSea().lowPassHeightFt());
            }
            case SEA_SEA -> {
                t.put("horizontalM", type == EncounterType.SHIP_CPA ? config.seaSea().cpaLimitM()
                        : config.seaSea().closeQuartersM());
                t.putNull("verticalFt");
            }
        }
        return t;
    }

    /** Incident kinds as the store names them ({@code loss-of-separation}, {@code low-pass}, ...). */
    static java.util.Set<String> kinds() {
        java.util.Set<String> s = new java.util.LinkedHashSet<>();
        for (EncounterType e : EncounterType.values()) {
            s.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return s;
    }
}

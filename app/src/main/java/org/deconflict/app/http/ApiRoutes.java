package org.deconflict.app.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

import org.deconflict.app.store.AreaPositions;
import org.deconflict.app.store.BBox;
import org.deconflict.app.store.ComplianceRow;
import org.deconflict.app.store.IncidentQuery;
import org.deconflict.app.store.IncidentRow;
import org.deconflict.app.store.LatLon;
import org.deconflict.app.store.PositionQuery;
import org.deconflict.app.store.PositionRow;
import org.deconflict.app.store.Severity;
import org.deconflict.app.store.Store;
import org.deconflict.app.store.TargetKind;
import org.deconflict.app.store.TargetRow;
import org.deconflict.engine.ingest.TargetKey;

/**
 * The JSON API under {@code /api}: live targets (from the {@link LivePicture}), stored incidents, compliance and
 * replay tracks (from the {@link Store}), and statistics. Every bad parameter is a 400 with a message.
 */
final class ApiRoutes {

    /** Most targets one replay request may ask for by id (each is one store query). */
    static final int MAX_REPLAY_TARGETS = 2_000;
    /** Positions one area replay sends unless its limit says otherwise (about 6 MB of JSON, 1.5 MB gzipped). */
    static final int DEFAULT_REPLAY_POSITIONS = 200_000;
    private static final Set<String> TARGET_KINDS = Set.of("aircraft", "ship", "radar");

    private final ObjectMapper mapper;
    private final LivePicture picture;
    private final TargetJson targetJson;
    private final Store store;
    private final IncidentView incidents;
    private final LiveStream live;
    private final IncidentIndex incidentIndex;

    ApiRoutes(ObjectMapper mapper, LivePicture picture, TargetJson targetJson, Store store, IncidentView incidents,
              LiveStream live, IncidentIndex incidentIndex) {
        this.mapper = mapper;
        this.picture = picture;
        this.targetJson = targetJson;
        this.store = store;
        this.incidents = incidents;
        this.live = live;
        this.incidentIndex = incidentIndex;
    }

    /** {@code GET /api/targets?kind=&military=&dark=&area=&q=&limit=&format=objects|rows}. */
    void targets(Context ctx) throws IOException {
        boolean rows = rowFormat(ctx);
        Set<String> kinds = Params.words("kind", ctx.queryParam("kind"), TARGET_KINDS);
        Boolean military = Params.bool("military", ctx.queryParam("military"));
        Boolean dark = Params.bool("dark", ctx.queryParam("dark"));
        BBox area = Params.area(ctx.queryParam("area"));
        String q = ctx.queryParam("q");
        String needle = q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
        int limit = Params.intIn("limit", ctx.queryParam("limit"), 1, 1_000_000, 1_000_000);
        long now = picture.nowMs();
        List<LiveTarget> out = new ArrayList<>();
        for (LiveTarget t : picture.targets()) {
            var s = t.last();
            if (!kinds.isEmpty() && !kinds.contains(TargetJson.kind(s.key()))) {
                continue;
            }
            if (military != null && s.military() != military) {
                continue;
            }
            if (dark != null && targetJson.dark(t, now) != dark) {
                continue;
            }
            if (area != null && (t.lastPosition() == null
                    || !area.contains(new LatLon(t.lastPosition().latDeg(), t.lastPosition().lonDeg())))) {
                continue;
            }
            if (needle != null && !matches(t, needle)) {
                continue;
            }
            out.add(t);
        }
        out.sort(Comparator.comparing(t -> t.last().key()));
        List<LiveTarget> page = out.size() > limit ? out.subList(0, limit) : out;
        byte[] body = generate(g -> {
            g.writeStartObject();
            g.writeNumberField("nowMs", now);
            g.writeNumberField("count", page.size());
            g.writeNumberField("total", out.size());
            if (rows) {
                TargetJson.writeRowFields(g);
                g.writeArrayFieldStart("rows");
                for (LiveTarget t : page) {
                    targetJson.writeRow(g, t, now);
                }
            } else {
                g.writeArrayFieldStart("targets");
                for (LiveTarget t : page) {
                    targetJson.write(g, t, now, false);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        ctx.contentType("application/json").result(body);
    }

    /** {@code format=objects} (default: one object per target) or {@code format=rows} (compact arrays). */
    static boolean rowFormat(Context ctx) {
        Set<String> f = Params.words("format", ctx.queryParam("format"), Set.of("objects", "rows"));
        if (f.size() > 1) {
            throw ApiError.badRequest("format takes one of objects or rows");
        }
        return f.contains("rows");
    }

    /** Search by key ({@code icao:4840d6}, bare hex, MMSI) or callsign / ship name, case-insensitive substring. */
    private static boolean matches(LiveTarget t, String needle) {
        String key = t.last().key().toString();
        String name = t.last().callsignOrName();
        return key.contains(needle) || (name != null && name.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** {@code GET /api/targets/{id}}: the live target with its trail, else the stored target and its last hour. */
    void target(Context ctx) throws IOException {
        TargetKey key = Params.target(ctx.pathParam("id"));
        LiveTarget t = picture.target(key);
        if (t != null) {
            long now = picture.nowMs();
            ctx.contentType("application/json").result(generate(g -> targetJson.write(g, t, now, true)));
            return;
        }
        if (store != null) {
            var row = store.target(key.toString());
            if (row.isPresent()) {
                ObjectNode o = mapper.valueToTree(row.get());
                o.put("id", key.toString());
                o.put("live", false);
                ArrayNode trail = o.putArray("trail");
                long last = row.get().lastSeenMs();
                for (PositionRow p : store.track(key.toString(), last - 3_600_000L, last)) {
                    trail.addArray().add(p.timeMs()).add(p.lat()).add(p.lon()).add(p.altitudeFt());
                }
                ctx.json(o);
                return;
            }
        }
        throw ApiError.notFound("no target " + key);
    }

    /** {@code GET /api/incidents?from=&to=&area=&type=&severity=&limit=}, newest first. */
    void incidentList(Context ctx) {
        Store s = requireStore();
        long from = Params.timeMs("from", ctx.queryParam("from"), 0);
        long to = Params.timeMs("to", ctx.queryParam("to"), Long.MAX_VALUE / 2);
        if (to < from) {
            throw ApiError.badRequest("to (" + to + ") is before from (" + from + ")");
        }
        Set<String> kinds = Params.words("type", ctx.queryParam("type"), IncidentView.kinds());
        Set<Severity> severities = Params.enums("severity", ctx.queryParam("severity"), Severity.class);
        int limit = Params.intIn("limit", ctx.queryParam("limit"), 1, IncidentQuery.DEFAULT_LIMIT,
                IncidentQuery.DEFAULT_LIMIT);
        IncidentQuery q = new IncidentQuery(from, to, Params.area(ctx.queryParam("area")), kinds, severities,
                IncidentQuery.DEFAULT_LIMIT);
        List<IncidentRow> rows = new ArrayList<>(s.incidents(q));
        rows.sort(Comparator.comparingLong(IncidentRow::startMs).reversed().thenComparing(IncidentRow::id));
        ObjectNode o = mapper.createObjectNode();
        o.put("count", Math.min(limit, rows.size()));
        ArrayNode arr = o.putArray("incidents");
        for (IncidentRow r : rows.subList(0, Math.min(limit, rows.size()))) {
            arr.add(incidents.summary(r));
        }
        ctx.json(o);
    }

    /** {@code GET /api/incidents/{id}}: full geometry, tracks, separation, thresholds (ledger added by the caller). */
    ObjectNode incident(String id) {
        Store s = requireStore();
        if (id.isBlank() || id.length() > 200) {
            throw ApiError.badRequest("incident id must be 1..200 characters");
        }
        IncidentRow row = incidentIndex.find(s, id);
        if (row == null) {
            throw ApiError.notFound("no incident " + id);
        }
        return incidents.full(row, s);
    }

    /** {@code GET /api/compliance?day=YYYY-MM-DD&kind=aircraft|ship}: per nation and day; all days when no day given. */
    void compliance(Context ctx) {
        Store s = requireStore();
        LocalDate day = Params.day("day", ctx.queryParam("day"));
        Set<String> kinds = Params.words("kind", ctx.queryParam("kind"), Set.of("aircraft", "ship"));
        if (kinds.size() > 1) {
            throw ApiError.badRequest("kind takes one of aircraft or ship");
        }
        TargetKind kind = kinds.isEmpty() ? null : TargetKind.valueOf(kinds.iterator().next().toUpperCase(Locale.ROOT));
        long from = day == null ? 0 : day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long to = day == null ? Long.MAX_VALUE / 2 : from + 86_400_000L;
        ObjectNode o = mapper.createObjectNode();
        ArrayNode rows = o.putArray("rows");
        for (ComplianceRow r : s.compliance(from, to, kind)) {
            ObjectNode n = rows.addObject();
            n.put("day", r.dayUtc().toString());
            n.put("nation", r.nation());
            n.put("military", r.military());
            n.put("flights", r.flights());
            n.put("positionS", r.positionS());
            n.put("identityOnlyS", r.identityOnlyS());
            n.put("silentS", r.silentS());
            double total = r.positionS() + r.identityOnlyS() + r.silentS();
            n.put("positionShare", total > 0 ? r.positionS() / total : null);
            n.put("identityOnlyShare", total > 0 ? r.identityOnlyS() / total : null);
            n.put("silentShare", total > 0 ? r.silentS() / total : null);
        }
        ctx.json(o);
    }

    /** {@code GET /api/stats}: engine counters with rates, rejects by reason, live picture, stream and store. */
    void stats(Context ctx) {
        LivePicture.CounterSnapshot c = picture.counters();
        ObjectNode o = mapper.createObjectNode();
        o.put("eventTimeMs", picture.nowMs());
        o.put("finished", picture.finished());
        o.set("inputs", mapper.valueToTree(new TreeMap<>(c.values())));
        o.set("ratesPerS", mapper.valueToTree(new TreeMap<>(c.ratesPerS())));
        o.set("rejects", mapper.valueToTree(new TreeMap<>(c.rejects())));
        ObjectNode web = o.putObject("web");
        web.put("liveTargets", picture.size());
        web.put("pictureChanges", picture.seq());
        web.put("sseClients", live.clients());
        web.put("sseClientsDropped", live.clientsDropped());
        web.put("sseFrames", live.framesBuilt());
        web.put("sseFramesSkipped", live.framesSkipped());
        web.put("eventsDropped", picture.droppedEvents());
        if (store != null) {
            o.set("store", mapper.valueToTree(new TreeMap<>(store.rowCounts())));
        }
        ctx.json(o);
    }

    /**
     * {@code GET /api/replay?from=&to=&area=&limit=} or {@code ?from=&to=&ids=}: stored positions in the range, for
     * scrubbing through time. With {@code ids} (comma-separated, at most {@link #MAX_REPLAY_TARGETS}), the tracks of
     * those targets; otherwise every stored position inside {@code area} (default everywhere), oldest first, at most
     * {@code limit} of them — beyond, the answer says {@code "truncated": true} and covers the range up to
     * {@code "coveredToMs"}.
     */
    void replay(Context ctx) throws IOException {
        Store s = requireStore();
        long to = Params.timeMs("to", ctx.queryParam("to"), picture.nowMs());
        long from = Params.timeMs("from", ctx.queryParam("from"), to - 3_600_000L);
        if (to < from) {
            throw ApiError.badRequest("to (" + to + ") is before from (" + from + ")");
        }
        String idParam = ctx.queryParam("ids");
        BBox area = Params.area(ctx.queryParam("area"));
        int limit = Params.intIn("limit", ctx.queryParam("limit"), 1, PositionQuery.MAX_LIMIT, DEFAULT_REPLAY_POSITIONS);
        Map<String, List<PositionRow>> tracks = new TreeMap<>();
        Map<String, TargetRow> stored = Map.of();
        boolean truncated = false;
        long coveredTo = to;
        if (idParam != null && !idParam.isBlank()) {
            if (area != null || ctx.queryParam("limit") != null) {
                throw ApiError.badRequest("ids takes whole tracks: give either ids or area / limit");
            }
            List<TargetKey> ids = new ArrayList<>();
            for (String id : idParam.split(",")) {
                ids.add(Params.target(id.trim()));
            }
            if (ids.size() > MAX_REPLAY_TARGETS) {
                throw ApiError.badRequest("replay takes at most " + MAX_REPLAY_TARGETS + " ids");
            }
            for (TargetKey k : ids) {
                List<PositionRow> t = s.track(k.toString(), from, to);
                if (!t.isEmpty()) {
                    tracks.put(k.toString(), t);
                }
            }
        } else {
            AreaPositions found = s.positions(new PositionQuery(area, from, to, limit));
            for (PositionRow p : found.positions()) {
                tracks.computeIfAbsent(p.targetKey(), k -> new ArrayList<>()).add(p);
            }
            stored = found.targets();
            truncated = found.truncated();
            if (truncated) {
                coveredTo = found.positions().get(found.positions().size() - 1).timeMs();
            }
        }
        Map<String, TargetRow> known = stored;
        boolean cut = truncated;
        long covered = coveredTo;
        byte[] body = generate(g -> {
            g.writeStartObject();
            g.writeNumberField("fromMs", from);
            g.writeNumberField("toMs", to);
            g.writeBooleanField("truncated", cut);
            g.writeNumberField("coveredToMs", covered);
            g.writeArrayFieldStart("targets");
            for (var e : tracks.entrySet()) {
                writeReplayTrack(g, e.getKey(), e.getValue(), known.get(e.getKey()));
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        ctx.contentType("application/json").result(body);
    }

    /** One target's replay: id, kind, name and military flag (stored row, else live picture), then its points. */
    private void writeReplayTrack(JsonGenerator g, String id, List<PositionRow> points, TargetRow row)
            throws IOException {
        TargetKey key = TargetKey.parse(id);
        LiveTarget live = picture.target(key);
        String name = row != null && row.name() != null ? row.name()
                : live == null ? null : live.last().callsignOrName();
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("kind", TargetJson.kind(key));
        g.writeStringField("name", name);
        g.writeBooleanField("military", row != null ? row.military() : live != null && live.last().military());
        g.writeArrayFieldStart("points");
        for (PositionRow p : points) {
            g.writeStartArray();
            g.writeNumber(p.timeMs());
            g.writeNumber(TargetJson.round(p.lat(), 1e5));
            g.writeNumber(TargetJson.round(p.lon(), 1e5));
            if (p.altitudeFt() == null) {
                g.writeNull();
            } else {
                g.writeNumber(Math.round(p.altitudeFt()));
            }
            g.writeNumber(p.trackDeg() == null ? 0 : Math.round(p.trackDeg()));
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private Store requireStore() {
        if (store == null) {
            throw new ApiError(503, "this run keeps no store (started with --no-store)");
        }
        return store;
    }

    byte[] generate(Body body) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = mapper.getFactory().createGenerator(buf)) {
            body.write(g);
        }
        return buf.toByteArray();
    }

    /** Writes one JSON document. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }
}

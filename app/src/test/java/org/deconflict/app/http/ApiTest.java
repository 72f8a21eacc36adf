package org.deconflict.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.deconflict.ledger.Incident;
import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Parties;
import org.deconflict.ledger.Party;
import org.deconflict.ledger.Role;
import org.deconflict.ledger.SignedEntry;
import org.deconflict.ledger.Statement;
import org.deconflict.ledger.Submission;
import org.deconflict.ledger.merkle.ProofVerifier;
import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.ledger.note.SignedNote;

/**
 * Every endpoint against {@link TestScenario} run to its end through the real pipeline and store, with a ledger
 * in which a monitor filed the scenario's first incident: results, filters, bad parameters (400 with a message),
 * not-found cases, the readsb format, metrics, the live stream, tlog-tiles and statements (forged ones refused).
 */
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final NoteKeys.Signer LOG = signer("baltic-log");
    private static final NoteKeys.Signer MONITOR = signer("se-monitor");
    private static final NoteKeys.Signer RU = signer("ru-mod");

    @TempDir
    static Path dir;
    static Ledger ledger;
    static LiveRun run;
    static String filedIncidentId;

    @BeforeAll
    static void runScenario() throws Exception {
        Parties parties = new Parties("deconflict.test/baltic", LOG.verifier(), List.of(
                new Party(MONITOR.name(), MONITOR.verifier(), Role.MONITOR, "SE"),
                new Party(RU.name(), RU.verifier(), Role.PARTY, "RU")));
        ledger = Ledger.create(dir.resolve("ledger"), parties, signerString(LOG));
        run = new LiveRun(TestScenario.write(dir), 0, dir, new LedgerAccess(ledger), LiveRun.loopback()).start()
                .awaitEnd(240_000);
        JsonNode list = awaitIncidents();
        JsonNode first = list.get(0);
        filedIncidentId = first.get("id").asText();
        List<Incident.Participant> ps = new ArrayList<>();
        for (JsonNode p : first.get("participants")) {
            ps.add(new Incident.Participant(p.get("id").asText(), null, null, "aircraft"));
        }
        Incident inc = new Incident(filedIncidentId, first.get("kind").asText(), first.get("startMs").asLong(),
                first.get("endMs").asLong(), ps, first.get("minHorizontalM").asDouble(), null, List.of(),
                new Incident.Detector("deconflict-test", Map.of("horizontalSeparationM", 9260.0)));
        assertThat(ledger.fileIncident(inc, MONITOR).accepted()).isTrue();
    }

    @AfterAll
    static void stop() throws Exception {
        run.close();
        ledger.close();
    }

    private static JsonNode awaitIncidents() throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            JsonNode list = get("/api/incidents", 200).get("incidents");
            if (list.size() > 0 || System.currentTimeMillis() > deadline) {
                assertThat(list.size()).as("incidents of the test scenario").isPositive();
                return list;
            }
            Thread.sleep(200);
        }
    }

    @Test
    void healthAndOpenApi() throws Exception {
        assertThat(get("/health", 200).get("status").asText()).isEqualTo("UP");
        JsonNode api = get("/api/openapi.json", 200);
        assertThat(api.get("openapi").asText()).startsWith("3.");
        for (String path : List.of("/api/targets", "/api/targets/{id}", "/api/incidents", "/api/incidents/{id}",
                "/api/incidents/{id}/statements", "/api/compliance", "/api/stats", "/api/replay", "/api/live",
                "/data/aircraft.json", "/metrics", "/health", "/ledger/checkpoint", "/ledger/tile/{path}", "/ledger/parties",
                "/ledger/entries")) {
            assertThat(api.get("paths").has(path)).as(path).isTrue();
        }
    }

    @Test
    void targetsAndFilters() throws Exception {
        JsonNode all = get("/api/targets", 200);
        int total = all.get("count").asInt();
        assertThat(total).isGreaterThan(5);
        int ships = 0;
        int military = 0;
        for (JsonNode t : all.get("targets")) {
            ships += t.get("kind").asText().equals("ship") ? 1 : 0;
            military += t.get("military").asBoolean() ? 1 : 0;
        }
        JsonNode shipsOnly = get("/api/targets?kind=ship", 200);
        assertThat(shipsOnly.get("count").asInt()).isEqualTo(ships);
        shipsOnly.get("targets").forEach(t -> assertThat(t.get("kind").asText()).isEqualTo("ship"));
        JsonNode mil = get("/api/targets?military=true", 200);
        assertThat(mil.get("count").asInt()).isEqualTo(military).isPositive();
        mil.get("targets").forEach(t -> assertThat(t.get("military").asBoolean()).isTrue());
        JsonNode darkOnes = get("/api/targets?dark=true", 200);
        int dark = darkOnes.get("count").asInt();
        assertThat(darkOnes.get("targets").findValuesAsText("name")).containsExactly("RFF9311");   // off at 700 s of 900
        int lit = get("/api/targets?dark=false", 200).get("count").asInt();
        assertThat(dark + lit).isEqualTo(total);
        JsonNode area = get("/api/targets?area=54,10,56,14", 200);
        area.get("targets").forEach(t -> assertThat(t.get("lat").asDouble()).isBetween(54.0, 56.0));
        assertThat(get("/api/targets?q=sas1417", 200).get("targets").get(0).get("name").asText()).isEqualTo("SAS1417");
        assertThat(get("/api/targets?limit=3", 200).get("targets").size()).isEqualTo(3);
    }

    @Test
    void rowFormatCarriesTheSameTargets() throws Exception {
        JsonNode rows = get("/api/targets?format=rows&military=true", 200);
        JsonNode objects = get("/api/targets?military=true", 200);
        List<String> fields = new ArrayList<>();
        rows.get("fields").forEach(f -> fields.add(f.asText()));
        assertThat(fields).contains("id", "kind", "name", "military", "lat", "lon", "dark", "lastSeenMs");
        assertThat(rows.get("rows").size()).isEqualTo(objects.get("count").asInt()).isPositive();
        for (int i = 0; i < rows.get("rows").size(); i++) {
            JsonNode row = rows.get("rows").get(i);
            JsonNode obj = objects.get("targets").get(i);
            assertThat(row.size()).isEqualTo(fields.size());
            for (int f = 0; f < fields.size(); f++) {
                assertThat(row.get(f)).as(fields.get(f) + " of " + obj.get("id")).isEqualTo(obj.get(fields.get(f)));
            }
        }
    }

    @Test
    void badParametersAreClear400s() throws Exception {
        assertThat(error("/api/targets?military=maybe", 400)).contains("military");
        assertThat(error("/api/targets?kind=tank", 400)).contains("kind");
        assertThat(error("/api/targets?area=1,2,3", 400)).contains("area");
        assertThat(error("/api/targets?area=60,10,50,20", 400)).contains("minLat");
        assertThat(error("/api/targets?limit=0", 400)).contains("limit");
        assertThat(error("/api/targets/plane:123", 400)).contains("not a target id");
        assertThat(error("/api/targets?format=csv", 400)).contains("format");
        assertThat(error("/api/targets?format=rows,objects", 400)).contains("format");
        assertThat(error("/api/live?snapshot=perhaps", 400)).contains("snapshot");
        assertThat(error("/api/incidents?severity=Z", 400)).contains("severity");
        assertThat(error("/api/incidents?type=collision", 400)).contains("type");
        assertThat(error("/api/incidents?from=yesterday", 400)).contains("from");
        assertThat(error("/api/incidents?from=2000&to=1000", 400)).contains("before");
        assertThat(error("/api/compliance?day=03/03/2014", 400)).contains("day");
        assertThat(error("/api/replay?from=10&to=5", 400)).contains("before");
        assertThat(error("/api/replay?limit=0", 400)).contains("limit");
        assertThat(error("/api/replay?limit=lots", 400)).contains("limit");
        assertThat(error("/api/replay?area=54,12,57", 400)).contains("area");
        assertThat(error("/api/replay?ids=icao:4ab3c2&area=54,12,57,20", 400)).contains("ids");
        assertThat(error("/api/replay?ids=plane:1", 400)).contains("not a target id");
        assertThat(error("/ledger/tile/9/abc", 400)).contains("tlog-tiles");
        assertThat(error("/ledger/proof/inclusion?index=x&size=1", 400)).contains("index");
    }

    @Test
    void targetWithTrailAndNotFound() throws Exception {
        JsonNode sas = get("/api/targets?q=SAS1417", 200).get("targets").get(0);
        JsonNode one = get("/api/targets/" + sas.get("id").asText(), 200);
        assertThat(one.get("trail").size()).isGreaterThan(2);
        JsonNode p = one.get("trail").get(0);
        assertThat(p.get(1).asDouble()).isBetween(52.0, 67.0);
        assertThat(error("/api/targets/icao:000001", 404)).contains("icao:000001");
    }

    @Test
    void incidentsListFilterAndDetail() throws Exception {
        JsonNode list = get("/api/incidents", 200).get("incidents");
        for (JsonNode i : list) {
            String sev = i.get("severity").asText();
            JsonNode same = get("/api/incidents?severity=" + sev, 200).get("incidents");
            same.forEach(j -> assertThat(j.get("severity").asText()).isEqualTo(sev));
            assertThat(same.size()).isPositive();
        }
        JsonNode first = list.get(0);
        long start = first.get("startMs").asLong();
        assertThat(get("/api/incidents?to=" + (start - 600_000), 200).get("incidents").findValuesAsText("id"))
                .doesNotContain(first.get("id").asText());
        JsonNode detail = get("/api/incidents/" + filedIncidentId, 200);
        assertThat(detail.get("participants").size()).isGreaterThanOrEqualTo(1);
        assertThat(detail.get("participants").get(0).get("track").size()).isGreaterThan(2);
        assertThat(detail.get("thresholds").has("horizontalM")).isTrue();
        if (detail.get("participants").size() >= 2) {
            JsonNode sep = detail.get("separation");
            assertThat(sep.size()).isGreaterThan(2);
            double min = Double.MAX_VALUE;
            for (JsonNode s : sep) {
                min = Math.min(min, s.get(1).asDouble());
            }
            // sampled separation comes near the detector's minimum (stored positions are down-sampled)
            assertThat(min).isLessThan(detail.get("minHorizontalM").asDouble() + 3_000);
        }
        JsonNode led = detail.get("ledger");
        assertThat(led.get("index").asLong()).isZero();
        assertThat(led.get("inclusionVerified").asBoolean()).isTrue();
        assertThat(error("/api/incidents/no-such-incident", 404)).contains("no-such-incident");
    }

    @Test
    void complianceStatsReplay() throws Exception {
        JsonNode rows = get("/api/compliance", 200).get("rows");
        assertThat(rows.size()).isPositive();
        String day = rows.get(0).get("day").asText();
        assertThat(day).isEqualTo("2014-03-03");
        JsonNode r0 = rows.get(0);
        assertThat(r0.get("positionShare").asDouble() + r0.get("identityOnlyShare").asDouble()
                + r0.get("silentShare").asDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(get("/api/compliance?day=2014-03-04", 200).get("rows").size()).isZero();
        JsonNode stats = get("/api/stats", 200);
        assertThat(stats.get("inputs").get("modes.frames").asLong()).isPositive();
        assertThat(stats.get("inputs").get("ais.reports").asLong()).isPositive();
        assertThat(stats.get("rejects").size()).isPositive();
        assertThat(stats.get("store").get("incidents").asLong()).isPositive();
        JsonNode sas = get("/api/targets?q=SAS1417", 200).get("targets").get(0);
        long last = sas.get("lastSeenMs").asLong();
        JsonNode replay = get("/api/replay?ids=" + sas.get("id").asText() + "&from=" + (last - 600_000) + "&to=" + last, 200);
        JsonNode points = replay.get("targets").get(0).get("points");
        assertThat(points.size()).isGreaterThan(2);
        assertThat(points.get(0).get(0).asLong()).isGreaterThanOrEqualTo(last - 600_000);
        assertThat(replay.get("truncated").asBoolean()).isFalse();
        // without ids: every stored position in the area (the box around SAS1417, not the Gulf of Finland)
        String range = "&from=" + (last - 600_000) + "&to=" + last;
        double lat = sas.get("lat").asDouble();
        double lon = sas.get("lon").asDouble();
        JsonNode near = get("/api/replay?area=" + (lat - 0.5) + "," + (lon - 0.5) + "," + (lat + 0.5) + ","
                + (lon + 0.5) + range, 200);
        assertThat(near.get("targets").findValuesAsText("id")).contains(sas.get("id").asText());
        for (JsonNode t : near.get("targets")) {
            long prev = 0;
            for (JsonNode p : t.get("points")) {
                assertThat(p.get(0).asLong()).isBetween(Math.max(prev, last - 600_000), last);
                assertThat(p.get(1).asDouble()).isBetween(lat - 0.5, lat + 0.5);
                assertThat(p.get(2).asDouble()).isBetween(lon - 0.5, lon + 0.5);
                prev = p.get(0).asLong();
            }
        }
        // from the store, not the live picture: LOT3CX landed and expired early, yet its stored track replays
        assertThat(get("/api/targets?q=LOT3CX", 200).get("count").asInt()).isZero();
        long start = java.time.Instant.parse("2014-03-03T12:00:00Z").toEpochMilli();
        String early = "/api/replay?area=54,12,57,20&from=" + start + "&to=" + (start + 300_000);
        JsonNode past = get(early, 200);
        JsonNode lot = null;
        for (JsonNode t : past.get("targets")) {
            lot = t.get("id").asText().equals("icao:48a2c4") ? t : lot;
        }
        assertThat(lot).as("LOT3CX in the replay of the first five minutes").isNotNull();
        assertThat(lot.get("name").asText()).isEqualTo("LOT3CX");
        assertThat(lot.get("points").size()).isGreaterThan(2);
        assertThat(past.get("truncated").asBoolean()).isFalse();
        JsonNode cut = get(early + "&limit=3", 200);
        assertThat(cut.get("truncated").asBoolean()).isTrue();
        assertThat(cut.get("targets").findValues("points").stream().mapToInt(JsonNode::size).sum()).isEqualTo(3);
        assertThat(cut.get("coveredToMs").asLong()).isBetween(start, start + 300_000);
        assertThat(get("/api/replay?area=59.5,24,60.5,26" + range, 200).get("targets").size()).isZero();
    }

    @Test
    void readsbAircraftJson() throws Exception {
        JsonNode a = get("/data/aircraft.json", 200);
        assertThat(a.get("now").asDouble()).isGreaterThan(1.39e9);
        assertThat(a.get("messages").asLong()).isPositive();
        int aircraft = get("/api/targets?kind=aircraft", 200).get("count").asInt();
        assertThat(a.get("aircraft").size()).isEqualTo(aircraft);
        JsonNode sas = null;
        for (JsonNode ac : a.get("aircraft")) {
            assertThat(ac.get("hex").asText()).matches("~?[0-9a-f]{6}");
            if (ac.has("flight") && ac.get("flight").asText().trim().equals("SAS1417")) {
                sas = ac;
            }
        }
        assertThat(sas).isNotNull();
        assertThat(sas.get("hex").asText()).isEqualTo("4ab3c2");
        assertThat(sas.get("flight").asText()).hasSize(8);
        assertThat(sas.get("category").asText()).isEqualTo("A3");
        for (String f : List.of("alt_baro", "gs", "track", "lat", "lon", "seen", "seen_pos")) {
            assertThat(sas.has(f)).as(f).isTrue();
        }
    }

    @Test
    void prometheusMetrics() throws Exception {
        String text = text("/metrics", 200);
        assertThat(text).contains("deconflict_engine_modes_frames").contains("jvm_memory_used_bytes")
                .contains("deconflict_live_targets");
        String frames = text.lines().filter(l -> l.startsWith("deconflict_engine_modes_frames ")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(frames.split(" ")[1])).isPositive();
    }

    @Test
    void liveStreamStartsWithASnapshot() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(run.url("/api/live"))).build();
        HttpResponse<java.io.InputStream> res = HTTP.send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
        assertThat(res.headers().firstValue("content-encoding")).isEmpty();
        try (java.io.InputStream in = res.body()) {
            assertSnapshotFollows(in);
        }
        // compressed when asked (as browsers do): one gzip stream of frames compressed once for every client
        HttpRequest gz = HttpRequest.newBuilder(URI.create(run.url("/api/live"))).header("Accept-Encoding", "gzip")
                .build();
        HttpResponse<java.io.InputStream> zipped = HTTP.send(gz, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(zipped.headers().firstValue("content-encoding")).hasValue("gzip");
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(zipped.body())) {
            assertSnapshotFollows(in);
        }
        HttpRequest quiet = HttpRequest.newBuilder(URI.create(run.url("/api/live?snapshot=false"))).build();
        HttpResponse<java.io.InputStream> later = HTTP.send(quiet, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(later.body(), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).as("no snapshot, a comment").isEqualTo(": connected");
        }
    }

    /** A connected comment at once, then (within a second) a snapshot of every live target. */
    private static void assertSnapshotFollows(java.io.InputStream in) throws Exception {
        assertThat(line(in)).isEqualTo(": connected");
        assertThat(line(in)).isEmpty();
        assertThat(line(in)).isEqualTo("event: snapshot");
        String data = line(in);
        assertThat(data).startsWith("data: ");
        JsonNode snap = JSON.readTree(data.substring(6));
        assertThat(snap.get("fields").get(0).asText()).isEqualTo("id");
        assertThat(snap.get("rows").size()).isEqualTo(get("/api/targets", 200).get("count").asInt());
    }

    /**
     * One line, read byte by byte: a reader that buffers would wait for more than a live stream has sent (an
     * inflating stream reports bytes available until it ends).
     */
    private static String line(java.io.InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new java.io.EOFException("stream ended");
            }
            out.write(b);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ledgerTilesAndProofs() throws Exception {
        String note = text("/ledger/checkpoint", 200);
        Checkpoint cp = Checkpoint.parse(SignedNote.parse(note.getBytes(StandardCharsets.UTF_8)).text());
        assertThat(cp.size()).isGreaterThanOrEqualTo(1);
        HttpResponse<byte[]> tile = HTTP.send(HttpRequest.newBuilder(URI.create(run.url("/ledger/tile/0/000.p/"
                + cp.size()))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(tile.statusCode()).isEqualTo(200);
        assertThat(tile.body()).hasSize((int) cp.size() * 32);
        assertThat(error("/ledger/tile/0/999", 404)).contains("no tile");
        JsonNode proof = get("/ledger/proof/inclusion?index=0&size=" + cp.size(), 200);
        List<byte[]> hashes = new ArrayList<>();
        proof.get("hashes").forEach(h -> hashes.add(Base64.getDecoder().decode(h.asText())));
        assertThat(ProofVerifier.verifyInclusion(0, cp.size(), ledger.leafHash(0), hashes, cp.root()))
                .isEqualTo(ProofVerifier.Failure.OK);
    }

    @Test
    void statementsOnlyFromConfiguredParties() throws Exception {
        byte[] leaf = ledger.leafHash(0);
        Statement dispute = new Statement(Statement.Kind.DISPUTE, 0, leaf, "Our aircraft kept visual contact.", null,
                1_393_848_000_000L);
        String path = "/api/incidents/" + filedIncidentId + "/statements";

        HttpResponse<String> ok = post(path, SignedEntry.statement(dispute, RU));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(JSON.readTree(ok.body()).get("index").asLong()).isPositive();
        JsonNode led = get("/api/incidents/" + filedIncidentId, 200).get("ledger");
        assertThat(led.get("statements").findValuesAsText("party")).contains("ru-mod");
        assertThat(led.get("statements").findValuesAsText("text")).contains("Our aircraft kept visual contact.");

        HttpResponse<String> forged = post(path, SignedEntry.statement(dispute, NoteKeys.generate("ru-mod")));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(forged.body()).get("reason").asText()).isEqualTo("BAD_SIGNATURE");
        HttpResponse<String> stranger = post(path, SignedEntry.statement(dispute, NoteKeys.generate("xx-mod")));
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(stranger.body()).get("error").asText()).contains("unknown party");
        byte[] signed = SignedEntry.statement(dispute, RU);
        assertThat(post(path, signed).statusCode()).isEqualTo(201);
        assertThat(post(path, signed).statusCode()).isEqualTo(409);      // replay of the same signed bytes
        assertThat(post(path, "{not json".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        Statement wrongIndex = new Statement(Statement.Kind.COMMENT, 5, leaf, "x", null, 1L);
        assertThat(post(path, SignedEntry.statement(wrongIndex, RU)).statusCode()).isEqualTo(400);
        assertThat(post("/api/incidents/not-filed/statements", signed).statusCode()).isEqualTo(404);
        long accepted = get("/api/incidents/" + filedIncidentId, 200).get("ledger").get("statements").size();
        assertThat(accepted).isEqualTo(2);
        assertThat(ledger.submit(SignedEntry.statement(dispute, NoteKeys.generate("ru-mod"))))
                .isInstanceOf(Submission.Rejected.class);
    }

    // ---------- helpers ----------

    static JsonNode get(String path, int status) throws Exception {
        return JSON.readTree(text(path, status));
    }

    static String text(String path, int status) throws Exception {
        HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(URI.create(run.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(path + " → " + res.body()).isEqualTo(status);
        return res.body();
    }

    /** The error message of a refused request, after checking its status. */
    static String error(String path, int status) throws Exception {
        JsonNode e = get(path, status);
        assertThat(e.get("status").asInt()).isEqualTo(status);
        return e.get("error").asText();
    }

    static HttpResponse<String> post(String path, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(run.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static NoteKeys.Signer signer(String name) {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return NoteKeys.signerFromSeed(name, seed);
    }

    private static String signerString(NoteKeys.Signer s) {
        byte[] seed = ((java.security.interfaces.EdECPrivateKey) s.privateKey()).getBytes().orElseThrow();
        return NoteKeys.signerString(s.name(), seed, s.publicKey());
    }
}

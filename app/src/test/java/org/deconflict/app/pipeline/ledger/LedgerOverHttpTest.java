package org.deconflict.app.pipeline.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.deconflict.app.http.LedgerServer;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.event.Severity;
import org.deconflict.ledger.Corroboration;
import org.deconflict.ledger.FiledIncident;
import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Party;
import org.deconflict.ledger.Rejection;
import org.deconflict.ledger.Role;
import org.deconflict.ledger.SignedEntry;
import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.ledger.remote.LogClient;
import org.deconflict.sim.SimOptions;
import org.deconflict.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several parties, one record, over HTTP: node A (SE) keeps the shared ledger and serves it on loopback; node B (PL),
 * with other receivers, files its signed incidents into its own ledger and from there into A's over HTTP, checking each
 * inclusion proof. B starts while A is not yet serving, so everything it files first waits and is retried. In A's one
 * record, the encounters both nodes saw are linked with both parties named; forged and unknown signers are refused
 * with their typed reason; a retried entry gets its original index; answers under the wrong key are not believed.
 */
class LedgerOverHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nodeBFilesIntoNodeAsLogOverHttp(@TempDir Path tmp) throws Exception {
        Scenario scripted = Node.demoEncountersOnly();
        SimOptions allOn = Node.allOn(scripted);

        NoteKeys.Signer seKey = NoteKeys.generate("se-node");
        NoteKeys.Signer plKey = NoteKeys.generate("pl-node");
        // A's ledger is the shared record: both nodes are monitors there; B also keeps its own (its outbox)
        Node a = new Node("A", seKey, TestLedgers.create(tmp.resolve("a"), "deconflict/baltic", List.of(
                new Party("se-node", seKey.verifier(), Role.MONITOR, "SE"), new Party("pl-node", plKey.verifier(), Role.MONITOR, "PL"))));
        Node b = new Node("B", plKey, TestLedgers.create(tmp.resolve("b"), "deconflict/pl-node", List.of(
                new Party("pl-node", plKey.verifier(), Role.MONITOR, "PL"))));
        int port = freePort();
        String url = "http://localhost:" + port;
        List<LedgerServer> servers = Collections.synchronizedList(new ArrayList<>());
        try (Ledger la = a.ledger; Ledger lb = b.ledger) {
            a.run(scripted, allOn, SeveralPartiesOneRecordTest.NODE_A_RECEIVERS);
            String logKey = la.parties().logKey().encoded();
            LedgerSink sinkB = b.run(scripted, allOn, SeveralPartiesOneRecordTest.NODE_B_RECEIVERS,
                    sink -> sink.forwardTo(url, logKey),
                    sink -> {
                        assertThat(sink.forwarder().filed()).as("nothing filed while A is not serving").isZero();
                        assertThat(sink.forwarder().pending()).isPositive();
                        servers.add(LedgerServer.start(la, "localhost", port));
                        assertThat(sink.forwarder().awaitCaughtUp(Duration.ofSeconds(90))).as("B caught up with A's log").isTrue();
                    });
            try {
                List<String> dueB = b.raised.stream().filter(i -> i.severity().atLeast(Severity.C)).map(Incident::id).toList();
                assertThat(dueB).isNotEmpty();
                assertThat(lb.incidents()).extracting(f -> f.incident().id()).containsExactlyInAnyOrderElementsOf(dueB);
                List<FiledIncident> inA = la.incidents();
                assertThat(inA.stream().filter(f -> f.filer().equals("pl-node")).map(f -> f.incident().id()))
                        .as("B's incidents in A's log").containsExactlyInAnyOrderElementsOf(dueB);
                assertThat(sinkB.forwarder().filed()).isEqualTo(dueB.size());
                assertThat(sinkB.forwarder().pending()).isZero();
                assertThat(sinkB.counters()).anySatisfy(c -> {
                    assertThat(c.name()).isEqualTo("ledger.remote.failed-attempts");
                    assertThat(c.value()).as("attempts while A was down").isPositive();
                });
                assertThat(b.warnings).noneMatch(w -> w.contains("does NOT verify") || w.contains("refuses"));

                // one record: what both saw is linked, naming both parties, all in A's log
                List<Corroboration.Group> groups = Corroboration.link(inA, Corroboration.Criteria.defaults());
                List<Corroboration.Group> rc135 = groups.stream().filter(g -> g.corroborated()
                        && g.members().stream().allMatch(m -> targets(m).equals(Set.of("icao:ae01c5", "icao:155027")))).toList();
                assertThat(rc135).isNotEmpty();
                for (Corroboration.Group g : rc135) {
                    assertThat(g.parties()).containsExactlyInAnyOrder("se-node", "pl-node");
                    assertThat(g.nations()).containsExactlyInAnyOrder("SE", "PL");
                    assertThat(g.members()).extracting(FiledIncident::origin).containsOnly("deconflict/baltic");
                }
                assertThat(groups.stream().filter(g -> g.members().stream().anyMatch(m ->
                        targets(m).equals(Set.of("icao:4ab3c2", "icao:15b020")))).toList())
                        .as("the Malmö encounter only A heard").allSatisfy(g -> assertThat(g.corroborated()).isFalse());

                checkRefusalsAndRetries(url, la, inA);

                // the cursor is durable: a later forwarder on B's ledger has nothing left to send
                try (LedgerForwarder again = LedgerForwarder.start(lb, plKey, url, null, b.warnings::add)) {
                    assertThat(again.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
                    assertThat(again.pending()).isZero();
                    assertThat(again.filed()).isZero();
                }
                assertThat(Files.readString(lb.directory().resolve("remote/localhost_" + port + "_ledger/log.vkey")))
                        .startsWith(logKey + "\n");
                la.publishCheckpoint();
                assertThat(Ledger.verify(la.directory()).ok()).isTrue();
                assertThat(Ledger.verify(lb.directory()).ok()).isTrue();
            } finally {
                servers.forEach(LedgerServer::close);
            }
        }
    }

    private static void checkRefusalsAndRetries(String url, Ledger la, List<FiledIncident> inA) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI entries = URI.create(url + "/ledger/entries");
        long sizeBefore = la.size();
        FiledIncident someB = inA.stream().filter(f -> f.filer().equals("pl-node")).findFirst().orElseThrow();

        // a forgery in B's name, a signer A does not know, and bytes that are no entry: refused with their reason
        byte[] forged = SignedEntry.incident(someB.incident(), NoteKeys.generate("pl-node"));
        assertRefused(http, entries, forged, 403, Rejection.BAD_SIGNATURE);
        assertRefused(http, entries, SignedEntry.incident(someB.incident(), NoteKeys.generate("ru-node")), 403, Rejection.UNKNOWN_PARTY);
        assertRefused(http, entries, "{\"body\":1}".getBytes(), 400, Rejection.MALFORMED);
        assertThat(la.size()).as("nothing refused was appended").isEqualTo(sizeBefore);

        // B retries an entry whose answer it lost: same index, a proof, nothing appended
        byte[] again = la.entry(someB.index());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(entries).POST(HttpRequest.BodyPublishers.ofByteArray(again)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("index").asLong()).isEqualTo(someB.index());
        assertThat(la.size()).isEqualTo(sizeBefore);

        // the same answer is proven under the real log key, and not believed under another key or against a fork
        URI root = LogClient.logRoot(url);
        String origin = la.parties().origin();
        LogClient honest = new LogClient(root, la.parties().logKey(), origin, null, http, Duration.ofSeconds(10));
        LogClient.Outcome ok = honest.submit(again);
        assertThat(ok).isInstanceOfSatisfying(LogClient.Outcome.Filed.class, f -> assertThat(f.index()).isEqualTo(someB.index()));
        LogClient wrongKey = new LogClient(root, NoteKeys.generate("deconflict-baltic-log").verifier(), origin, null, http,
                Duration.ofSeconds(10));
        assertThat(wrongKey.submit(again)).isInstanceOf(LogClient.Outcome.Untrusted.class);
        Checkpoint seen = ((LogClient.Outcome.Filed) ok).checkpoint();
        Checkpoint fork = new Checkpoint(origin, seen.size(), new byte[32]);
        LogClient forked = new LogClient(root, la.parties().logKey(), origin, fork, http, Duration.ofSeconds(10));
        assertThat(forked.submit(again)).isInstanceOfSatisfying(LogClient.Outcome.Untrusted.class,
                u -> assertThat(u.why()).contains("forked"));
    }

    private static void assertRefused(HttpClient http, URI entries, byte[] body, int status, Rejection reason)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(entries).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode j = JSON.readTree(r.body());
        assertThat(j.get("reason").asText()).isEqualTo(reason.name());
        assertThat(j.get("error").asText()).startsWith("entry rejected: ");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Set<String> targets(FiledIncident f) {
        return f.incident().participants().stream().map(p -> p.targetId()).collect(Collectors.toSet());
    }
}

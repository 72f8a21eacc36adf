package org.deconflict.app.pipeline.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.engine.event.Severity;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.ledger.FiledIncident;
import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the sink reports as filed is in the ledger even when the process dies: a child node creating its default
 * ledger is killed with SIGKILL mid-stream; every receipt it printed must be in the reopened ledger at its index with
 * its leaf hash, and the ledger must verify. A second node run on the same directory reuses the keys and closes cleanly.
 */
class FiledSurvivesCrashTest {

    private static final int RECEIPTS_BEFORE_KILL = 25;
    private static final int SIGKILL_EXIT = 128 + 9;

    record Reported(long index, String leafHex, String id) {
    }

    @Test
    void everyReportedFilingSurvivesAKillAndTheLedgerVerifies(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("data").resolve("ledger");
        List<Reported> reported = runAndKill(dir);
        assertThat(reported).hasSizeGreaterThanOrEqualTo(RECEIPTS_BEFORE_KILL);
        assertThat(Files.getPosixFilePermissions(dir.resolve(NodeLedger.NODE_KEY_FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir.resolve(Ledger.LOG_KEY_FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        String nodeVerifier;
        try (Ledger ledger = NodeLedger.open(dir).ledger()) {
            nodeVerifier = ledger.parties().find("se-node").orElseThrow().key().encoded();
            assertThat(ledger.parties().find("se-node").orElseThrow().role()).isEqualTo(Role.MONITOR);
            checkReported(ledger, reported);
            // severity E incidents (every fourth) were not filed
            assertThat(ledger.incidents()).noneMatch(f -> idNumber(f) % 4 == 3);
            ledger.publishCheckpoint();
            assertThat(Ledger.verify(dir).ok()).as(Ledger.verify(dir).toString()).isTrue();
        }

        // a second run on the same directory: same keys, files more, closes cleanly
        List<LedgerSink.Receipt> more = new ArrayList<>();
        EngineCore core = EngineCore.withDefaults(new ReceiverRegistry(), new ReceiverNames());
        List<String> warnings = new ArrayList<>();
        LedgerSink sink = LedgerSink.open(dir, "ignored-when-present", "XX", core,
                LedgerSink.Config.defaults().withMinSeverity(Severity.A).withOnFiled(more::add).withWarn(warnings::add));
        core.addListener(sink);
        long before = sink.ledger().size();
        for (int n = 0; n < 5; n++) {
            sink.onEvent(LedgerSinkTest.lowPass("second-" + n, Severity.A, LedgerSinkTest.T0 + n * LedgerSinkTest.S));
        }
        core.finish();
        sink.close();
        assertThat(warnings).isEmpty();
        assertThat(more).hasSize(5);
        try (Ledger ledger = Ledger.open(dir)) {
            assertThat(ledger.size()).isEqualTo(before + 5);
            assertThat(ledger.parties().find("se-node").orElseThrow().key().encoded()).isEqualTo(nodeVerifier);
            for (LedgerSink.Receipt r : more) {
                assertThat(ledger.leafHash(r.index())).isEqualTo(r.leafHash());
            }
            checkReported(ledger, reported);
        }
        assertThat(Ledger.verify(dir).ok()).isTrue();
    }

    private static void checkReported(Ledger ledger, List<Reported> reported) throws Exception {
        List<FiledIncident> incidents = ledger.incidents();
        for (Reported r : reported) {
            assertThat(r.index()).isLessThan(ledger.size());
            assertThat(HexFormat.of().formatHex(ledger.leafHash(r.index()))).as("leaf %d", r.index()).isEqualTo(r.leafHex());
            assertThat(incidents).anySatisfy(f -> {
                assertThat(f.index()).isEqualTo(r.index());
                assertThat(f.incident().id()).isEqualTo(r.id());
            });
        }
    }

    private static long idNumber(FiledIncident f) {
        String id = f.incident().id();
        return Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
    }

    private static List<Reported> runAndKill(Path dir) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path err = Files.createTempFile("filing-child", ".err");
        Process child = new ProcessBuilder(java, "-Xmx128m", "-cp", cp, FilingChild.class.getName(), dir.toString(), "crash")
                .redirectError(err.toFile()).start();
        List<Reported> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("child start (stderr: %s)", Files.readString(err)).isEqualTo("READY");
            String line;
            while (reported.size() < RECEIPTS_BEFORE_KILL && (line = out.readLine()) != null) {
                reported.add(parse(line));
            }
            assertThat(reported).as("receipts before the child ended (stderr: %s)", Files.readString(err))
                    .hasSize(RECEIPTS_BEFORE_KILL);
            child.toHandle().destroyForcibly();     // SIGKILL: no shutdown hooks, nothing flushed or closed
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            while ((line = out.readLine()) != null) {
                if (line.startsWith("FILED ")) {
                    reported.add(parse(line));
                }
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(SIGKILL_EXIT);
        assertThat(Files.readString(err)).contains("ledger: created").contains("node.key").contains("mode 600");
        Files.deleteIfExists(err);
        return reported;
    }

    private static Reported parse(String line) {
        String[] f = line.split(" ");
        assertThat(f).hasSize(4);
        assertThat(f[0]).isEqualTo("FILED");
        return new Reported(Long.parseLong(f[1]), f[2], f[3]);
    }
}

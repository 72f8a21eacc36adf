package org.deconflict.ledger.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.ledger.note.SignedNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an appending child JVM with SIGKILL at random moments, many times; after every restart the log opens, verifies,
 * and holds every entry the child saw acknowledged.
 */
class CrashRecoveryTest {

    private static final int ROUNDS = 12;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEntrySurvivesSigkill() throws Exception {
        NoteKeys.Signer logKey = NoteKeys.generate("crash-test-log");
        Random rnd = new Random(20261122);
        Map<Long, byte[]> acked = new HashMap<>();
        long totalAcked = 0;
        long totalCut = 0;
        for (int round = 0; round < ROUNDS; round++) {
            ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), CrashAppender.class.getName(), dir.toString(), Integer.toString(round));
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process child = pb.start();
            long killAfterAcks = 1 + rnd.nextInt(4000);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                String line;
                long seen = 0;
                while ((line = out.readLine()) != null) {
                    if (!line.startsWith("ACK ")) {
                        continue;
                    }
                    String[] f = line.split(" ");
                    acked.put(Long.parseLong(f[1]), CrashAppender.content(Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])));
                    if (++seen >= killAfterAcks) {
                        child.toHandle().destroyForcibly(); // SIGKILL, no shutdown hooks; unlike Process.destroyForcibly it keeps our end of the pipe open
                        break;
                    }
                }
                // drain what the child printed before it died: those acknowledgements count too
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        String[] f = line.split(" ");
                        acked.put(Long.parseLong(f[1]), CrashAppender.content(Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])));
                    }
                }
            }
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            totalAcked = acked.size();

            try (TileLog log = TileLog.open(dir)) {
                totalCut += log.recoveredTruncatedBytes();
                for (Map.Entry<Long, byte[]> e : acked.entrySet()) {
                    assertThat(Long.compareUnsigned(e.getKey(), log.size())).as("acked index %d within size %d", e.getKey(), log.size()).isLessThan(0);
                    assertThat(log.entry(e.getKey())).as("entry %d", e.getKey()).isEqualTo(e.getValue());
                }
                long size = log.size();
                log.persistTilesFor(size);
                SignedNote note = SignedNote.sign(new Checkpoint("crash-test", size, log.root(size)).text(), logKey);
                Durable.replace(dir.resolve("checkpoint"), note.encode());
            }
            LogVerifier.Report report = new LogVerifier(new DirectoryTileSource(dir), logKey.verifier(), "crash-test", List.of(), null).verify();
            assertThat(report.ok()).as(report.toString()).isTrue();
        }
        assertThat(totalAcked).isGreaterThan(ROUNDS);
        try (java.util.stream.Stream<Path> segments = java.nio.file.Files.list(dir.resolve("journal"))) {
            // segments are rotated every 700 entries; old ones must have been dropped once their tiles were durable
            assertThat(segments.count()).isLessThan(totalAcked / 700 / 2);
        }
        System.out.println("crash test: " + ROUNDS + " SIGKILLs, " + totalAcked + " acknowledged entries kept, " + totalCut + " torn journal bytes cut");
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

}

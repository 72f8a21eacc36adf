package org.deconflict.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Kills a writing child JVM ({@link CrashChild}) with SIGKILL, twice, and checks the store afterwards: every batch
 * the child reported as committed is there in full, the progress marker names the last complete batch, nothing
 * beyond the marker except possibly the first transaction of the next batch, and the second run resumed from the
 * marker without duplicating anything.
 */
final class CrashCheck {

    /** Committed batches to wait for before each kill. */
    private static final int BATCHES_BEFORE_KILL = 4;
    private static final int SIGKILL_EXIT = 128 + 9;

    private CrashCheck() {
    }

    static void run(String location) throws Exception {
        long reported1 = runAndKill(location, 1);
        long marker1 = checkStore(location, reported1);
        long reported2 = runAndKill(location, marker1 + 1);
        checkStore(location, reported2);
    }

    /** Runs the child until it reported {@link #BATCHES_BEFORE_KILL} commits, kills it; returns the last reported. */
    private static long runAndKill(String location, long expectedResume) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path err = Files.createTempFile("crash-child", ".err");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", cp, CrashChild.class.getName(), location)
                .redirectError(err.toFile()).start();
        long lastReported = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertThat(first).as("child start (stderr: %s)", stderr(err)).isEqualTo("RESUMED " + expectedResume);
            int seen = 0;
            String line;
            while (seen < BATCHES_BEFORE_KILL && (line = out.readLine()) != null) {
                assertThat(line).startsWith("COMMITTED ");
                lastReported = Long.parseLong(line.substring("COMMITTED ".length()));
                assertThat(lastReported).isEqualTo(expectedResume + seen);
                seen++;
            }
            assertThat(seen).as("commits reported before the child ended (stderr: %s)", stderr(err))
                    .isEqualTo(BATCHES_BEFORE_KILL);
            // SIGKILL on Linux: no shutdown hooks, no flush (the handle, unlike Process, leaves our pipe open)
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // lines the child printed before dying were reported too
            while ((line = out.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) {
                    lastReported = Long.parseLong(line.substring("COMMITTED ".length()));
                }
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(SIGKILL_EXIT);
        Files.deleteIfExists(err);
        return lastReported;
    }

    /** Checks the invariants after a kill; returns the batch number in the progress marker. */
    private static long checkStore(String location, long lastReported) {
        try (Store store = Store.open(location)) {
            Optional<ReplayProgress> progress = store.progress(CrashChild.INPUT);
            assertThat(progress).isPresent();
            long marker = progress.get().byteOffset() / CrashChild.BYTES_PER_BATCH;
            assertThat(progress.get().byteOffset() % CrashChild.BYTES_PER_BATCH).isZero();
            assertThat(marker).as("marker covers every reported batch").isGreaterThanOrEqualTo(lastReported);
            assertThat(progress.get().lastEventTimeMs()).isEqualTo(StoreContractTests.T0 + marker);
            for (long b = 1; b <= marker; b++) {
                assertThat(store.track("crash:" + b, 0, Long.MAX_VALUE)).as("positions of batch %d", b)
                        .hasSize(CrashChild.POSITIONS_PER_BATCH);
            }
            List<EventRow> events = store.events(0, Long.MAX_VALUE, "crash-test");
            assertThat(events).hasSize((int) marker);
            int next = store.track("crash:" + (marker + 1), 0, Long.MAX_VALUE).size();
            assertThat(next).as("positions of the batch after the marker: none or its first transaction")
                    .isIn(0, CrashChild.WRITER_BATCH_ROWS);
            assertThat(store.track("crash:" + (marker + 2), 0, Long.MAX_VALUE)).isEmpty();
            assertThat(store.rowCounts().get("positions"))
                    .isEqualTo(marker * CrashChild.POSITIONS_PER_BATCH + next);
            return marker;
        }
    }

    private static String stderr(Path err) {
        try {
            return Files.readString(err);
        } catch (IOException e) {
            return "(unreadable)";
        }
    }
}

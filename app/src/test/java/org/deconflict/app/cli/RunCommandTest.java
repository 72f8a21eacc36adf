package org.deconflict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.deconflict.app.input.ReplayClock;
import org.deconflict.app.pipeline.Pipeline;
import org.deconflict.app.pipeline.SimulationFeed;
import org.deconflict.app.pipeline.feed.FeedFixtures;
import org.deconflict.app.pipeline.feed.SbsLines;
import org.deconflict.app.store.IncidentQuery;
import org.deconflict.app.store.IncidentRow;
import org.deconflict.app.store.PositionRow;
import org.deconflict.app.store.Store;
import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.sim.Simulation;
import org.deconflict.sim.out.LiveOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deconflict run} over real loopback sockets: the simulator serves Beast on TCP and sends AIS as UDP datagrams,
 * the command decodes them on its input threads and feeds its engine thread; the incidents and encounters it stores
 * equal those of the same scenario run in process.
 */
class RunCommandTest {

    /** Scenario seconds per wall second for the live stream (200 s of traffic in about 8 s). */
    private static final double SPEED = 25;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void liveSocketsGiveTheSameIncidentsAsTheInProcessRun() throws Exception {
        Simulation sim = FeedFixtures.scenario("crossing");
        Path inProcess = dir.resolve("inprocess.db");
        try (Pipeline p = Pipeline.builder(SimulationFeed.receivers(sim), SimulationFeed.receiverNames(sim))
                .store(inProcess.toString()).build()) {
            new SimulationFeed(sim, new ReplayClock(0)).run(p.core());
        }

        int udpPort = freeUdpPort();
        Path live = dir.resolve("live.db");
        AtomicInteger rc = new AtomicInteger(-1);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (LiveOutput out = new LiveOutput("tcp://127.0.0.1:0", "udp://127.0.0.1:" + udpPort,
                sim.scenario().startNanos())) {
            String start = Instant.ofEpochSecond(0, sim.scenario().startNanos()).toString();
            Thread run = new Thread(() -> rc.set(Main.commandLine()
                    .setErr(new java.io.PrintWriter(err, true))
                    .execute("run", "--beast", "127.0.0.1:" + out.beastPort(), "--ais", "udp://127.0.0.1:" + udpPort,
                            "--receiver", "1:55.13,14.92,160", "--start", start, "--db", live.toString(), "--no-web", "--no-ledger")),
                    "run-command");
            run.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while ((out.clientCount() == 0 || !udpBound(udpPort)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(out.clientCount()).as("run connected to the Beast server").isEqualTo(1);
            assertThat(udpBound(udpPort)).as("run listens for AIS").isTrue();
            ReplayClock clock = new ReplayClock(SPEED);
            sim.run((rx, t, protocol, buf, off, len, signal) -> {
                try {
                    clock.pace(t);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                out.accept(rx, t, protocol, buf, off, len, signal);
            }, null);
            Thread.sleep(1_000); // the last bytes cross the loopback
            run.interrupt(); // as Ctrl-C: stop the inputs, drain the queue, flush the store
            run.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(run.isAlive()).isFalse();
        }
        assertThat(rc.get()).as(err.toString(StandardCharsets.UTF_8)).isZero();

        List<String> expected = incidents(inProcess);
        assertThat(expected).as("the scenario has incidents").isNotEmpty();
        assertThat(incidents(live)).isEqualTo(expected);
        assertThat(encounters(live)).isEqualTo(encounters(inProcess)).isNotEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anSbsFeedIsReadStoredAndTracked() throws Exception {
        long now = System.currentTimeMillis();
        String lines = SbsLines.flight(0x4840D6, "KLM1023", now - 10_000, 10) + "MSG,3,a malformed record\r\n";
        Path db = dir.resolve("sbs.db");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            Thread feeder = new Thread(() -> {
                try (java.net.Socket s = server.accept(); java.io.OutputStream out = s.getOutputStream()) {
                    out.write(lines.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    done.await(30, TimeUnit.SECONDS); // stay connected like a feeder until the run stops
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "sbs-feeder");
            feeder.start();
            java.io.PrintStream oldErr = System.err;
            try {
                System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
                code = Main.commandLine().execute("run", "--sbs", "127.0.0.1:" + server.getLocalPort(), "--db",
                        db.toString(), "--no-web", "--no-ledger", "--stop-after", "3", "--status-every", "1");
            } finally {
                System.setErr(oldErr);
            }
            done.countDown();
            feeder.join(5_000);
        }
        String out = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        // the malformed record is counted for its input: in the periodic status, the input's summary line and the
        // counters the stats API reads
        String input = "sbs@127\\.0\\.0\\.1:\\d+";
        assertThat(out).containsPattern("run: status: [\\d,]+ items to the engine .*rejected: " + input + " 1\\n")
                .containsPattern("input " + input + " +[\\d,]+ bytes, 1 connects, 1 rejected, 0 errors")
                .containsPattern("input\\." + input + "\\.rejected +1\\n");
        String key = TargetKey.icao(0x4840D6, AddressType.ICAO).toString();
        try (Store s = Store.open(db.toString())) {
            assertThat(s.target(key)).as("the SBS target is stored").isPresent();
            List<PositionRow> track = s.track(key, 0, Long.MAX_VALUE / 2);
            assertThat(track).as("its positions").isNotEmpty().allSatisfy(p -> {
                assertThat(p.lat()).isEqualTo(52.0);
                assertThat(p.lon()).isBetween(SbsLines.lonDeg(0), SbsLines.lonDeg(9));
                assertThat(p.timeMs()).isBetween(now - 10_000, now - 1_000);
            });
        }
    }

    @Test
    void anUnreachableReceiverIsOneLineAndExitOne() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("run", "--beast", "127.0.0.1:" + port, "--no-store", "--no-ledger");
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(1);
        List<String> ours = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("run:")).toList();
        assertThat(ours).singleElement().asString().startsWith("run: cannot reach beast@127.0.0.1:" + port);
    }

    @Test
    void aBadReceiverOptionIsOneLineAndExitTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("run", "--beast", "localhost", "--receiver", "1:91,12", "--no-store", "--no-ledger");
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("run: --receiver 1:91,12:")
                .doesNotContain("\n");
    }

    /** Incident kind and participants, one line each, sorted. */
    private static List<String> incidents(Path db) {
        try (Store s = Store.open(db.toString())) {
            TreeSet<String> out = new TreeSet<>();
            for (IncidentRow r : s.incidents(IncidentQuery.between(0, Long.MAX_VALUE / 2))) {
                out.add(r.kind() + " " + new TreeSet<>(r.participants().stream()
                        .map(IncidentRow.Participant::targetKey).toList()));
            }
            return List.copyOf(out);
        }
    }

    /** The pairs of every opened encounter, sorted. */
    private static List<String> encounters(Path db) {
        try (Store s = Store.open(db.toString())) {
            return s.events(0, Long.MAX_VALUE / 2, "encounter-opened").stream()
                    .map(e -> new TreeSet<>(e.targetKeys()).toString()).sorted().toList();
        }
    }

    private static int freeUdpPort() throws SocketException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean udpBound(int port) {
        try (DatagramSocket s = new DatagramSocket(port)) {
            return false;
        } catch (BindException e) {
            return true;
        } catch (SocketException e) {
            return false;
        }
    }
}

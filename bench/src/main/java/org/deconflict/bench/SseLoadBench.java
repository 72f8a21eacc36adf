package org.deconflict.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.deconflict.app.http.WebConfig;
import org.deconflict.app.http.WebServer;
import org.deconflict.app.input.ReplayClock;
import org.deconflict.app.pipeline.Pipeline;
import org.deconflict.app.pipeline.feed.ReplayRunner;
import org.deconflict.bench.web.DayRecordings;
import org.deconflict.bench.web.SseClients;

/**
 * The live stream under load on loopback, as issue #8 sets it: 200 clients read {@code /api/live} (20 more connect and
 * never read) while a recorded window of baltic-day replays through the whole pipeline (framing, decoding, dedupe,
 * tracking, detection, the web server's live picture) at a fixed {@value #PACED_FPS} frames/s, more than the 100 k
 * frames/s asked for. Is that rate held with the clients as without them, at what CPU cost per frame to the ingest
 * thread, and does the heap stay flat? {@code ours} is the paced ingest rate with gzip readers, {@code peer} the same
 * replay without clients (medians of frames per wall second).
 * <p>
 * Also printed: the same replays unpaced, i.e. what the clients cost when ingest runs flat out and competes with them
 * for the machine's cores (without --quick a third replay per round has plain-text readers), and a replay with no web
 * server at all, so the live picture's own cost on ingest is seen. Readers ask for gzip as browsers do.
 */
public final class SseLoadBench {

    /** The paced replay rate: 2.5 times the 100 k frames/s of issue #8's load test. */
    private static final int PACED_FPS = 250_000;
    private static final int READERS = 200;
    private static final int STALLED = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SseLoadBench() {
    }

    /** Who reads the live stream during a replay; NO_WEB runs the pipeline with no web server (no live picture). */
    private enum Clients { NONE, GZIP, PLAIN, NO_WEB }

    private record Round(Clients mode, boolean paced, long frames, double wallS, double cpuS, double processCpuS,
                         double clientCpuS, long heapStartMb, long heapEndMb,
                         long sseFrames, long dropped, long clientFrames, long clientBytes, int readersWithTargets,
                         int readersClosed) {
        double fps() {
            return frames / wallS;
        }

        double cpuFps() {
            return frames / cpuS;
        }

        boolean clients() {
            return mode == Clients.GZIP || mode == Clients.PLAIN;
        }

        @Override
        public String toString() {
            String base = String.format(Locale.ROOT, "%s%-15s %,9d frames in %5.2f s = %,8.0f frames/s (%,8.0f per "
                            + "ingest-thread CPU s); process CPU %.1f s (clients' own reading %.1f s); heap after GC "
                            + "%d → %d MB; %d SSE frames built",
                    paced ? "paced   " : "unpaced ", switch (mode) {
                        case NONE -> "without clients:";
                        case GZIP -> "gzip readers:";
                        case PLAIN -> "plain readers:";
                        case NO_WEB -> "no web server:";
                    }, frames, wallS, fps(), cpuFps(), processCpuS,
                    clientCpuS, heapStartMb, heapEndMb, sseFrames);
            return !clients() ? base : base + String.format(Locale.ROOT, "; readers got %,d frames (%,.1f MB), %d of %d "
                    + "got targets, %d closed; %d clients dropped", clientFrames, clientBytes / 1e6,
                    readersWithTargets, READERS, readersClosed, dropped);
        }
    }

    public static void main(String[] args) throws Exception {
        boolean quick = BenchResult.quick(args);
        int windowS = quick ? 16 : 40;                     // quick: each replay spans a few targets frames
        long g0 = System.nanoTime();
        DayRecordings day = new DayRecordings(windowS);
        System.out.printf(Locale.ROOT, "baltic-day from 07:00 UTC, %d s window: %,d frames (%,d bytes) generated "
                + "into memory in %.1f s%n", windowS, day.frames(), day.bytes(), (System.nanoTime() - g0) / 1e9);
        replay(day, Clients.NONE);                          // warm-up: JIT and class loading of every path used
        replay(day, Clients.GZIP);
        int rounds = quick ? 2 : 4;
        List<Round> gzip = new ArrayList<>();
        List<Round> plain = new ArrayList<>();
        List<Round> without = new ArrayList<>();
        List<Round> noWeb = new ArrayList<>();
        // --quick leaves the plain-text readers out to stay within a minute on a busy machine
        Clients[] order = quick ? new Clients[] {Clients.NONE, Clients.GZIP, Clients.NO_WEB} : Clients.values();
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < order.length; k++) {
                Clients mode = order[(r + k) % order.length];
                Round round = replay(day, mode);
                System.out.println(round);
                (switch (mode) {
                    case NONE -> without;
                    case GZIP -> gzip;
                    case PLAIN -> plain;
                    case NO_WEB -> noWeb;
                }).add(round);
                check(round);
            }
        }
        double ours = median(gzip, Round::fps);
        double peer = median(without, Round::fps);
        double oursCpu = median(gzip, Round::cpuFps);
        double peerCpu = median(without, Round::cpuFps);
        System.out.printf(Locale.ROOT, "unpaced, median ingest: %,.0f frames/s with %d gzip readers + %d stalled clients, %,.0f "
                        + "without (ratio %.3f); per ingest-thread CPU second %,.0f vs %,.0f (ratio %.3f); "
                        + "heap after GC at the end: %d MB with clients, %d MB without%n", ours, READERS, STALLED,
                peer, ours / peer, oursCpu, peerCpu, oursCpu / peerCpu,
                gzip.get(gzip.size() - 1).heapEndMb, without.get(without.size() - 1).heapEndMb);
        if (!plain.isEmpty()) {
            System.out.printf(Locale.ROOT, "plain-text readers: %,.0f frames/s (ratio %.3f), per ingest-thread CPU "
                            + "second %,.0f (ratio %.3f)%n", median(plain, Round::fps), median(plain, Round::fps) / peer,
                    median(plain, Round::cpuFps), median(plain, Round::cpuFps) / peerCpu);
        }
        System.out.printf(Locale.ROOT, "the live picture's cost on ingest: %,.0f frames/s with a web server and no "
                        + "clients against %,.0f with no web server (ratio %.3f); per ingest-thread CPU second %,.0f vs "
                        + "%,.0f (ratio %.3f)%n", peer, median(noWeb, Round::fps), peer / median(noWeb, Round::fps),
                peerCpu, median(noWeb, Round::cpuFps), peerCpu / median(noWeb, Round::cpuFps));
        double speed = PACED_FPS / (day.frames() / (double) windowS);
        List<Round> pacedGzip = new ArrayList<>();
        List<Round> pacedWithout = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (Clients mode : r % 2 == 0 ? new Clients[] {Clients.NONE, Clients.GZIP}
                    : new Clients[] {Clients.GZIP, Clients.NONE}) {
                Round round = replay(day, mode, speed);
                System.out.println(round);
                check(round);
                (mode == Clients.GZIP ? pacedGzip : pacedWithout).add(round);
            }
        }
        double pacedOurs = median(pacedGzip, Round::fps);
        double pacedPeer = median(pacedWithout, Round::fps);
        System.out.printf(Locale.ROOT, "paced at %,d frames/s (%.1f× the recording's own rate): %,.0f frames/s held "
                        + "with %d gzip readers + %d stalled clients, %,.0f without (ratio %.3f); ingest-thread CPU per "
                        + "frame %.3f µs vs %.3f µs (with/without %.3f); heap after GC at the end: %d MB with clients, %d MB "
                        + "without%n", PACED_FPS, speed, pacedOurs, READERS, STALLED, pacedPeer, pacedOurs / pacedPeer,
                1e6 / median(pacedGzip, Round::cpuFps), 1e6 / median(pacedWithout, Round::cpuFps),
                median(pacedWithout, Round::cpuFps) / median(pacedGzip, Round::cpuFps),
                pacedGzip.get(pacedGzip.size() - 1).heapEndMb, pacedWithout.get(pacedWithout.size() - 1).heapEndMb);
        BenchResult.print("sse-load", pacedOurs, pacedPeer, "frames/s");
    }

    private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> f) {
        return BenchResult.median(rounds.stream().mapToDouble(f).toArray());
    }

    /** The clients must all have been served; a reader the server closed would be a bug (only stalled ones drop). */
    private static void check(Round r) {
        if (r.frames < 1) {
            throw new IllegalStateException("replay delivered nothing");
        }
        if (r.clients() && (r.readersWithTargets < READERS || r.readersClosed > 0)) {
            throw new IllegalStateException("readers: " + r.readersWithTargets + " of " + READERS + " got targets, "
                    + r.readersClosed + " closed by the server");
        }
    }

    private static Round replay(DayRecordings day, Clients mode) throws Exception {
        return replay(day, mode, 0);
    }

    /** One replay of the window; {@code speed} 0 is unpaced, else a multiple of the recording's own rate. */
    private static Round replay(DayRecordings day, Clients mode, double speed) throws Exception {
        boolean withClients = mode == Clients.GZIP || mode == Clients.PLAIN;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Pipeline pipeline = Pipeline.builder(day.receivers(), day.receiverNames()).build();
             WebServer server = mode == Clients.NO_WEB ? null
                     : WebServer.start(WebConfig.onPort(0).withHost("127.0.0.1"), pipeline, null)) {
            String stats = server == null ? null : "http://127.0.0.1:" + server.port() + "/api/stats";
            SseClients clients = withClients
                    ? SseClients.connect(server.port(), READERS, STALLED, mode == Clients.GZIP) : null;
            try {
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (withClients && web(stats).path("sseClients").asInt() < READERS + STALLED) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("clients did not all connect: " + web(stats));
                    }
                    Thread.sleep(20);
                }
                long heapStart = heapAfterGcMb();
                ReplayRunner runner = new ReplayRunner(day.feeds(), pipeline.core(), new ReplayClock(speed), null,
                        Map.of());
                long cpu0 = threads.getCurrentThreadCpuTime();
                long process0 = processCpuNanos();
                long client0 = clients == null ? 0 : clients.cpuNanos();
                long t0 = System.nanoTime();
                long frames = runner.run();
                double wallS = (System.nanoTime() - t0) / 1e9;
                double cpuS = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double processS = (processCpuNanos() - process0) / 1e9;
                double clientS = clients == null ? 0 : (clients.cpuNanos() - client0) / 1e9;
                if (withClients) {
                    Thread.sleep(1_200);                                // the last targets frame reaches the readers
                }
                JsonNode web = stats == null ? JSON.createObjectNode() : web(stats);
                long heapEnd = heapAfterGcMb();
                if (clients != null) {
                    clients.close();                                    // its counts are final once it stopped
                    if (clients.failure() != null) {
                        throw new IllegalStateException("a reader failed: " + clients.failure());
                    }
                }
                return new Round(mode, speed > 0, frames, wallS, cpuS, processS, clientS, heapStart, heapEnd, web.path("sseFrames").asLong(),
                        web.path("sseClientsDropped").asLong(), clients == null ? 0 : clients.frames(),
                        clients == null ? 0 : clients.bytes(), clients == null ? 0 : clients.readersWithTargets(),
                        clients == null ? 0 : clients.readersClosedByServer());
            } finally {
                if (clients != null) {
                    clients.close();
                }
            }
        }
    }

    private static JsonNode web(String statsUrl) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(statsUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).path("web");
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heapAfterGcMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}

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
 * The live stream under load on loopback: a recorded window of baltic-day replays unpaced through the whole
 * pipeline (framing, decoding, dedupe, tracking, detection, the web server's live picture) while 200 clients read
 * {@code /api/live} and 20 more connect and never read. The same replay runs without clients; rounds alternate the
 * order. {@code ours} is the ingest rate with clients, {@code peer} without (median frames per wall second), so the
 * ratio says how much the clients cost ingest (1.0: nothing). Also prints frames per CPU second of the ingest
 * thread, heap after GC at the end of each replay, and what the clients received.
 */
public final class SseLoadBench {

    private static final int READERS = 200;
    private static final int STALLED = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SseLoadBench() {
    }

    private record Round(boolean clients, long frames, double wallS, double cpuS, double processCpuS,
                         double clientCpuS, long heapStartMb, long heapEndMb,
                         long sseFrames, long dropped, long clientFrames, long clientBytes, int readersWithTargets,
                         int readersClosed) {
        double fps() {
            return frames / wallS;
        }

        double cpuFps() {
            return frames / cpuS;
        }

        @Override
        public String toString() {
            String base = String.format(Locale.ROOT, "%-15s %,9d frames in %5.2f s = %,8.0f frames/s (%,8.0f per "
                            + "ingest-thread CPU s); process CPU %.1f s (clients' own reading %.1f s); heap after GC "
                            + "%d → %d MB; %d SSE frames built",
                    clients ? "with clients:" : "without clients:", frames, wallS, fps(), cpuFps(), processCpuS,
                    clientCpuS, heapStartMb, heapEndMb, sseFrames);
            return !clients ? base : base + String.format(Locale.ROOT, "; readers got %,d frames (%,.1f MB), %d of %d "
                    + "got targets, %d closed; %d clients dropped", clientFrames, clientBytes / 1e6,
                    readersWithTargets, READERS, readersClosed, dropped);
        }
    }

    public static void main(String[] args) throws Exception {
        boolean quick = BenchResult.quick(args);
        int windowS = quick ? 8 : 40;
        long g0 = System.nanoTime();
        DayRecordings day = new DayRecordings(windowS);
        System.out.printf(Locale.ROOT, "baltic-day from 07:00 UTC, %d s window: %,d frames (%,d bytes) generated "
                + "into memory in %.1f s%n", windowS, day.frames(), day.bytes(), (System.nanoTime() - g0) / 1e9);
        replay(day, false);                                             // warm-up: JIT, class loading, both paths
        replay(day, true);
        int rounds = quick ? 2 : 4;
        List<Round> with = new ArrayList<>();
        List<Round> without = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (boolean clients : r % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                Round round = replay(day, clients);
                System.out.println(round);
                (clients ? with : without).add(round);
                check(round);
            }
        }
        double ours = BenchResult.median(with.stream().mapToDouble(Round::fps).toArray());
        double peer = BenchResult.median(without.stream().mapToDouble(Round::fps).toArray());
        double oursCpu = BenchResult.median(with.stream().mapToDouble(Round::cpuFps).toArray());
        double peerCpu = BenchResult.median(without.stream().mapToDouble(Round::cpuFps).toArray());
        System.out.printf(Locale.ROOT, "median ingest: %,.0f frames/s with %d reading + %d stalled clients, %,.0f "
                        + "without (ratio %.3f); per ingest-thread CPU second %,.0f vs %,.0f (ratio %.3f); "
                        + "heap after GC at the end: %d MB with clients, %d MB without%n", ours, READERS, STALLED,
                peer, ours / peer, oursCpu, peerCpu, oursCpu / peerCpu,
                with.get(with.size() - 1).heapEndMb, without.get(without.size() - 1).heapEndMb);
        BenchResult.print("sse-load", ours, peer, "frames/s");
    }

    /** The clients must all have been served; a reader the server closed would be a bug (only stalled ones drop). */
    private static void check(Round r) {
        if (r.frames < 1) {
            throw new IllegalStateException("replay delivered nothing");
        }
        if (r.clients && (r.readersWithTargets < READERS || r.readersClosed > 0)) {
            throw new IllegalStateException("readers: " + r.readersWithTargets + " of " + READERS + " got targets, "
                    + r.readersClosed + " closed by the server");
        }
    }

    private static Round replay(DayRecordings day, boolean withClients) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Pipeline pipeline = Pipeline.builder(day.receivers(), day.receiverNames()).build();
             WebServer server = WebServer.start(WebConfig.onPort(0).withHost("127.0.0.1"), pipeline, null)) {
            String stats = "http://127.0.0.1:" + server.port() + "/api/stats";
            SseClients clients = withClients ? SseClients.connect(server.port(), READERS, STALLED) : null;
            try {
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (withClients && web(stats).path("sseClients").asInt() < READERS + STALLED) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("clients did not all connect: " + web(stats));
                    }
                    Thread.sleep(20);
                }
                long heapStart = heapAfterGcMb();
                ReplayRunner runner = new ReplayRunner(day.feeds(), pipeline.core(), new ReplayClock(0), null,
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
                Thread.sleep(1_200);                                    // the last targets frame reaches the readers
                JsonNode web = web(stats);
                long heapEnd = heapAfterGcMb();
                if (clients != null) {
                    clients.close();                                    // its counts are final once it stopped
                }
                return new Round(withClients, frames, wallS, cpuS, processS, clientS, heapStart, heapEnd, web.path("sseFrames").asLong(),
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

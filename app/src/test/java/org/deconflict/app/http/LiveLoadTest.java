package org.deconflict.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loopback load: the built-in {@code demo} scenario replays unpaced while 200 live-stream clients read and 20 more
 * connect but never read. The engine's frame rate with clients attached is compared with the rate just before
 * (same run, same JVM); the engine and the broadcaster must keep going whatever the stalled clients do (the
 * broadcaster never waits on a socket; {@link LiveStreamTest} proves the drop of a blocked client deterministically).
 * Prints the figures, asserts no speed beyond "not collapsed" (bench/run sse-load measures the ratio). Bounded to
 * ~15 s.
 */
class LiveLoadTest {

    private static final int READERS = 200;
    private static final int STALLED = 20;
    private static final long PHASE_MS = 4_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void twoHundredClientsDoNotSlowIngest() throws Exception {
        WebConfig config = new WebConfig("127.0.0.1", 0, 1_000, 4, 256);
        List<Socket> sockets = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        AtomicLong bytesRead = new AtomicLong();
        AtomicLong framesRead = new AtomicLong();
        try (LiveRun run = new LiveRun("demo", 0, dir, null, config).start()) {
            Thread.sleep(2_000);                                           // warm-up: JIT, traffic builds up
            long heapBefore = usedHeapAfterGc();
            long f0 = run.feed.frames();
            long t0 = System.nanoTime();
            Thread.sleep(PHASE_MS);
            double baseline = (run.feed.frames() - f0) / ((System.nanoTime() - t0) / 1e9);
            assertThat(run.feeder.isAlive()).as("scenario still running after the baseline phase").isTrue();

            for (int i = 0; i < READERS; i++) {
                Socket s = open(run.server.port(), false);
                sockets.add(s);
                Thread r = new Thread(() -> drain(s, bytesRead, framesRead), "sse-reader-" + i);
                r.setDaemon(true);
                r.start();
                readers.add(r);
            }
            for (int i = 0; i < STALLED; i++) {
                sockets.add(open(run.server.port(), true));
            }
            long f1 = run.feed.frames();
            long t1 = System.nanoTime();
            long built1 = stats(run).path("web").path("sseFrames").asLong();
            Thread.sleep(PHASE_MS);
            double withClients = (run.feed.frames() - f1) / ((System.nanoTime() - t1) / 1e9);
            JsonNode web = stats(run).path("web");
            long heapAfter = usedHeapAfterGc();
            assertThat(run.feeder.isAlive()).as("scenario still running after the loaded phase").isTrue();

            System.out.printf(Locale.ROOT, "live load: ingest %,.0f frames/s alone, %,.0f frames/s with %d readers + %d "
                            + "stalled clients (ratio %.2f); %,d SSE frames read (%,.1f MB), %d clients dropped, "
                            + "%d connected; heap after GC %,d MB → %,d MB%n",
                    baseline, withClients, READERS, STALLED, withClients / baseline, framesRead.get(),
                    bytesRead.get() / 1e6, web.path("sseClientsDropped").asLong(), web.path("sseClients").asLong(),
                    heapBefore >> 20, heapAfter >> 20);

            // one targets frame per second at least (plus event frames), however the stalled clients fare
            assertThat(web.path("sseFrames").asLong()).as("broadcaster kept building frames")
                    .isGreaterThanOrEqualTo(built1 + PHASE_MS / 1_000 / 2);
            assertThat(framesRead.get()).as("every reader got frames").isGreaterThan(READERS * 2L);
            // a blocked engine would collapse the rate to nothing; a busy shared machine costs a share of it (speed
            // is measured by bench/run sse-load, not here)
            assertThat(withClients).isGreaterThan(baseline * 0.25);
            assertThat(heapAfter - heapBefore).as("heap growth").isLessThan(256L << 20);
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
            for (Thread r : readers) {
                r.join(5_000);
            }
        }
    }

    /** A raw HTTP/1.1 client of {@code /api/live}; a stalled one has a tiny receive buffer and is never read. */
    private static Socket open(int port, boolean stalled) throws IOException {
        Socket s = new Socket();
        if (stalled) {
            s.setReceiveBufferSize(4096);
        }
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        OutputStream out = s.getOutputStream();
        out.write(("GET /api/live HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    /** Reads until the socket closes, counting bytes and SSE frames (blank-line terminated). */
    private static void drain(Socket s, AtomicLong bytes, AtomicLong frames) {
        byte[] buf = new byte[64 * 1024];
        int prev = 0;
        try (InputStream in = s.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes.addAndGet(n);
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n' && prev == '\n') {
                        frames.incrementAndGet();
                    }
                    prev = buf[i];
                }
            }
        } catch (IOException closed) {
            // the test closed the socket
        }
    }

    private static JsonNode stats(LiveRun run) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(run.url("/api/stats"))).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

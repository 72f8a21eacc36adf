package org.deconflict.app.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.deconflict.app.pipeline.EventJson;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.ingest.TargetKey;

/**
 * The live Server-Sent Events stream (W3C HTML Living Standard §9.2 "Server-sent events"). One broadcaster thread
 * turns the {@link LivePicture}'s changes into frames — target updates coalesced to one per target per
 * {@code targetPeriodMs} as compact rows ({@link TargetJson#ROW_FIELDS}), events as they come — serialises each frame
 * once and offers it to every client's bounded queue without waiting. A client whose queue is full is dropped; each
 * client's own request thread writes its queue to the socket, so a slow reader never slows the broadcaster, let alone
 * the engine.
 */
final class LiveStream implements AutoCloseable {

    private static final JsonFactory JSON = EventJson.mapper().getFactory();
    /** A comment line this often keeps idle connections (and proxies) from timing out, ms. */
    private static final long HEARTBEAT_MS = 10_000;
    /** The broadcaster wakes at least this often to forward events, ms. */
    private static final long EVENT_PERIOD_MS = 250;

    private final LivePicture picture;
    private final TargetJson targetJson;
    private final long targetPeriodMs;
    private final int queueFrames;
    private final int maxClients;
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final AtomicLong framesBuilt = new AtomicLong();
    private final AtomicLong clientsDropped = new AtomicLong();
    private final AtomicLong maxBroadcastNanos = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    LiveStream(LivePicture picture, TargetJson targetJson, long targetPeriodMs, int queueFrames, int maxClients) {
        this.picture = picture;
        this.targetJson = targetJson;
        this.targetPeriodMs = targetPeriodMs;
        this.queueFrames = queueFrames;
        this.maxClients = maxClients;
        this.thread = new Thread(this::loop, "web-live-broadcaster");
        thread.setDaemon(true);
        thread.start();
    }

    /** Connected clients. */
    int clients() {
        return clients.size();
    }

    long clientsDropped() {
        return clientsDropped.get();
    }

    long framesBuilt() {
        return framesBuilt.get();
    }

    /** Longest single broadcast (build + offer to every client), ns: it never waits on a socket. */
    long maxBroadcastNanos() {
        return maxBroadcastNanos.get();
    }

    /**
     * Serves one client on the calling (request) thread until it disconnects, is dropped, or the stream closes:
     * first (when {@code snapshot}) every target of the picture, then every frame from its queue. Returns false
     * (nothing written) when the server already holds {@code maxClients} clients.
     */
    boolean serve(OutputStream out, boolean snapshot) throws IOException {
        if (clients.size() >= maxClients) {
            return false;
        }
        Client c = new Client(new ArrayBlockingQueue<>(queueFrames));
        clients.add(c);
        try {
            if (snapshot) {
                List<LiveTarget> all = List.copyOf(picture.targets());
                out.write(frame("snapshot", g -> writeTargets(g, all, List.of())));
            } else {
                out.write(": connected\n\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            while (running && !c.dropped) {
                byte[] f = c.queue.poll(HEARTBEAT_MS, TimeUnit.MILLISECONDS);
                if (f == null) {
                    out.write(": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII));
                }
                for (; f != null; f = c.queue.poll()) {         // whatever queued up goes out in one flush
                    out.write(f);
                }
                out.flush();
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } finally {
            clients.remove(c);
        }
    }

    private void loop() {
        long nextTargets = System.currentTimeMillis();
        long tick = Math.min(EVENT_PERIOD_MS, targetPeriodMs);
        while (running) {
            try {
                Thread.sleep(tick);
            } catch (InterruptedException e) {
                return;
            }
            long started = System.nanoTime();
            List<EngineEvent> events = picture.drainEvents();
            if (!events.isEmpty()) {
                broadcast(frame("events", g -> {
                    g.writeStartArray();
                    for (EngineEvent e : events) {
                        g.writeRawValue(EventJson.toJson(e));
                    }
                    g.writeEndArray();
                }));
            }
            long now = System.currentTimeMillis();
            if (now >= nextTargets) {
                nextTargets = now + targetPeriodMs;
                List<TargetKey> changed = picture.drainDirty();
                List<TargetKey> gone = picture.drainExpired();
                if (!changed.isEmpty() || !gone.isEmpty()) {
                    List<LiveTarget> updated = changed.stream().map(picture::target)
                            .filter(java.util.Objects::nonNull).toList();
                    broadcast(frame("targets", g -> writeTargets(g, updated, gone)));
                }
            }
            maxBroadcastNanos.accumulateAndGet(System.nanoTime() - started, Math::max);
        }
    }

    private void broadcast(byte[] frame) {
        framesBuilt.incrementAndGet();
        for (Client c : clients) {
            if (!c.dropped && !c.queue.offer(frame)) {
                c.dropped = true;         // its thread ends the response at its next wake-up
                clientsDropped.incrementAndGet();
            }
        }
    }

    private void writeTargets(JsonGenerator g, List<LiveTarget> targets, List<TargetKey> gone) throws IOException {
        long now = picture.nowMs();
        g.writeStartObject();
        g.writeNumberField("nowMs", now);
        TargetJson.writeRowFields(g);
        g.writeArrayFieldStart("rows");
        for (LiveTarget t : targets) {
            targetJson.writeRow(g, t, now);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("expired");
        for (TargetKey k : gone) {
            g.writeString(k.toString());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** {@code event: NAME\ndata: JSON\n\n} — one data line, since JSON from the generator has no newlines. */
    private static byte[] frame(String name, JsonBody body) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
        try {
            buf.write(("event: " + name + "\ndata: ").getBytes(StandardCharsets.US_ASCII));
            try (JsonGenerator g = JSON.createGenerator(buf)) {
                body.write(g);
            }
            buf.write("\n\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    private static final class Client {
        final BlockingQueue<byte[]> queue;
        volatile boolean dropped;

        Client(BlockingQueue<byte[]> queue) {
            this.queue = queue;
        }
    }
}

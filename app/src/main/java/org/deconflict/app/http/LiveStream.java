package org.deconflict.app.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.deconflict.app.pipeline.EventJson;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.ingest.TargetKey;

/**
 * The live Server-Sent Events stream (W3C HTML Living Standard §9.2 "Server-sent events"). One broadcaster thread
 * does the work once per tick for all clients: it takes the {@link LivePicture}'s targets changed since the last
 * targets frame (so each target goes out at most once per {@code targetPeriodMs}) and the events since the last tick,
 * encodes each frame once — plain and, when some client asked for it, gzip-compressed once — and offers the same
 * bytes to every {@link LiveClient}, whose writes never block. A client that falls behind has ticks skipped and
 * folded into one shared snapshot, and is dropped if it stays behind. The engine thread does no per-client work;
 * no thread waits on a socket.
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
    private final int backlogFrames;
    private final int maxClients;
    private final Set<LiveClient> clients = ConcurrentHashMap.newKeySet();
    private final AtomicLong framesBuilt = new AtomicLong();
    private final AtomicLong clientsDropped = new AtomicLong();
    private final AtomicLong framesSkipped = new AtomicLong();
    private final AtomicLong maxBroadcastNanos = new AtomicLong();
    private final Thread thread;
    /** Broadcaster thread only: the picture's change number the last targets frame covered. */
    private long sentSeq;
    private volatile boolean running = true;

    /**
     * @param backlogFrames frames a client may have waiting; beyond, its frames are skipped (and its targets owed as
     *                      a snapshot), and after as many skipped frames again it is dropped
     */
    LiveStream(LivePicture picture, TargetJson targetJson, long targetPeriodMs, int backlogFrames, int maxClients) {
        this.picture = picture;
        this.targetJson = targetJson;
        this.targetPeriodMs = targetPeriodMs;
        this.backlogFrames = backlogFrames;
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

    /** Frames built so far (each once for all clients). */
    long framesBuilt() {
        return framesBuilt.get();
    }

    /** Frames not given to a client whose backlog was full (summed over clients). */
    long framesSkipped() {
        return framesSkipped.get();
    }

    /** Longest single tick (build + offer to every client), ns: it never waits on a socket. */
    long maxBroadcastNanos() {
        return maxBroadcastNanos.get();
    }

    /** Whether another client may connect now. */
    boolean hasRoom() {
        return clients.size() < maxClients;
    }

    /**
     * Adds a client writing to {@code channel}; its first targets frame is a full snapshot when {@code snapshot}.
     * Returns null (nothing written) when {@code maxClients} are already connected. The channel must call
     * {@link LiveClient#onWritable()} once it may be written, and {@link LiveClient#gone()} when the client leaves.
     */
    LiveClient connect(LiveClient.Channel channel, boolean gzip, boolean snapshot) {
        if (!hasRoom()) {
            return null;
        }
        byte[] first = gzip ? concat(SseFrame.GZIP_HEADER, SseFrame.CONNECTED.bytes(true))
                : SseFrame.CONNECTED.bytes(false);
        LiveClient c = new LiveClient(channel, gzip, backlogFrames, first, snapshot);
        clients.add(c);
        return c;
    }

    private void loop() {
        long nextTargets = System.currentTimeMillis();
        long nextHeartbeat = nextTargets + HEARTBEAT_MS;
        long tick = Math.min(EVENT_PERIOD_MS, targetPeriodMs);
        while (running) {
            try {
                Thread.sleep(tick);
            } catch (InterruptedException e) {
                return;
            }
            long started = System.nanoTime();
            long now = System.currentTimeMillis();
            boolean targetsDue = now >= nextTargets;
            if (targetsDue) {
                nextTargets = now + targetPeriodMs;
            }
            boolean heartbeat = now >= nextHeartbeat;
            if (heartbeat) {
                nextHeartbeat = now + HEARTBEAT_MS;
            }
            tick(targetsDue, heartbeat);
            maxBroadcastNanos.accumulateAndGet(System.nanoTime() - started, Math::max);
        }
    }

    /** One tick: build this tick's frames once, then offer them to every client. Broadcaster thread. */
    private void tick(boolean targetsDue, boolean heartbeat) {
        List<EngineEvent> events = picture.drainEvents();
        SseFrame eventsFrame = events.isEmpty() ? null : built(SseFrame.event("events", json(g -> {
            g.writeStartArray();
            for (EngineEvent e : events) {
                g.writeRawValue(EventJson.toJson(e));
            }
            g.writeEndArray();
        })));
        SseFrame targetsFrame = null;
        if (targetsDue) {
            long seq = picture.seq();                      // read first: every version up to it is in the map
            List<LiveTarget> changed = picture.changedSince(sentSeq);
            sentSeq = seq;
            List<TargetKey> gone = picture.drainExpired();
            if (!changed.isEmpty() || !gone.isEmpty()) {
                targetsFrame = built(SseFrame.event("targets", json(g -> writeTargets(g, changed, gone))));
            }
        }
        SseFrame snapshot = null;
        for (LiveClient c : clients) {
            if (c.closed()) {
                clients.remove(c);
                continue;
            }
            // a client that just connected gets its snapshot at the first tick, before any events; one that fell
            // behind gets it with the next targets frame
            boolean snapshotNow = c.owedSnapshot() && (targetsDue || c.fresh());
            if (snapshotNow) {
                if (snapshot == null) {                    // once per tick, shared by all clients owed one
                    snapshot = built(SseFrame.event("snapshot", json(g ->
                            writeTargets(g, picture.targets(), List.of()))));
                }
                offer(c, snapshot, true);
            }
            if (eventsFrame != null) {
                offer(c, eventsFrame, false);
            }
            if (snapshotNow) {
                continue;
            }
            if (targetsFrame != null) {
                offer(c, targetsFrame, false);
            } else if (heartbeat) {
                offer(c, SseFrame.KEEP_ALIVE, false);
            }
        }
    }

    private void offer(LiveClient c, SseFrame frame, boolean isSnapshot) {
        switch (c.offer(frame, isSnapshot)) {
            case SKIPPED -> framesSkipped.incrementAndGet();
            case DROPPED -> {
                clientsDropped.incrementAndGet();
                clients.remove(c);
            }
            case CLOSED -> clients.remove(c);
            case QUEUED -> { }
        }
    }

    private SseFrame built(SseFrame f) {
        framesBuilt.incrementAndGet();
        return f;
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

    /** One compact JSON document (no line breaks, so it fits one {@code data:} line). */
    private static byte[] json(JsonBody body) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = JSON.createGenerator(buf)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Stops the broadcaster and ends every client's response. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (LiveClient c : clients) {
            c.gone();
        }
        clients.clear();
    }

    private interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }
}

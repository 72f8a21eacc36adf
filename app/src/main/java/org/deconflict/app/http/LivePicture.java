package org.deconflict.app.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.app.pipeline.PipelineListener;
import org.deconflict.engine.event.DarkGap;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.SpoofingSuspicion;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.RejectReason;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TrackView;

/**
 * The web server's own thread-safe copy of the traffic picture, fed by the engine thread through
 * {@link PipelineListener}. The engine thread only writes into concurrent maps and queues here (never waits); HTTP
 * and broadcaster threads only read. Also snapshots the engine's counters about once a second, on the engine thread,
 * so no HTTP thread ever touches engine state.
 */
final class LivePicture implements PipelineListener {

    /** Trail points kept per target. */
    static final int TRAIL_POINTS = 40;
    /** A new trail point is added when the last one is at least this old (event time), ms. */
    static final long TRAIL_SPACING_MS = 10_000;
    /** Events waiting for the broadcaster beyond this are dropped (oldest first) and counted. */
    static final int MAX_PENDING_EVENTS = 2_000;
    /** The wall clock is read once per this many updates to see whether counters are due. */
    private static final int COUNTER_CHECK_CALLS = 256;
    /** Counters are snapshotted at most this often (wall time), ns. */
    private static final long COUNTER_PERIOD_NANOS = 1_000_000_000L;

    /** Names of the counters a snapshot holds (those of {@link EngineCore#counters()} plus the tracker's). */
    static final List<String> COUNTER_NAMES = List.of("modes.frames", "modes.frames.rejected", "modes.frames.duplicate",
            "modes.observations", "ais.reports", "ais.reports.duplicate", "ais.observations", "tracks.live", "events",
            "tracker.accepted", "tracker.rejected");

    private final EngineCore core;
    /** What readers see: one slot per live target, added and removed by the engine thread only. */
    private final Map<TargetKey, Slot> targets = new ConcurrentHashMap<>();
    /** The same slots in a map only the engine thread touches: an update is one plain lookup and one store. */
    private final Map<TargetKey, Slot> engineSlots = new HashMap<>();
    private final Set<TargetKey> expired = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<EngineEvent> pendingEvents = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final AtomicLong droppedEvents = new AtomicLong();
    /** Change number of the newest version put into {@link #targets}, published after the put. */
    private final AtomicLong published = new AtomicLong();
    /** Engine thread only: the last change number handed out. */
    private long seq;
    /** Latest event time, ms: written with release stores (no fence per update), read by any thread. */
    private final AtomicLong nowMs = new AtomicLong();
    /** Engine thread only: the same, read back without touching the shared field. */
    private long engineNowMs;
    private volatile CounterSnapshot counters = CounterSnapshot.EMPTY;
    private volatile boolean finished;
    private long lastCounterWallNanos;
    private int sinceCounterCheck;

    LivePicture(EngineCore core) {
        this.core = core;
    }

    /**
     * Engine thread, once per track update: one immutable {@link LiveTarget} replaces the old one. No set of changed
     * keys is kept: each version carries a change number and the broadcaster picks those newer than its last tick.
     */
    @Override
    public void onTrack(TrackView track) {
        TrackSnapshot s = track.toSnapshot();   // kept as the target's last state
        TargetKey key = s.key();
        Slot slot = engineSlots.get(key);
        LiveTarget old = slot == null ? null : slot.current;
        long tMs = s.timeNanos() / 1_000_000L;
        List<LiveTarget.TrailPoint> trail = old == null ? List.of() : old.trail();
        TrackSnapshot lastPos = old == null ? null : old.lastPosition();
        if (s.hasPosition()) {
            lastPos = s;
            LiveTarget.TrailPoint tail = trail.isEmpty() ? null : trail.get(trail.size() - 1);
            if (tail == null || tMs - tail.timeMs() >= TRAIL_SPACING_MS) {
                List<LiveTarget.TrailPoint> grown = new ArrayList<>(Math.min(trail.size() + 1, TRAIL_POINTS));
                grown.addAll(trail.size() >= TRAIL_POINTS ? trail.subList(1, trail.size()) : trail);
                grown.add(new LiveTarget.TrailPoint(tMs, s.latDeg(), s.lonDeg(), s.altitudeFt()));
                trail = List.copyOf(grown);
            }
        }
        LiveTarget t = new LiveTarget(s, trail, lastPos, old == null ? null : old.suspicion(),
                old == null ? 0 : old.darkGaps(), ++seq);
        if (slot == null) {
            slot = new Slot(t);
            engineSlots.put(key, slot);
            targets.put(key, slot);
        }
        mark(slot, t);
        if (tMs > engineNowMs) {
            engineNowMs = tMs;
            nowMs.lazySet(tMs);
        }
        maybeSnapshotCounters();
    }

    @Override
    public void onEvent(EngineEvent e) {
        if (e instanceof SpoofingSuspicion sp) {
            Slot slot = engineSlots.get(sp.key());
            if (slot != null) {
                LiveTarget t = slot.current;
                mark(slot, new LiveTarget(t.last(), t.trail(), t.lastPosition(), sp.reason().name(), t.darkGaps(),
                        ++seq));
            }
        } else if (e instanceof DarkGap g) {
            Slot slot = engineSlots.get(g.key());
            if (slot != null) {
                LiveTarget t = slot.current;
                mark(slot, new LiveTarget(t.last(), t.trail(), t.lastPosition(), t.suspicion(), t.darkGaps() + 1,
                        ++seq));
            }
        }
        pendingEvents.add(e);
        if (pendingCount.incrementAndGet() > MAX_PENDING_EVENTS && pendingEvents.poll() != null) {
            pendingCount.decrementAndGet();
            droppedEvents.incrementAndGet();
        }
        maybeSnapshotCounters();
    }

    /** Replaces a target's version, then publishes its change number (release stores: no fence on x86). */
    private void mark(Slot slot, LiveTarget t) {
        slot.current = t;
        published.lazySet(t.seq());
    }

    @Override
    public void onExpired(TargetKey key, long timeNanos) {
        engineSlots.remove(key);
        targets.remove(key);
        expired.add(key);
    }

    @Override
    public void onFinish() {
        finished = true;
        lastCounterWallNanos = 0;
        maybeSnapshotCounters();
    }

    /** Every target currently held (a copy of a weakly consistent view). */
    List<LiveTarget> targets() {
        List<LiveTarget> out = new ArrayList<>(targets.size());
        for (Slot slot : targets.values()) {
            out.add(slot.current);
        }
        return out;
    }

    /** Live targets now. */
    int size() {
        return targets.size();
    }

    LiveTarget target(TargetKey key) {
        Slot slot = targets.get(key);
        return slot == null ? null : slot.current;
    }

    /** Latest event time seen, ms since the Unix epoch (0 before the first update). */
    long nowMs() {
        return nowMs.get();
    }

    boolean finished() {
        return finished;
    }

    /**
     * The change number of the newest published version: every version numbered up to it is visible in
     * {@link #targets()} (or was replaced or expired since). Equals the track updates (and marks) so far.
     */
    long seq() {
        return published.get();
    }

    long droppedEvents() {
        return droppedEvents.get();
    }

    CounterSnapshot counters() {
        return counters;
    }

    /** The targets whose version is newer than {@code afterSeq} (see {@link #seq()}). Broadcaster thread. */
    List<LiveTarget> changedSince(long afterSeq) {
        List<LiveTarget> out = new ArrayList<>();
        for (Slot slot : targets.values()) {
            LiveTarget t = slot.current;
            if (t.seq() > afterSeq) {
                out.add(t);
            }
        }
        return out;
    }

    /** Takes (and clears) the keys expired since the last call. Broadcaster thread. */
    List<TargetKey> drainExpired() {
        List<TargetKey> out = new ArrayList<>(expired.size());
        for (var it = expired.iterator(); it.hasNext(); ) {
            out.add(it.next());
            it.remove();
        }
        return out;
    }

    /** Takes the events waiting for the broadcaster, oldest first. */
    List<EngineEvent> drainEvents() {
        List<EngineEvent> out = new ArrayList<>();
        EngineEvent e;
        while ((e = pendingEvents.poll()) != null) {
            pendingCount.decrementAndGet();
            out.add(e);
        }
        return out;
    }

    private void maybeSnapshotCounters() {
        if (++sinceCounterCheck < COUNTER_CHECK_CALLS && lastCounterWallNanos != 0) {
            return;
        }
        sinceCounterCheck = 0;
        long wall = System.nanoTime();
        if (lastCounterWallNanos != 0 && wall - lastCounterWallNanos < COUNTER_PERIOD_NANOS) {
            return;
        }
        lastCounterWallNanos = wall;
        Map<String, Long> values = new LinkedHashMap<>();
        for (EngineCore.Counter c : core.counters()) {
            values.put(c.name(), c.value());
        }
        var tc = core.tracker().counters();
        values.put("tracker.accepted", tc.accepted());
        values.put("tracker.rejected", tc.rejectedTotal());
        Map<String, Long> rejects = new LinkedHashMap<>();
        for (RejectReason r : RejectReason.values()) {
            rejects.put(r.name(), tc.rejected(r));
        }
        rejects.put("MODES_FRAME_REJECTED", values.getOrDefault("modes.frames.rejected", 0L));
        counters = counters.next(wall, values, rejects);
    }

    /**
     * Engine counters at one wall-clock instant, with per-second rates against the previous snapshot.
     *
     * @param wallNanos    {@link System#nanoTime()} when taken (0 for none)
     * @param values       counter name → value
     * @param ratesPerS    counter name → increase per wall-clock second since the previous snapshot
     * @param rejects      tracker rejection reason → count
     */
    record CounterSnapshot(long wallNanos, Map<String, Long> values, Map<String, Double> ratesPerS,
                           Map<String, Long> rejects) {

        static final CounterSnapshot EMPTY = new CounterSnapshot(0, Map.of(), Map.of(), Map.of());

        CounterSnapshot next(long wall, Map<String, Long> now, Map<String, Long> rejectsNow) {
            Map<String, Double> rates = new LinkedHashMap<>();
            double dtS = (wall - wallNanos) / 1e9;
            for (var e : now.entrySet()) {
                Long before = values.get(e.getKey());
                rates.put(e.getKey(), before == null || wallNanos == 0 || dtS <= 0 ? 0.0 : (e.getValue() - before) / dtS);
            }
            return new CounterSnapshot(wall, Map.copyOf(now), Map.copyOf(rates), Map.copyOf(rejectsNow));
        }
    }

    /**
     * A target's current version; the engine thread replaces it, readers take whichever is there. A plain field:
     * {@link LiveTarget} is immutable with final fields (safe to read through a race), and the release store of
     * {@link #published} after each replacement is what makes a version newer than the broadcaster's last tick
     * visible to it (it reads {@link #seq()} first).
     */
    private static final class Slot {
        LiveTarget current;

        Slot(LiveTarget t) {
            this.current = t;
        }
    }
}

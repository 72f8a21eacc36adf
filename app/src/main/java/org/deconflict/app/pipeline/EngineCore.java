package org.deconflict.app.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.deconflict.ais.AisReport;
import org.deconflict.ais.DuplicateSuppressor;
import org.deconflict.app.pipeline.feed.FrameDedupe;
import org.deconflict.engine.detect.CoverageOracle;
import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.detect.Detectors;
import org.deconflict.engine.detect.ReceiverSites;
import org.deconflict.engine.detect.TrackListener;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.ingest.AisAdapter;
import org.deconflict.engine.ingest.ModeSAdapter;
import org.deconflict.engine.ingest.ModeSFrameDeduplicator;
import org.deconflict.engine.ingest.Observation;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.ReceiverSite;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TrackView;
import org.deconflict.engine.track.Tracker;
import org.deconflict.engine.track.TrackerConfig;

/**
 * The single-threaded heart of the program: Mode S frames, AIS reports and observations decoded by feeders (SBS) in,
 * track snapshots and detector events out to {@link PipelineListener}s. Wires the engine as DESIGN.md draws it —
 * multi-receiver dedupe (the engine's rules, in the allocation-free {@link FrameDedupe}, first in line because most
 * frames are copies), protocol adapters, one {@link Tracker}, the {@link Detectors} — and nothing else: no threads, no
 * I/O. Event time only.
 */
public final class EngineCore {

    /** Event time between two housekeeping calls of the detectors when driven by time alone. */
    static final long IDLE_TICK_NANOS = 1_000_000_000L;
    /**
     * Observations held while {@link #batching}: enough for {@link Tracker#acceptAll} to overlap the cache misses of
     * several groups, few enough that the listeners hear of them a few microseconds later only.
     */
    static final int BATCH = 64;

    /** Copy-on-write: read on every track update, replaced whole by {@link #addListener}. */
    private volatile PipelineListener[] listeners = new PipelineListener[0];
    /** Counters kept outside the core (inputs' rejects), listed after its own; copy-on-write like the listeners. */
    private volatile List<Supplier<List<Counter>>> counterSources = List.of();
    private final FrameDedupe modesDedupe;
    private final ModeSAdapter modes;
    private final DuplicateSuppressor aisDedupe;
    private final AisAdapter ais;
    private final Tracker tracker;
    private final Detectors detectors;
    private long nowNanos = Long.MIN_VALUE;
    private long nextIdleTickNanos = Long.MIN_VALUE;
    /** Observations held by {@link #batching}, applied in order by {@link #flush}. */
    private final Observation[] pending = new Observation[BATCH];
    private int pendingCount;
    private boolean batching;
    private long modesFrames;
    private long aisReports;
    private long observations;
    private long events;

    public EngineCore(TrackerConfig trackerConfig, DetectionConfig detectionConfig, ReceiverRegistry receivers,
                      ReceiverNames receiverNames) {
        ReceiverSites sites = new CachedSites(receivers);
        Tracker[] holder = new Tracker[1];
        CoverageOracle coverage = (lat, lon, altFt) -> holder[0].coverage().coveredByAny(lat, lon, altFt);
        this.detectors = new Detectors(detectionConfig, coverage, sites, this::emit);
        this.tracker = new Tracker(trackerConfig, receivers, new Fanout());
        holder[0] = tracker;
        this.modes = new ModeSAdapter(this::observe);
        this.modesDedupe = new FrameDedupe(modes::frame, ModeSFrameDeduplicator.DEFAULT_WINDOW_NANOS);
        this.ais = new AisAdapter(receiverNames, this::observe);
        this.aisDedupe = new DuplicateSuppressor(heard -> ais.accept(heard, heard.report().timeMillis() * 1_000_000L));
    }

    /** A core with the default tracker and detection thresholds. */
    public static EngineCore withDefaults(ReceiverRegistry receivers, ReceiverNames names) {
        return new EngineCore(TrackerConfig.defaults(), DetectionConfig.defaults(), receivers, names);
    }

    public synchronized void addListener(PipelineListener l) {
        PipelineListener[] more = Arrays.copyOf(listeners, listeners.length + 1);
        more[listeners.length] = l;
        listeners = more;
    }

    /**
     * Adds counters kept elsewhere (e.g. each live input's rejected frames) to {@link #counters()}; {@code source}
     * is called from whichever thread reads the counters, so it must be thread-safe.
     */
    public synchronized void addCounters(Supplier<List<Counter>> source) {
        List<Supplier<List<Counter>>> more = new ArrayList<>(counterSources);
        more.add(source);
        counterSources = List.copyOf(more);
    }

    /**
     * One Mode S frame (56 or 112 bits) as a receiver delivered it: {@code timestamp12MHz} is the receiver's counter
     * (-1 unknown), {@code timeNanos} event time (ns since the Unix epoch).
     */
    public void modesFrame(byte[] buf, int off, int len, long timestamp12MHz, long timeNanos, int receiverId) {
        modesFrames++;
        modesDedupe.offer(buf, off, len, timestamp12MHz, timeNanos, receiverId);
        advanceTo(timeNanos);
    }

    /**
     * One decoded AIS message. Its time is the report's own (tag block, $PGHP, USCG field) when it has one, else
     * {@code receivedNanos}.
     */
    public void aisReport(AisReport report, long receivedNanos) {
        aisReports++;
        AisReport timed = report.hasTime() ? report
                : new AisReport(report.message(), report.source(), report.channel(), receivedNanos / 1_000_000L,
                        report.ownShip(), report.payloadHash(), report.bitLength(), report.sentences());
        aisDedupe.offer(timed);
        advanceTo(timed.timeMillis() * 1_000_000L);
    }

    /**
     * One observation already decoded by the feeder (SBS/BaseStation records carry fields, not frames), straight to
     * the tracker; its {@code timeNanos()} is event time and moves the core forward like a frame's does.
     */
    public void observation(Observation o) {
        observations++;
        observe(o);
        advanceTo(o.timeNanos());
    }

    /**
     * Moves event time forward (silence and expiry, detector housekeeping). Never moves it back. The detectors keep
     * house on their own updates; they are driven from here at most once per {@link #IDLE_TICK_NANOS} of event time,
     * which closes stale encounters when no track update arrives.
     */
    public void advanceTo(long timeNanos) {
        if (timeNanos > nowNanos) {
            if (pendingCount > 0 && (tracker.scanDue(timeNanos) || timeNanos >= nextIdleTickNanos)) {
                flush();        // the scan or tick must see every observation before it, as one by one
            }
            nowNanos = timeNanos;
            tracker.advanceTo(timeNanos);
            if (timeNanos >= nextIdleTickNanos) {
                nextIdleTickNanos = timeNanos + IDLE_TICK_NANOS;
                detectors.advanceTo(timeNanos);
            }
        }
    }

    /**
     * Releases everything still held in dedupe windows, closes the encounters still open (the input ended, so they
     * are reported now) and tells listeners the run is over.
     */
    public void finish() {
        modesDedupe.flush();
        aisDedupe.flush();
        flush();
        detectors.finish(nowNanos);
        for (PipelineListener l : listeners) {
            l.onFinish();
        }
    }

    public Tracker tracker() {
        return tracker;
    }

    public Detectors detectors() {
        return detectors;
    }

    public ModeSAdapter modesAdapter() {
        return modes;
    }

    public AisAdapter aisAdapter() {
        return ais;
    }

    public long nowNanos() {
        return nowNanos;
    }

    /** Counters of the core, then those added by {@link #addCounters}, by name, for summaries and the stats API. */
    public List<Counter> counters() {
        List<Counter> c = new ArrayList<>();
        c.add(new Counter("modes.frames", modesFrames));
        c.add(new Counter("modes.frames.rejected", modes.rejectedFrames()));
        c.add(new Counter("modes.frames.duplicate", modesDedupe.duplicates()));
        c.add(new Counter("modes.observations", modes.observations()));
        c.add(new Counter("ais.reports", aisReports));
        c.add(new Counter("ais.reports.duplicate", aisDedupe.duplicates()));
        c.add(new Counter("ais.observations", ais.observations()));
        c.add(new Counter("decoded.observations", observations));
        c.add(new Counter("tracks.live", tracker.size()));
        c.add(new Counter("events", events));
        for (Supplier<List<Counter>> source : counterSources) {
            c.addAll(source.get());
        }
        return c;
    }

    /** A named count. */
    public record Counter(String name, long value) {
    }

    /**
     * Turns batching on or off (off flushes). While on, decoded observations are held until {@value #BATCH} wait, or
     * until event time reaches the tracker's next silence scan or the detectors' next tick, or {@link #flush}; then the
     * tracker applies them together ({@link Tracker#acceptAll}), overlapping their cache misses. Every event and
     * listener call is the same and in the same order as one by one, only later in wall time: for input that arrives
     * in a tight loop (unpaced replay and simulation, or a live backlog flushed whenever the queue runs dry), not for
     * paced input, whose listeners would wait.
     */
    public void batching(boolean on) {
        if (!on) {
            flush();
        }
        batching = on;
    }

    /** Applies the observations {@link #batching} holds. */
    public void flush() {
        int n = pendingCount;
        if (n > 0) {
            pendingCount = 0;
            tracker.acceptAll(pending, 0, n);
            Arrays.fill(pending, 0, n, null);
        }
    }

    private void observe(Observation o) {
        if (!batching) {
            tracker.accept(o);
            return;
        }
        pending[pendingCount++] = o;
        if (pendingCount == BATCH) {
            flush();
        }
    }

    private void emit(EngineEvent e) {
        events++;
        for (PipelineListener l : listeners) {
            l.onEvent(e);
        }
    }

    /**
     * The detectors' view of the receiver registry: one {@link ReceiverSites.Site} per registered site, made once and
     * made again only when the registry hands out a different site for the id (the detectors ask on every update).
     */
    private static final class CachedSites implements ReceiverSites {
        private final ReceiverRegistry registry;
        private final Map<Integer, Cached> cache = new HashMap<>();

        private record Cached(ReceiverSite source, Site site) {
        }

        CachedSites(ReceiverRegistry registry) {
            this.registry = registry;
        }

        @Override
        public Site site(int receiverId) {
            ReceiverSite s = registry.find(receiverId);
            if (s == null) {
                return null;
            }
            Cached c = cache.get(receiverId);
            if (c == null || c.source() != s) {
                c = new Cached(s, new Site(s.latDeg(), s.lonDeg(), s.antennaHeightM()));
                cache.put(receiverId, c);
            }
            return c.site();
        }
    }

    /**
     * The tracker's one listener: the detectors first, then every sink, all reading the tracker's reused view (a sink
     * that keeps the update copies it). Every {@link TrackListener} method is passed on, the warm-ups too: without them
     * a batch ({@link Tracker#acceptAll}) would overlap the misses of the tracker's records but not of the detectors'
     * ({@code EngineCoreFanoutTest}).
     */
    private final class Fanout implements TrackListener {
        @Override
        public void onUpdate(TrackSnapshot s) {
            onUpdate((TrackView) s);
        }

        @Override
        public void onUpdate(TrackView v) {
            detectors.onUpdate(v);
            for (PipelineListener l : listeners) {
                l.onTrack(v);
            }
        }

        @Override
        public void onSilent(TargetKey key, long lastSeenNanos, long nowNanos) {
            detectors.onSilent(key, lastSeenNanos, nowNanos);
        }

        @Override
        public void onExpired(TargetKey key, long nowNanos) {
            detectors.onExpired(key, nowNanos);
            for (PipelineListener l : listeners) {
                l.onExpired(key, nowNanos);
            }
        }

        @Override
        public long warm(Object attachment) {
            return detectors.warm(attachment);
        }

        @Override
        public long warmPartners(Object attachment) {
            return detectors.warmPartners(attachment);
        }
    }
}

package org.deconflict.app.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.deconflict.app.pipeline.feed.StoreWiring;
import org.deconflict.app.pipeline.ledger.LedgerSink;
import org.deconflict.app.store.Store;
import org.deconflict.app.store.StoreWriter;
import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.Severity;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.TrackerConfig;

/**
 * One run of the program's pipeline: the {@link EngineCore} with its standard sinks — target names, console incident
 * lines, the store (optional, always wired through one {@link StoreWiring}, so every command and the web server see
 * the same store), a JSON lines file (optional), the ledger (optional) — and a tally of incidents for the closing
 * summary. Built by {@link #builder}; closed once, after which everything accepted is stored.
 */
public final class Pipeline implements AutoCloseable {

    private final EngineCore core;
    private final DetectionConfig detection;
    private final TargetNames names = new TargetNames();
    private final StoreWiring store;
    private final JsonLinesSink jsonLines;
    private final LedgerSink ledgerSink;
    private final Map<EncounterType, Integer> incidents = new EnumMap<>(EncounterType.class);
    private final Map<String, Integer> otherEvents = new java.util.TreeMap<>();
    private final long startWallNanos = System.nanoTime();
    private boolean closed;

    private Pipeline(Builder b) {
        this.core = new EngineCore(b.tracker, b.detection, b.receivers, b.receiverNames);
        this.detection = b.detection;
        core.addListener(names);
        core.addListener(new PipelineListener() {
            @Override
            public void onEvent(EngineEvent e) {
                if (e instanceof Incident i) {
                    incidents.merge(i.type(), 1, Integer::sum);
                } else {
                    otherEvents.merge(e.kind().name(), 1, Integer::sum);
                }
            }
        });
        if (b.console != null) {
            core.addListener(new ConsoleSink(b.console, names));
        }
        this.store = b.storeLocation == null ? null : new StoreWiring(core, b.storeLocation, b.storeGateOpen,
                b.storeWriter);
        if (b.ledgerDir != null) {
            try {
                this.ledgerSink = LedgerSink.openDefault(b.ledgerDir, b.ledgerNode, b.ledgerNation,
                        b.ledgerMinSeverity, core);
            } catch (java.io.IOException | RuntimeException e) {
                if (store != null) {
                    store.close();
                }
                throw new IllegalStateException("cannot open the ledger in " + b.ledgerDir + ": " + e.getMessage(), e);
            }
            core.addListener(ledgerSink);
        } else {
            this.ledgerSink = null;
        }
        this.jsonLines = b.eventsFile == null ? null : new JsonLinesSink(b.eventsFile);
        if (jsonLines != null) {
            core.addListener(jsonLines);
        }
    }

    public static Builder builder(ReceiverRegistry receivers, ReceiverNames names) {
        return new Builder(receivers, names);
    }

    public EngineCore core() {
        return core;
    }

    /** The detector thresholds this pipeline runs with (the tracker's are {@code core().tracker().config()}). */
    public DetectionConfig detection() {
        return detection;
    }

    public TargetNames names() {
        return names;
    }

    /** The store, or null when the run does not store. */
    public Store store() {
        return store == null ? null : store.store();
    }

    /** The store with its writer and resume gate (replay progress markers go through it), or null. */
    public StoreWiring storeWiring() {
        return store;
    }

    /** The sink filing incidents into this node's ledger, or null when the run keeps no ledger. */
    public LedgerSink ledgerSink() {
        return ledgerSink;
    }

    /** Incidents found so far, by type. */
    public Map<EncounterType, Integer> incidents() {
        return Map.copyOf(incidents);
    }

    /**
     * Ends the run: {@link EngineCore#finish()} (every listener's {@code onFinish}, in the order added), then flushes
     * every sink and waits until the store has committed everything; idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            core.finish();
            if (ledgerSink != null) {
                ledgerSink.close();
            }
            if (jsonLines != null) {
                jsonLines.close();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (store != null) {
                store.close(); // flushes the writer, then closes the store
            }
        }
    }

    /** The closing summary: counters, incidents by kind, store rows, wall time. */
    public void printSummary(PrintStream out) {
        double wallS = (System.nanoTime() - startWallNanos) / 1e9;
        out.println();
        out.println("── summary ─────────────────────────────────────────────");
        for (EngineCore.Counter c : core.counters()) {
            out.printf(Locale.ROOT, "  %-28s %,14d%n", c.name(), c.value());
        }
        out.printf(Locale.ROOT, "  %-28s %,14d%n", "targets.seen", names.size());
        if (incidents.isEmpty()) {
            out.println("  incidents                    none");
        }
        incidents.forEach((k, v) -> out.printf(Locale.ROOT, "  incident %-19s %,14d%n", IncidentLines.words(k), v));
        otherEvents.forEach((k, v) -> out.printf(Locale.ROOT, "  event %-22s %,14d%n",
                k.toLowerCase(Locale.ROOT).replace('_', ' '), v));
        if (store != null) {
            StoreWriter.Stats s = store.writer().stats();
            out.printf(Locale.ROOT, "  %-28s %,14d  (%s)%n", "store.rows", s.rowsCommitted(), store.store().describe());
        }
        if (ledgerSink != null) {
            ledgerSink.counters().forEach(c -> out.printf(Locale.ROOT, "  %-28s %,14d%n", c.name(), c.value()));
        }
        out.printf(Locale.ROOT, "  %-28s %14.1f s%n", "wall time", wallS);
    }

    /** Options of a run. */
    public static final class Builder {
        private final ReceiverRegistry receivers;
        private final ReceiverNames receiverNames;
        private TrackerConfig tracker = TrackerConfig.defaults();
        private DetectionConfig detection = DetectionConfig.defaults();
        private PrintStream console;
        private String storeLocation;
        private boolean storeGateOpen = true;
        private StoreWriter.Config storeWriter = StoreWriter.Config.defaults();
        private Path eventsFile;
        private Path ledgerDir;
        private String ledgerNode = "deconflict-node";
        private String ledgerNation;
        private Severity ledgerMinSeverity = LedgerSink.DEFAULT_MIN_SEVERITY;

        private Builder(ReceiverRegistry receivers, ReceiverNames receiverNames) {
            this.receivers = receivers;
            this.receiverNames = receiverNames;
        }

        /** Tracker thresholds (default {@link TrackerConfig#defaults()}). */
        public Builder tracker(TrackerConfig config) {
            this.tracker = Objects.requireNonNull(config);
            return this;
        }

        /** Detector thresholds (default {@link DetectionConfig#defaults()}). */
        public Builder detection(DetectionConfig config) {
            this.detection = Objects.requireNonNull(config);
            return this;
        }

        /** Print incident lines here (null: don't). */
        public Builder console(PrintStream out) {
            this.console = out;
            return this;
        }

        /** Store into this location ({@link Store#open(String)}); null: no store. */
        public Builder store(String location) {
            return store(location, true);
        }

        /**
         * Store into this location; {@code gateOpen} false discards writes until {@link StoreWiring#openGate()} (a
         * resumed replay re-reading what an earlier run stored).
         */
        public Builder store(String location, boolean gateOpen) {
            this.storeLocation = location;
            this.storeGateOpen = gateOpen;
            return this;
        }

        /** The store writer's batching and position down-sampling (default {@link StoreWriter.Config#defaults()}). */
        public Builder storeWriter(StoreWriter.Config config) {
            this.storeWriter = Objects.requireNonNull(config);
            return this;
        }

        /** Also write every event as JSON lines to this file; null: don't. */
        public Builder events(Path file) {
            this.eventsFile = file;
            return this;
        }

        /**
         * File incidents of {@code minSeverity} or worse into the ledger kept in {@code dir} as node {@code node} of
         * {@code nation}; null dir: no ledger.
         */
        public Builder ledger(Path dir, String node, String nation, Severity minSeverity) {
            this.ledgerDir = dir;
            this.ledgerNode = node;
            this.ledgerNation = nation;
            this.ledgerMinSeverity = Objects.requireNonNull(minSeverity);
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}

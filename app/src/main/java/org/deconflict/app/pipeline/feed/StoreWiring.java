package org.deconflict.app.pipeline.feed;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.app.pipeline.StoreSink;
import org.deconflict.app.store.AreaPositions;
import org.deconflict.app.store.Batch;
import org.deconflict.app.store.ComplianceRow;
import org.deconflict.app.store.EventRow;
import org.deconflict.app.store.FlightRow;
import org.deconflict.app.store.IncidentQuery;
import org.deconflict.app.store.IncidentRow;
import org.deconflict.app.store.PositionQuery;
import org.deconflict.app.store.PositionRow;
import org.deconflict.app.store.ReplayProgress;
import org.deconflict.app.store.Store;
import org.deconflict.app.store.StoreWriter;
import org.deconflict.app.store.TargetKind;
import org.deconflict.app.store.TargetRow;
import org.deconflict.engine.track.TrackState;

/**
 * The store of a replay: a {@link StoreSink} on the engine, a {@link StoreWriter} the replay can also write
 * {@link ReplayProgress} markers through, and a gate in front of the store. While the gate is shut, committed batches
 * are discarded: a resumed replay re-reads what an earlier run already stored (to rebuild the tracks exactly as they
 * were) without writing it twice, then {@link #openGate()} lets the rest through.
 */
public final class StoreWiring implements AutoCloseable {

    private final Store store;
    private final GatedStore gated;
    private final StoreWriter writer;

    /** Opens the store at {@code location} and attaches a sink to {@code core}; the gate starts {@code open}. */
    public StoreWiring(EngineCore core, String location, boolean open) {
        this(core, location, open, StoreWriter.Config.defaults());
    }

    /** The same with the writer's batching and position down-sampling given. */
    public StoreWiring(EngineCore core, String location, boolean open, StoreWriter.Config writerConfig) {
        this.store = Store.open(location);
        this.gated = new GatedStore(store, open);
        this.writer = new StoreWriter(gated, writerConfig);
        core.addListener(new StoreSink(writer, key -> {
            TrackState s = core.tracker().get(key);
            return s == null ? null : s.trail();
        }));
    }

    public Store store() {
        return store;
    }

    public StoreWriter writer() {
        return writer;
    }

    public boolean gateOpen() {
        return gated.open;
    }

    /** Commits (and so discards) everything added while shut, then lets every later batch through. */
    public void openGate() {
        if (!gated.open) {
            writer.flush();
            gated.open = true;
        }
    }

    /** Flushes and stops the writer, then closes the store. */
    @Override
    public void close() {
        try {
            writer.close();
        } finally {
            store.close();
        }
    }

    /** A store whose writes are dropped until opened; everything else goes straight through. */
    private static final class GatedStore implements Store {
        private final Store inner;
        private volatile boolean open;

        GatedStore(Store inner, boolean open) {
            this.inner = inner;
            this.open = open;
        }

        @Override
        public void write(Batch batch) {
            if (open) {
                inner.write(batch);
            }
        }

        @Override
        public String describe() {
            return inner.describe();
        }

        @Override
        public int schemaVersion() {
            return inner.schemaVersion();
        }

        @Override
        public Optional<ReplayProgress> progress(String inputName) {
            return inner.progress(inputName);
        }

        @Override
        public Optional<TargetRow> target(String targetKey) {
            return inner.target(targetKey);
        }

        @Override
        public Optional<FlightRow> flight(String flightId) {
            return inner.flight(flightId);
        }

        @Override
        public List<FlightRow> flights(String targetKey, long fromMs, long toMs) {
            return inner.flights(targetKey, fromMs, toMs);
        }

        @Override
        public List<PositionRow> track(String targetKey, long fromMs, long toMs) {
            return inner.track(targetKey, fromMs, toMs);
        }

        @Override
        public AreaPositions positions(PositionQuery query) {
            return inner.positions(query);
        }

        @Override
        public List<PositionRow> flightTrack(String flightId) {
            return inner.flightTrack(flightId);
        }

        @Override
        public List<EventRow> events(long fromMs, long toMs, String kind) {
            return inner.events(fromMs, toMs, kind);
        }

        @Override
        public List<IncidentRow> incidents(IncidentQuery query) {
            return inner.incidents(query);
        }

        @Override
        public List<ComplianceRow> compliance(long fromMs, long toMs, TargetKind kind) {
            return inner.compliance(fromMs, toMs, kind);
        }

        @Override
        public Map<String, Long> rowCounts() {
            return inner.rowCounts();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}

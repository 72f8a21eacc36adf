package org.deconflict.engine.detect;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the detectors remember, in one serialisable object graph: tracks, spatial grids, open encounters, pass
 * counts, departed targets, compliance sums and GNSS areas. One instance per partition cell when run keyed by cell
 * (Flink keyed state), or one for the whole scene in a single process. Wiring (sink, coverage, receiver sites) is not
 * part of the state: re-attach it with {@link Detectors#Detectors(DetectorState, CoverageOracle, ReceiverSites,
 * EventSink, CellPartitioner, long)}.
 */
public final class DetectorState implements Serializable {

    private static final long serialVersionUID = 1L;

    final DetectionConfig config;
    final TrackMap tracks = new TrackMap(1024);
    final SpatialGrid airGrid;
    final SpatialGrid seaGrid;
    final EncounterBook book;
    /** Low-pass counts by (aircraft key, ship key). */
    final LongPairMap<AirSeaDetector.PassState> passes = new LongPairMap<>(64);
    final LongObjectMap<LastFix> departed = new LongObjectMap<>(256);
    final Map<String, DarkFlightDetector.NationTotals> nations = new TreeMap<>();
    final GnssDetector.State gnss = new GnssDetector.State();
    /** Pair search by neighbour lists (the default) or by a full grid scan per update (the reference they reproduce). */
    final boolean neighbourLists;
    long nextHousekeepingNanos = Long.MIN_VALUE;
    long nextPruneNanos = Long.MIN_VALUE;

    public DetectorState(DetectionConfig config) {
        this(config, true);
    }

    /**
     * State whose pair search scans the grid in full on every update: the reference the neighbour lists reproduce
     * exactly, for verification and for measuring what the lists save.
     */
    public static DetectorState fullScan(DetectionConfig config) {
        return new DetectorState(config, false);
    }

    /** State whose pair search uses neighbour lists, or with {@code neighbourLists} false a full scan per update. */
    DetectorState(DetectionConfig config, boolean neighbourLists) {
        this.config = config;
        this.neighbourLists = neighbourLists;
        this.airGrid = new SpatialGrid(config.airPairRadiusM());
        this.seaGrid = new SpatialGrid(Math.max(config.seaPairRadiusM(), config.airSea().approachRangeM()));
        this.book = new EncounterBook(config, tracks);
    }

    public DetectionConfig config() {
        return config;
    }

    /** Targets currently held. */
    public int targetCount() {
        return tracks.size();
    }

    /** Encounters currently open. */
    public int openEncounterCount() {
        return book.openCount();
    }
}

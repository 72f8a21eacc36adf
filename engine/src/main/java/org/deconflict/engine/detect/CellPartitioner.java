package org.deconflict.engine.detect;

import java.util.Arrays;

/**
 * Splits the world into partition cells no smaller than the detectors' largest interaction radius, for running one
 * {@link Detectors} per cell (e.g. keyed by cell in Flink). A snapshot is routed to every cell its interaction disc
 * touches ({@link #cellsFor}): its home cell plus neighbours when near a border. Two targets close enough to interact
 * are then both present in the home cell of either, and each event is reported only by its owner cell — for a pair
 * encounter the home cell of the lower-keyed participant when the encounter opened, for a single-target event the
 * home cell of its position. Snapshots without a position go to one partition chosen by a fixed rule (e.g. by key).
 *
 * <p>Exactness holds while an encounter's owner keeps receiving both participants, i.e. while the lower-keyed target
 * stays within one interaction radius of its opening cell; a longer encounter is closed by staleness in the owner.
 */
public final class CellPartitioner {

    private final CellScheme scheme;
    private final double radiusM;
    private final CellScheme.Buffer buffer = new CellScheme.Buffer();

    /** Cells sized to {@link DetectionConfig#interactionRadiusM()}. */
    public CellPartitioner(DetectionConfig config) {
        this(config.interactionRadiusM(), config.interactionRadiusM());
    }

    /** Cells of {@code cellM} (≥ {@code radiusM}) and copies within {@code radiusM} of a border. */
    public CellPartitioner(double cellM, double radiusM) {
        if (cellM < radiusM) {
            throw new IllegalArgumentException("cells must be at least the interaction radius");
        }
        this.scheme = new CellScheme(cellM);
        this.radiusM = radiusM;
    }

    public CellScheme scheme() {
        return scheme;
    }

    /** The cell owning events at this position. */
    public long homeCell(double latDeg, double lonDeg) {
        return scheme.cellOf(latDeg, lonDeg);
    }

    /** Every cell that must receive a snapshot at this position (home cell included), ascending, no duplicates. */
    public long[] cellsFor(double latDeg, double lonDeg) {
        int n = scheme.cellsNear(latDeg, lonDeg, radiusM, buffer);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = buffer.get(i);
        }
        Arrays.sort(out);
        return Arrays.stream(out).distinct().toArray();
    }
}

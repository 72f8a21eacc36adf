package org.deconflict.engine.detect;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Uniform grid of tracks ({@link CellScheme}) sized to the largest pair radius of its domain, so finding a track's
 * possible partners visits at most 3×3 cells: the cost of an update depends on local density, not on the total number
 * of targets.
 */
final class SpatialGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CellScheme scheme;
    private final KeyedMap<Cell> cells = new KeyedMap<>(1024);
    /** Tracks whose neighbour-list reference speed exceeds the domain's speed cap ({@link NeighbourScan}). */
    final LongObjectMap<Track> fast = new LongObjectMap<>(16);
    /**
     * Reference speeds of the other tracks in the grid, counted per whole m/s (rounded up), so a rebuild can size its
     * radius by the fastest reference present instead of the cap; false in a state restored from before they were
     * kept (the cap is used then).
     */
    int[] refSpeeds;
    boolean refSpeedsKept = true;
    private transient CellScheme.Buffer ids;
    private long scanSeq;

    /**
     * Tracks of one cell, unordered; a track knows its slot so removal is O(1). Keyed by its cell id (the grid finds
     * cells in a {@link KeyedMap}). The fields the pair search reads
     * first are copied, interleaved, into one primitive array ({@link #STRIDE} values per track), so rejecting
     * far-away candidates streams through contiguous memory instead of chasing one object per candidate.
     */
    static final class Cell extends Keyed {
        private static final long serialVersionUID = 1L;
        /** Per track: position time (ns, as a double: ~0.3 µs resolution, ample for screening), lat, lon (deg),
         * altitude (ft), velocity east, north (m/s), up (ft/s), metres per degree of longitude at the track: eight
         * doubles, one 64-byte cache line. */
        static final int STRIDE = 8;
        static final int POS_NANOS = 0;
        static final int LAT = 1;
        static final int LON = 2;
        static final int ALT = 3;
        static final int V_EAST = 4;
        static final int V_NORTH = 5;
        static final int V_UP = 6;
        static final int M_PER_DEG_LON = 7;

        /** Per track, beside: its neighbour-list reference motion ({@link NeighbourScan}), so a rebuild tests
         * candidates' references without fetching their track objects. Split in two arrays by the order a rebuild
         * reads them: first the time and altitude line ({@link #VREF_STRIDE} longs: time, ns, and the float bits of
         * altitude and vertical rate; 16 bytes, four candidates per cache line), which rules most candidates out (they
         * fly at other levels); then, for the rest, the horizontal line ({@link #HREF_STRIDE} longs: latitude and
         * longitude as double bits, then the float bits of velocity east and north). Time {@link #NO_LIST} marks a
         * track without a valid list (a real reference time is an event time, never that). */
        static final int VREF_STRIDE = 2;
        static final int REF_NANOS = 0;
        static final int REF_V_VERTICAL = 1;
        static final int HREF_STRIDE = 3;
        static final int REF_LAT = 0;
        static final int REF_LON = 1;
        static final int REF_V_HORIZONTAL = 2;
        static final long NO_LIST = Long.MIN_VALUE;

        Track[] items = new Track[4];
        double[] data = new double[4 * STRIDE];
        transient long[] vrefs = new long[4 * VREF_STRIDE];
        transient long[] hrefs = new long[4 * HREF_STRIDE];
        int size;

        /** An empty cell; its key is its {@link CellScheme} id. */
        Cell(long id) {
            super(id);
        }

        /** Copies a track's reference motion into slot {@code i} (or marks it absent when the track has no list). */
        void writeRef(int i, Track t) {
            int v = i * VREF_STRIDE;
            if (t.near == null) {
                vrefs[v + REF_NANOS] = NO_LIST;
                return;
            }
            vrefs[v + REF_NANOS] = t.refNanos;
            vrefs[v + REF_V_VERTICAL] = pack(t.refAltitudeFt, t.refVUpFtps);
            int h = i * HREF_STRIDE;
            hrefs[h + REF_LAT] = Double.doubleToRawLongBits(t.refLatDeg);
            hrefs[h + REF_LON] = Double.doubleToRawLongBits(t.refLonDeg);
            hrefs[h + REF_V_HORIZONTAL] = pack(t.refVEastMps, t.refVNorthMps);
        }

        /** True when the track in slot {@code i} has a valid neighbour list (and so a reference). */
        boolean hasRef(int i) {
            return vrefs[i * VREF_STRIDE + REF_NANOS] != NO_LIST;
        }

        long refNanos(int i) {
            return vrefs[i * VREF_STRIDE + REF_NANOS];
        }

        double refLatDeg(int i) {
            return Double.longBitsToDouble(hrefs[i * HREF_STRIDE + REF_LAT]);
        }

        double refLonDeg(int i) {
            return Double.longBitsToDouble(hrefs[i * HREF_STRIDE + REF_LON]);
        }

        float refVEastMps(int i) {
            return high(hrefs[i * HREF_STRIDE + REF_V_HORIZONTAL]);
        }

        float refVNorthMps(int i) {
            return low(hrefs[i * HREF_STRIDE + REF_V_HORIZONTAL]);
        }

        float refAltitudeFt(int i) {
            return high(vrefs[i * VREF_STRIDE + REF_V_VERTICAL]);
        }

        float refVUpFtps(int i) {
            return low(vrefs[i * VREF_STRIDE + REF_V_VERTICAL]);
        }

        private static long pack(float high, float low) {
            return ((long) Float.floatToRawIntBits(high) << 32) | (Float.floatToRawIntBits(low) & 0xFFFF_FFFFL);
        }

        private static float high(long v) {
            return Float.intBitsToFloat((int) (v >>> 32));
        }

        private static float low(long v) {
            return Float.intBitsToFloat((int) v);
        }

        /** Moves slot {@code from}'s track (object, copy and reference) into slot {@code to}. */
        void move(int from, int to) {
            Track t = items[from];
            write(to, t);
            System.arraycopy(vrefs, from * VREF_STRIDE, vrefs, to * VREF_STRIDE, VREF_STRIDE);
            System.arraycopy(hrefs, from * HREF_STRIDE, hrefs, to * HREF_STRIDE, HREF_STRIDE);
        }

        /** Neighbour lists and references are not serialised (they are rebuilt at each track's next fix): mark every
         * reference absent. */
        private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
            in.defaultReadObject();
            vrefs = new long[items.length * VREF_STRIDE];
            hrefs = new long[items.length * HREF_STRIDE];
            for (int i = 0; i < size; i++) {
                vrefs[i * VREF_STRIDE + REF_NANOS] = NO_LIST;
            }
        }

        /** Puts track {@code t} in slot {@code i}: the object and its copy. */
        void write(int i, Track t) {
            items[i] = t;
            writeCopy(data, i, t);
        }

        /**
         * Refreshes the copy of the track in slot {@code i} of the cell whose {@code data} is given; the object array
         * is not touched (a store to it would fetch its line for nothing).
         */
        static void writeCopy(double[] data, int i, Track t) {
            int o = i * STRIDE;
            data[o + POS_NANOS] = t.positionNanos;
            data[o + LAT] = t.latDeg;
            data[o + LON] = t.lonDeg;
            data[o + ALT] = t.altitudeFt;
            data[o + V_EAST] = t.vEastMps;
            data[o + V_NORTH] = t.vNorthMps;
            data[o + V_UP] = t.vUpFtps;
            data[o + M_PER_DEG_LON] = t.mPerDegLon;
        }

        /** Doubles the cell's capacity; its tracks' {@link Track#copy} follow their copies into the new array. */
        void grow() {
            items = Arrays.copyOf(items, items.length * 2);
            data = Arrays.copyOf(data, data.length * 2);
            vrefs = Arrays.copyOf(vrefs, vrefs.length * 2);
            hrefs = Arrays.copyOf(hrefs, hrefs.length * 2);
            for (int i = 0; i < size; i++) {
                items[i].copy = data;
            }
        }
    }

    SpatialGrid(double cellM) {
        this.scheme = new CellScheme(cellM);
    }

    /** A fresh id for one pair scan: candidates evaluated in it are marked with it. */
    long nextScan() {
        return ++scanSeq;
    }

    CellScheme scheme() {
        return scheme;
    }

    /**
     * Puts the track in the cell of its current position, or refreshes its copy there. A track moving to another cell
     * keeps its neighbour list and reference: cells only index where tracks are, and the lists' guarantee rests on the
     * tracks' motion, not on their cells ({@link NeighbourScan}); lapsing the list at every crossing would add a
     * rebuild each time.
     */
    void place(Track t) {
        long id = scheme.cellOf(t.latDeg, t.lonDeg);
        if (id == t.cellId) {
            Cell.writeCopy(copyOf(t), t.cellIndex, t);
            return;
        }
        if (t.cellId != Track.NO_CELL) {
            vacate(t);
        }
        Cell c = cells.get(id);
        if (c == null) {
            c = new Cell(id);
            cells.add(c);
        }
        if (c.size == c.items.length) {
            c.grow();
        }
        c.write(c.size, t);
        c.writeRef(c.size, t);          // the reference it moves with, or none: a track entering the grid has no list
        t.cellId = id;
        t.cell = c;
        t.copy = c.data;
        t.cellIndex = c.size++;
    }

    /** Takes the track out of the grid (no-op when absent). */
    void remove(Track t) {
        if (t.cellId == Track.NO_CELL) {
            return;
        }
        vacate(t);
        t.near = null;                  // off the grid: its neighbour list lapses and is rebuilt on return
        t.nearCount = 0;
        t.near0 = null;
        uncountRef(t);
        if (fast.size() > 0) {
            fast.remove(t.key);
        }
    }

    /** Empties the track's slot in its cell (the cell's last track takes the slot); its list and reference stay. */
    private void vacate(Track t) {
        Cell c = cellOf(t);
        int last = --c.size;
        Track moved = c.items[last];
        c.move(last, t.cellIndex);
        moved.cellIndex = t.cellIndex;
        c.items[last] = null;
        if (c.size == 0) {
            cells.remove(t.cellId);
        }
        t.cellId = Track.NO_CELL;
        t.cell = null;
        t.copy = null;
        t.cellIndex = -1;
    }

    /** Counts a track's reference speed (at most the length of {@link #refSpeeds} − 1 m/s). */
    void countRef(Track t, int bucket) {
        refSpeeds[bucket]++;
        t.refSpeedBucket = bucket;
    }

    /** Removes a track's reference speed from the counts, if counted. */
    void uncountRef(Track t) {
        if (t.refSpeedBucket >= 0) {
            refSpeeds[t.refSpeedBucket]--;
            t.refSpeedBucket = -1;
        }
    }

    /** The fastest counted reference speed, m/s (rounded up), or −1 when none is counted. */
    int fastestRef() {
        for (int b = refSpeeds.length - 1; b >= 0; b--) {
            if (refSpeeds[b] > 0) {
                return b;
            }
        }
        return -1;
    }

    /**
     * Reads the first value of a track's grid copy, if it has one, for a warm-up ahead of an update
     * ({@link Detectors#onUpdates}); changes nothing, and the value means nothing.
     */
    static long warmCopy(Track t) {
        double[] d = t.copy;
        int k = t.cellIndex * Cell.STRIDE;
        return d != null && k >= 0 && k < d.length ? Double.doubleToRawLongBits(d[k]) : 0;
    }

    /** The cell with this id, or null when empty. */
    Cell cell(long id) {
        return cells.get(id);
    }

    /** The cell holding the track, or null when it is not in the grid (the link is re-found after deserialisation). */
    Cell cellOf(Track t) {
        if (t.cell == null && t.cellId != Track.NO_CELL) {
            Cell c = cells.get(t.cellId);
            t.cell = c;
            t.copy = c == null ? null : c.data;
        }
        return t.cell;
    }

    /** The array holding the track's grid copy (its cell's {@code data}), or null when it is not in the grid. */
    double[] copyOf(Track t) {
        double[] d = t.copy;
        if (d == null && cellOf(t) != null) {
            d = t.copy;                 // a restored track: found again with its cell
        }
        return d;
    }

    /** Scratch list of cells returned by {@link #cellsNear}. */
    static final class Hits {
        Cell[] cells = new Cell[16];
        int size;
    }

    /** Fills {@code out} with the non-empty cells a disc of {@code radiusM} around the point may touch. */
    void cellsNear(double latDeg, double lonDeg, double radiusM, Hits out) {
        if (ids == null) {
            ids = new CellScheme.Buffer();
        }
        int n = scheme.cellsNear(latDeg, lonDeg, radiusM, ids);
        out.size = 0;
        for (int i = 0; i < n; i++) {
            Cell c = cells.get(ids.get(i));
            if (c != null) {
                if (out.size == out.cells.length) {
                    out.cells = Arrays.copyOf(out.cells, out.size * 2);
                }
                out.cells[out.size++] = c;
            }
        }
    }
}

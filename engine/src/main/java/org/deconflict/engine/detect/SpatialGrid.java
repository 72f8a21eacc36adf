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
    private final LongObjectMap<Cell> cells = new LongObjectMap<>(1024);
    private transient CellScheme.Buffer ids;

    /** Tracks of one cell, unordered; a track knows its slot so removal is O(1). */
    static final class Cell implements Serializable {
        private static final long serialVersionUID = 1L;
        Track[] items = new Track[4];
        int size;
    }

    SpatialGrid(double cellM) {
        this.scheme = new CellScheme(cellM);
    }

    CellScheme scheme() {
        return scheme;
    }

    /** Puts the track in the cell of its current position (no-op when unchanged). */
    void place(Track t) {
        long id = scheme.cellOf(t.latDeg, t.lonDeg);
        if (id == t.cellId) {
            return;
        }
        remove(t);
        Cell c = cells.get(id);
        if (c == null) {
            c = new Cell();
            cells.put(id, c);
        }
        if (c.size == c.items.length) {
            c.items = Arrays.copyOf(c.items, c.size * 2);
        }
        c.items[c.size] = t;
        t.cellId = id;
        t.cellIndex = c.size++;
    }

    /** Takes the track out of the grid (no-op when absent). */
    void remove(Track t) {
        if (t.cellId == Track.NO_CELL) {
            return;
        }
        Cell c = cells.get(t.cellId);
        int last = --c.size;
        Track moved = c.items[last];
        c.items[t.cellIndex] = moved;
        moved.cellIndex = t.cellIndex;
        c.items[last] = null;
        if (c.size == 0) {
            cells.remove(t.cellId);
        }
        t.cellId = Track.NO_CELL;
        t.cellIndex = -1;
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

    /** Memory estimate helper: number of non-empty cells. */
    int cellCount() {
        return cells.size();
    }
}

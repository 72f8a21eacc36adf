package org.deconflict.engine.detect;

import java.io.Serializable;

import org.deconflict.engine.geo.Geo;

/**
 * Cell arithmetic of a global grid: rows of equal latitude height, each row cut into as many equal columns as fit
 * cells at least {@code cellM} wide on the row's poleward edge. Columns wrap at the antimeridian and shrink to one
 * near the poles, so cells are never narrower than {@code cellM} and a disc of radius ≤ {@code cellM} touches at most
 * 3 rows × 3 columns (4 × 4 with the 1 % query margin). A cell id packs (row, column) into a {@code long}.
 */
public final class CellScheme implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Shortest meridian arc per degree on WGS-84 (at the equator), a(1 − e²)·π/180 metres. */
    private static final double MIN_M_PER_DEG_LAT = Geo.WGS84_A_M * (1 - Geo.WGS84_E2) * Math.PI / 180;
    /** Margin for a parallel arc being slightly longer than the geodesic between the same endpoints. */
    private static final double QUERY_MARGIN = 1.01;

    private final double cellM;
    private final double rowDeg;
    private final int rows;
    private final int[] cols;

    /** A scheme whose cells are at least {@code cellM} metres in each direction. */
    public CellScheme(double cellM) {
        if (!(cellM > 0)) {
            throw new IllegalArgumentException("cell size must be positive: " + cellM);
        }
        this.cellM = cellM;
        this.rows = (int) Math.max(1, Math.floor(180 * MIN_M_PER_DEG_LAT / cellM));
        this.rowDeg = 180.0 / rows;
        this.cols = new int[rows];
        for (int r = 0; r < rows; r++) {
            double poleward = Math.max(Math.abs(-90 + r * rowDeg), Math.abs(-90 + (r + 1) * rowDeg));
            double circumference = 360 * metresPerDegLon(poleward);
            cols[r] = (int) Math.max(1, Math.floor(circumference / cellM));
        }
    }

    public double cellM() {
        return cellM;
    }

    /** Id of the cell containing the point (degrees). */
    public long cellOf(double latDeg, double lonDeg) {
        int r = row(latDeg);
        return id(r, col(r, lonDeg));
    }

    /** Latitude of the centre of a cell, degrees. */
    public double centerLatDeg(long cellId) {
        return -90 + ((cellId >>> 32) + 0.5) * rowDeg;
    }

    /** Longitude of the centre of a cell, degrees in [-180, 180). */
    public double centerLonDeg(long cellId) {
        int r = (int) (cellId >>> 32);
        return -180 + ((int) cellId + 0.5) * 360.0 / cols[r];
    }

    /**
     * Writes into {@code out} the ids of every cell that a disc of {@code radiusM} around the point may touch and
     * returns how many; {@code out} grows when too small. Rows south to north, columns west to east within a row.
     */
    public int cellsNear(double latDeg, double lonDeg, double radiusM, Buffer out) {
        Window w = new Window();
        window(latDeg, lonDeg, radiusM, w);
        int n = 0;
        for (int row = w.row0; row <= w.row1; row++) {
            int c = cols[row];
            int colLo = w.colLo(row, c);
            int colHi = w.colHi(row, c);
            for (int col = colLo; col <= colHi; col++) {
                n = out.add(n, id(row, Math.floorMod(col, c)));
            }
        }
        return n;
    }

    /**
     * True when no point of the cell lies within {@code radiusM} of the point (degrees), so a disc query may skip a
     * cell {@link #cellsNear} listed (its window is a rectangle: the corners lie outside the disc). A path of length
     * L ≤ r from the point stays within r / M_min of its latitude, where a degree of longitude spans at least p_min, so
     * L ≥ √((M_min·Δφ)² + (p_min·Δλ)²) with Δφ, Δλ the cell's latitude and longitude gaps (Minkowski's inequality on
     * ds² = M²dφ² + (N cos φ)²dλ²); the cell is beyond when that bound exceeds r with the query margin.
     */
    boolean beyond(long cellId, double latDeg, double lonDeg, double radiusM) {
        return beyond(cellId, latDeg, lonDeg, radiusM, leastMetresPerDegLon(latDeg, radiusM));
    }

    /** The least metres per degree of longitude within {@code radiusM} of latitude {@code latDeg}, for {@link #beyond}. */
    double leastMetresPerDegLon(double latDeg, double radiusM) {
        return metresPerDegLon(Math.min(90, Math.abs(latDeg) + radiusM * QUERY_MARGIN / MIN_M_PER_DEG_LAT));
    }

    /** {@link #beyond(long, double, double, double)} with {@link #leastMetresPerDegLon} computed once per query. */
    boolean beyond(long cellId, double latDeg, double lonDeg, double radiusM, double leastMPerDegLon) {
        double r = radiusM * QUERY_MARGIN;
        int row = (int) (cellId >>> 32);
        int col = (int) cellId;
        double latLo = -90 + row * rowDeg;
        double gapLatDeg = Math.max(0, Math.max(latLo - latDeg, latDeg - (latLo + rowDeg)));
        double gapLonDeg = 0;
        int c = cols[row];
        if (c > 1) {
            double widthDeg = 360.0 / c;
            double fromLoDeg = Geo.normalize360(lonDeg - (-180 + col * widthDeg));    // east of the west edge
            if (fromLoDeg > widthDeg) {
                gapLonDeg = Math.min(fromLoDeg - widthDeg, 360 - fromLoDeg);
            }
        }
        double north = gapLatDeg * MIN_M_PER_DEG_LAT;
        double east = gapLonDeg * leastMPerDegLon;
        return north * north + east * east > r * r;
    }

    /** The cells a disc may touch ({@link #cellsNear}) as a row range and a longitude half-width, for {@link #rank}. */
    static final class Window {
        int row0;
        int row1;
        double lonDeg;
        double dLonDeg;

        private boolean wholeRow(int c) {
            return dLonDeg >= 180 || colHiRaw(c) - colLoRaw(c) + 1 >= c;
        }

        private int colLoRaw(int c) {
            return (int) Math.floor((lonDeg - dLonDeg + 180) / 360 * c);
        }

        private int colHiRaw(int c) {
            return (int) Math.floor((lonDeg + dLonDeg + 180) / 360 * c);
        }

        int colLo(int row, int c) {
            return wholeRow(c) ? 0 : colLoRaw(c);
        }

        int colHi(int row, int c) {
            return wholeRow(c) ? c - 1 : colHiRaw(c);
        }
    }

    /** Fills {@code w} with the cells a disc of {@code radiusM} around the point may touch. */
    void window(double latDeg, double lonDeg, double radiusM, Window w) {
        double r = radiusM * QUERY_MARGIN;
        double dLat = r / MIN_M_PER_DEG_LAT;
        double latLo = Math.max(-90, latDeg - dLat);
        double latHi = Math.min(90, latDeg + dLat);
        w.row0 = row(latLo);
        w.row1 = row(latHi);
        // One longitude half-width for every row, taken at the query's most poleward latitude (the narrowest degree)
        double perDeg = metresPerDegLon(Math.max(Math.abs(latLo), Math.abs(latHi)));
        w.dLonDeg = perDeg > 0 ? r / perDeg : 360;
        w.lonDeg = lonDeg;
    }

    /**
     * Position of a cell in the {@link #cellsNear} order of a window (larger is later), or −1 when the window does not
     * hold it; found without listing the window's cells.
     */
    long rank(Window w, long cellId) {
        int row = (int) (cellId >>> 32);
        if (row < w.row0 || row > w.row1) {
            return -1;
        }
        int c = cols[row];
        int col = (int) cellId;
        int colLo = w.colLo(row, c);
        int p = Math.floorMod(col - colLo, c);
        if (p > w.colHi(row, c) - colLo) {
            return -1;
        }
        return ((long) (row - w.row0) << 32) | p;
    }

    /** A growable scratch array of cell ids. */
    public static final class Buffer {
        long[] ids = new long[16];

        int add(int n, long id) {
            if (n == ids.length) {
                ids = java.util.Arrays.copyOf(ids, n * 2);
            }
            ids[n] = id;
            return n + 1;
        }

        public long get(int i) {
            return ids[i];
        }

        void set(int i, long id) {
            ids[i] = id;
        }
    }

    private int row(double latDeg) {
        int r = (int) Math.floor((latDeg + 90) / rowDeg);
        return Math.min(rows - 1, Math.max(0, r));
    }

    private int col(int row, double lonDeg) {
        int c = cols[row];
        return Math.floorMod((int) Math.floor((Geo.normalize180(lonDeg) + 180) / 360 * c), c);
    }

    private static long id(int row, int col) {
        return ((long) row << 32) | (col & 0xFFFFFFFFL);
    }

    /** Metres per degree of longitude along the parallel at {@code latDeg} on WGS-84: N(φ)·cos φ·π/180. */
    static double metresPerDegLon(double latDeg) {
        double phi = Math.toRadians(latDeg);
        return metresPerDegLon(phi, Math.sqrt(radiusTerm(Math.sin(phi))));
    }

    /** Metres per degree of latitude at {@code latDeg} on WGS-84: M(φ)·π/180. */
    static double metresPerDegLat(double latDeg) {
        double w = radiusTerm(Math.sin(Math.toRadians(latDeg)));
        return metresPerDegLat(w, Math.sqrt(w));
    }

    /**
     * w = 1 − e² sin² φ, from sin φ: with its square root, the part both scales share, so that a caller needing both
     * ({@code Track.apply}) takes one sine and one root, and gets the one-argument methods' values bit for bit.
     */
    static double radiusTerm(double sinPhi) {
        return 1 - Geo.WGS84_E2 * sinPhi * sinPhi;
    }

    /** {@link #metresPerDegLon(double)} from φ in radians and √w ({@link #radiusTerm}). */
    static double metresPerDegLon(double phi, double rootW) {
        return Math.max(0, Geo.WGS84_A_M / rootW * Math.cos(phi) * Math.PI / 180);
    }

    /** {@link #metresPerDegLat(double)} from w ({@link #radiusTerm}) and √w. */
    static double metresPerDegLat(double w, double rootW) {
        return Geo.WGS84_A_M * (1 - Geo.WGS84_E2) / (w * rootW) * Math.PI / 180;
    }
}

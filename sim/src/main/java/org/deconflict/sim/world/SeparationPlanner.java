package org.deconflict.sim.world;

import java.util.HashMap;
import java.util.Map;

import org.deconflict.engine.geo.Geo;

/**
 * Keeps background traffic legally separated: trajectories already accepted are sampled every
 * {@code samplePeriodNanos} into a time × lat × lon grid, and a candidate conflicts when any of its samples comes
 * within {@code horizontalM} and {@code verticalFt} of one at the same sample time. Lookups only, never iteration,
 * so results do not depend on hash order.
 */
final class SeparationPlanner {

    /** A trajectory: writes lat, lon, altFt at {@code tNanos} into {@code out}; false when the target does not exist then. */
    interface Path {
        boolean at(long tNanos, double[] out);
    }

    private static final class Cell {
        double[] v = new double[12];
        int n;

        void add(double lat, double lon, double alt) {
            if (n + 3 > v.length) {
                v = java.util.Arrays.copyOf(v, v.length * 2);
            }
            v[n++] = lat;
            v[n++] = lon;
            v[n++] = alt;
        }
    }

    private final long periodNanos;
    private final double horizontalM;
    private final double verticalFt;
    private final double cellLatDeg;
    private final double cellLonDeg;
    private final Map<Long, Cell> cells = new HashMap<>();
    private final double[] tmp = new double[3];

    SeparationPlanner(long samplePeriodNanos, double horizontalM, double verticalFt, double refLatDeg) {
        this.periodNanos = samplePeriodNanos;
        this.horizontalM = horizontalM;
        this.verticalFt = verticalFt;
        this.cellLatDeg = Math.toDegrees(horizontalM / Geo.EARTH_RADIUS_M);
        this.cellLonDeg = cellLatDeg / Math.cos(Math.toRadians(Math.min(80, Math.abs(refLatDeg) + 5)));
    }

    /** True when the path between the two times comes too close to an accepted one. */
    boolean conflicts(long fromNanos, long toNanos, Path p) {
        for (long slot = Math.floorDiv(fromNanos, periodNanos) + 1; slot * periodNanos <= toNanos; slot++) {
            if (!p.at(slot * periodNanos, tmp)) {
                continue;
            }
            double lat = tmp[0], lon = tmp[1], alt = tmp[2];
            long ix = (long) Math.floor(lat / cellLatDeg), iy = (long) Math.floor(lon / cellLonDeg);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    Cell c = cells.get(key(slot, ix + dx, iy + dy));
                    if (c != null && close(c, lat, lon, alt)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Records the path between the two times as accepted. */
    void add(long fromNanos, long toNanos, Path p) {
        for (long slot = Math.floorDiv(fromNanos, periodNanos) + 1; slot * periodNanos <= toNanos; slot++) {
            if (p.at(slot * periodNanos, tmp)) {
                long ix = (long) Math.floor(tmp[0] / cellLatDeg), iy = (long) Math.floor(tmp[1] / cellLonDeg);
                cells.computeIfAbsent(key(slot, ix, iy), k -> new Cell()).add(tmp[0], tmp[1], tmp[2]);
            }
        }
    }

    private boolean close(Cell c, double lat, double lon, double alt) {
        for (int i = 0; i < c.n; i += 3) {
            if (Math.abs(c.v[i + 2] - alt) < verticalFt && Geo.distanceM(lat, lon, c.v[i], c.v[i + 1]) < horizontalM) {
                return true;
            }
        }
        return false;
    }

    /** Packs (slot, cell) injectively, then multiplies by an odd constant (a bijection) so hash codes spread. */
    private static long key(long slot, long ix, long iy) {
        return ((slot << 32) | ((ix & 0xFFFF) << 16) | (iy & 0xFFFF)) * 0x9E3779B97F4A7C15L;
    }
}

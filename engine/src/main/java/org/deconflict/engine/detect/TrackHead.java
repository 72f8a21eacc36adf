package org.deconflict.engine.detect;

/**
 * The fields of a detector {@link Track} that its partners read: the grid slot read by every screen of a listed
 * partner, the last fix, velocity and metric scale read by every pair evaluation ({@link PairGeometry}), and the scan
 * mark written then. The JVM lays a superclass's fields out before its subclass's, so keeping them here puts them in
 * the first ~110 bytes of the track (two cache lines, or three), where declared in {@code Track} itself they were
 * spread over four of its six lines by the JVM's order (all longs and doubles, then ints, then references). At 100 k
 * targets partners are seldom in cache, so each line spared is a memory access spared per listed partner.
 */
abstract class TrackHead extends Keyed {

    private static final long serialVersionUID = 1L;

    /** Time of the last fix, ns. */
    long positionNanos;
    /** Last fix: degrees, and altitude in feet (NaN when unknown). */
    double latDeg = Double.NaN;
    double lonDeg = Double.NaN;
    double altitudeFt = Double.NaN;
    /** Velocity east/north in m/s and up in ft/s; 0 when unknown. */
    double vEastMps;
    double vNorthMps;
    double vUpFtps;
    /** Local scale of the ellipsoid at the position, metres per degree. */
    double mPerDegLat;
    double mPerDegLon;
    /** Id of the last pair scan that evaluated this track as a candidate (see {@link SpatialGrid#nextScan()}). */
    long scanMark;
    /** Slot in {@link #cell}, or −1. */
    int cellIndex = -1;
    /** The grid cell holding this track, a shortcut for {@code Track.cellId} (re-found after deserialisation). */
    transient SpatialGrid.Cell cell;
    /**
     * The array holding this track's grid copy: {@link #cell}'s {@code data}, or null with it. A partner's screen and
     * this track's own copy write reach the copy from here, one dependent load fewer than through the cell object.
     */
    transient double[] copy;
    /**
     * The state whose track map holds this track, or null once removed (or restored, until looked up again): lets
     * {@link Detectors} trust a track it finds attached to the tracker's view
     * ({@link org.deconflict.engine.track.TrackView#attachment}).
     */
    transient DetectorState owner;

    TrackHead(long key) {
        super(key);
    }
}

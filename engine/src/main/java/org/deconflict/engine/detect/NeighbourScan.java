package org.deconflict.engine.detect;

import java.util.Arrays;

import org.deconflict.engine.geo.Geo;

/**
 * The pair search shared by the air–air and sea–sea detectors: which tracks of the domain's grid an updated track is
 * evaluated against. The result is defined by the full scan — every track in the grid cells within the domain's pair
 * radius that passes the detector's {@link #screen}, in cell order, then every partner with an open encounter — and
 * the neighbour lists below reproduce it exactly at a fraction of the cost.
 *
 * <p>Neighbour lists (Verlet lists, as in molecular dynamics): at a rebuild a track fixes a straight-line reference
 * motion (its position, velocity and altitude now) and lists the tracks whose reference motion may bring the pair
 * through the screen before either rebuilds ({@link #mayMeet}); both partners list each other. A track rebuilds when
 * its reports leave the reference by more than a skin (position, velocity, altitude, vertical rate), when the
 * reference is older than a horizon, or when it enters the grid (moving from cell to cell is not entering: cells only
 * index the tracks, and a track keeps its list across them). Between rebuilds an update screens only its listed
 * partners. Proof sketch: while neither track rebuilt, each stays within its skin of its reference line, so a pair the
 * test rejected cannot pass the screen; a pair not examined at the later rebuild was farther apart than the rebuild
 * radius, which covers the distance it and the fastest reference then present (below the domain's speed cap) close in
 * the window, and tracks above the cap are examined by every rebuild. {@code NeighbourScanPropertyTest} (busy random scenes) and
 * {@code RealRecordingsNeighbourScanTest} (real AIS harbour recordings) check that the events equal the full scan's.
 */
abstract class NeighbourScan {

    /** A valid, empty neighbour list (most tracks have none or one partner: no array until the first). */
    private static final Track[] NO_PARTNERS = new Track[0];

    private final SpatialGrid grid;
    private final TrackMap tracks;
    private final boolean aircraftDomain;
    private final double pairRadiusM;
    private final boolean lists;
    /** A partner's position older (or newer) than this is not dead-reckoned into a pair by the screen, seconds. */
    final double maxAgeS;
    final long maxAgeNanos;
    /** Longest time a reference motion stays valid, ns. */
    final long horizonNanos;
    /** Skins: position (m) and velocity (m/s) departures from the reference line that force a rebuild. */
    final double skinM;
    final double speedSkinMps;
    /** Speed above which a track is examined by every rebuild of the domain, m/s. */
    final double capMps;
    /** How far ahead of an evaluation the screen can look, seconds. */
    final double aheadS;
    private final SpatialGrid.Hits hits = new SpatialGrid.Hits();
    private final CellScheme.Window window = new CellScheme.Window();
    private final CellScheme.Buffer wideIds = new CellScheme.Buffer();
    /**
     * Set by each rebuild for {@link #roughlyMayMeet}: candidates whose copy is no faster than the square root of
     * {@code roughGate2} (m/s) are first tested against {@code roughReachM}, a reach no smaller than theirs.
     */
    private double roughGate2;
    private double roughReachM;
    private final Disc disc = new Disc();
    private Track[] found = new Track[16];
    private long[] rank = new long[16];
    private int[] slot = new int[16];

    /**
     * @param pairRadiusM radius of the full scan, m; the remaining parameters as the fields of the same name
     */
    NeighbourScan(SpatialGrid grid, TrackMap tracks, boolean aircraftDomain, double pairRadiusM,
                  boolean lists, double maxAgeS, double horizonS, double skinM, double speedSkinMps, double capMps,
                  double aheadS) {
        this.grid = grid;
        this.tracks = tracks;
        this.aircraftDomain = aircraftDomain;
        this.pairRadiusM = pairRadiusM;
        this.lists = lists;
        this.maxAgeS = maxAgeS;
        this.maxAgeNanos = EncounterBook.seconds(maxAgeS);
        this.horizonNanos = EncounterBook.seconds(horizonS);
        this.skinM = skinM;
        this.speedSkinMps = speedSkinMps;
        this.capMps = capMps;
        this.aheadS = aheadS;
    }

    /**
     * Cheap test of candidate {@code o} (its grid copy at {@code d[k..k+STRIDE)}) against the updated track {@code u}
     * at {@code tNanos}: false only when no condition of the detector can hold for the pair.
     */
    abstract boolean screen(Track u, double[] d, int k, long tNanos);

    /** Exact evaluation of the pair at {@code tNanos}. */
    abstract void evaluate(Track u, Track o, long tNanos);

    /**
     * Largest distance (m) at which the relative motion of a pair whose reference relative speed is
     * {@code relativeSpeedMps} must pass, at some instant of the window extended by {@link #aheadS}, for the screen to
     * pass, when both tracks follow their reference lines exactly (velocity skins included, position skins not).
     */
    abstract double reachM(double relativeSpeedMps);

    /** Largest current distance (m) at which the screen can pass for that relative speed. */
    abstract double rangeM(double relativeSpeedMps);

    /**
     * Vertical part of {@link #mayMeet} over the window [wsNanos, weNanos] for {@code x} and the candidate in slot
     * {@code i} of cell {@code c} (its reference copy); true in domains without altitude.
     */
    boolean verticalMayMeet(Track x, SpatialGrid.Cell c, int i, long wsNanos, long weNanos) {
        return true;
    }

    /**
     * Necessary condition of {@link #verticalMayMeet} on the candidate's grid copy at {@code d[k..]} (its altitude line
     * lies within the altitude skin + vertical-rate skin × |t − fix time| of its reference); true without altitude.
     */
    boolean roughlyVerticalMayMeet(Track x, double[] d, int k) {
        return true;
    }

    /** Vertical part of the rebuild test: true when the track's altitude left its reference. */
    boolean verticalStale(Track u, double dtS) {
        return false;
    }

    /** Evaluates the updated track {@code u} against its candidates and open partners. */
    final void scan(Track u) {
        long t = u.timeNanos;
        long scan = grid.nextScan();
        if (lists) {
            if (u.near == null || stale(u)) {
                rebuild(u);
            }
            listed(u, t, scan);
        } else {
            full(u, t, scan);
        }
        for (int p = 0; p < u.partnerCount(); p++) {
            Track o = tracks.get(u.partnerAt(p));
            if (o != null && o.aircraft == aircraftDomain && o.scanMark != scan) {
                o.scanMark = scan;
                evaluate(u, o, t);
            }
        }
    }

    /** The reference: every track in the cells near {@code u}, screened, in cell order. */
    private void full(Track u, long t, long scan) {
        grid.cellsNear(u.latDeg, u.lonDeg, pairRadiusM, hits);
        for (int c = 0; c < hits.size; c++) {
            SpatialGrid.Cell cell = hits.cells[c];
            for (int i = 0; i < cell.size; i++) {
                Track o = cell.items[i];
                if (o != u && screen(u, cell.data, i * SpatialGrid.Cell.STRIDE, t)) {
                    o.scanMark = scan;
                    evaluate(u, o, t);
                }
            }
        }
    }

    /** The listed partners that pass the screen and lie in the cells near {@code u}, evaluated in cell order. */
    private void listed(Track u, long t, long scan) {
        boolean windowed = false;                   // near cells, found only when a partner passes the screen
        int m = 0;
        // A list holds each partner once and this scan's id is new, so no partner is marked yet: its mark is only
        // written, for the partner loop after this. The screen reaches the partner's copy from its track's head (see
        // TrackHead), the first partner from u itself: two dependent loads per partner (the track, the copy)
        for (int i = 0; i < u.nearCount; i++) {
            Track o = i == 0 ? u.near0 : u.near[i];
            double[] copy = grid.copyOf(o);
            if (copy == null || !screen(u, copy, o.cellIndex * SpatialGrid.Cell.STRIDE, t)) {
                continue;
            }
            if (!windowed) {
                grid.scheme().window(u.latDeg, u.lonDeg, pairRadiusM, window);
                windowed = true;
            }
            long cellRank = grid.scheme().rank(window, o.cellId);
            if (cellRank < 0) {
                continue;
            }
            o.scanMark = scan;
            if (m == found.length) {
                found = Arrays.copyOf(found, m * 2);
                rank = Arrays.copyOf(rank, m * 2);
                slot = Arrays.copyOf(slot, m * 2);
            }
            rank[m] = cellRank;
            found[m] = o;
            slot[m++] = o.cellIndex;
        }
        for (int i = 1; i < m; i++) {               // insertion sort by (cell, slot): the full scan's order
            long r = rank[i];
            int k = slot[i];
            Track o = found[i];
            int j = i - 1;
            for (; j >= 0 && (rank[j] > r || (rank[j] == r && slot[j] > k)); j--) {
                rank[j + 1] = rank[j];
                slot[j + 1] = slot[j];
                found[j + 1] = found[j];
            }
            rank[j + 1] = r;
            slot[j + 1] = k;
            found[j + 1] = o;
        }
        for (int i = 0; i < m; i++) {
            evaluate(u, found[i], t);
            found[i] = null;
        }
    }

    /** True when {@code u}'s fix left its reference motion (by more than a skin) or the reference expired. */
    private boolean stale(Track u) {
        long dt = u.positionNanos - u.refNanos;
        if (dt < 0 || dt > (u.refFirst ? firstHorizonNanos(u.key) : horizonNanos)) {
            return true;
        }
        double dtS = dt * 1e-9;
        double east = Geo.normalize180(u.lonDeg - u.refLonDeg) * u.mPerDegLon - u.refVEastMps * dtS;
        double north = (u.latDeg - u.refLatDeg) * u.mPerDegLat - u.refVNorthMps * dtS;
        double dvEast = u.vEastMps - u.refVEastMps;
        double dvNorth = u.vNorthMps - u.refVNorthMps;
        return east * east + north * north > skinM * skinM
                || dvEast * dvEast + dvNorth * dvNorth > speedSkinMps * speedSkinMps
                || verticalStale(u, dtS);
    }

    /**
     * Horizon of a track's first reference: a fraction of the horizon spread evenly over the keys, so that tracks
     * entering together (at start-up, or a replay's first minute) renew their references at staggered times instead of
     * all in the same second, every horizon. Never longer than the horizon, which bounds every test above.
     */
    private long firstHorizonNanos(long key) {
        long h = key * 0x9E3779B97F4A7C15L;       // Fibonacci hashing (Knuth, TAOCP vol. 3 §6.4)
        return (long) (horizonNanos * ((h >>> 11) * 0x1.0p-53));
    }

    /** Fixes {@code u}'s reference at its current fix and lists every track it may meet before either rebuilds. */
    private void rebuild(Track u) {
        u.refFirst = u.near == null;
        u.refNanos = u.positionNanos;
        u.refLatDeg = u.latDeg;
        u.refLonDeg = u.lonDeg;
        u.refVEastMps = (float) u.vEastMps;
        u.refVNorthMps = (float) u.vNorthMps;
        u.refAltitudeFt = (float) u.altitudeFt;
        u.refVUpFtps = (float) u.vUpFtps;
        u.near = NO_PARTNERS;           // a fresh list: clearing the old one would first have to fetch it
        u.nearCount = 0;
        u.near0 = null;
        SpatialGrid.Cell uCell = grid.cellOf(u);
        uCell.writeRef(u.cellIndex, u);
        double speedMps = Math.sqrt(u.refVEastMps * u.refVEastMps + u.refVNorthMps * u.refVNorthMps);
        if (grid.refSpeeds == null) {
            grid.refSpeeds = new int[(int) Math.ceil(capMps) + 1];
        }
        grid.uncountRef(u);
        if (speedMps > capMps) {
            grid.fast.put(u.key, u);
        } else {
            if (grid.fast.size() > 0) {
                grid.fast.remove(u.key);
            }
            grid.countRef(u, (int) Math.ceil(speedMps));
        }
        // Every other track in the grid has a reference no faster than the fastest counted one (or is in the fast
        // set); a restored state that did not count them falls back to the cap
        double othersMps = grid.refSpeedsKept ? Math.max(grid.fastestRef(), 0) : capMps;
        prepareRoughReach(u, othersMps);
        Disc w = disc(u, speedMps, othersMps);
        int n = grid.scheme().cellsNear(w.latDeg, w.lonDeg, w.radiusM, wideIds);
        double leastMPerDegLon = grid.scheme().leastMetresPerDegLon(w.latDeg, w.radiusM);
        for (int c = 0; c < n; c++) {
            long id = wideIds.get(c);
            SpatialGrid.Cell cell = grid.cell(id);
            if (cell == null) {
                continue;
            }
            if (grid.scheme().beyond(id, w.latDeg, w.lonDeg, w.radiusM, leastMPerDegLon)) {
                wideIds.set(c, Track.NO_CELL);      // a corner of the window, wholly outside the radius: not
                continue;                           // examined, so the fast tracks in it are (below)
            }
            int self = cell == uCell ? u.cellIndex : -1;
            for (int i = 0; i < cell.size; i++) {
                int k = i * SpatialGrid.Cell.STRIDE;
                // With a reference, its time and altitude line (in the compact vertical reference copy) may rule the
                // pair out before the fix copy is read: mayMeet's own first test, and most candidates fly at other
                // levels; the candidate's track is read only to be listed
                if (i != self && (!cell.hasRef(i) || refMayMeetVertically(u, cell, i))
                        && roughlyVerticalMayMeet(u, cell.data, k) && roughlyMayMeet(u, cell.data, k)
                        && mayMeet(u, cell, i)) {
                    link(u, cell.items[i]);
                }
            }
        }
        if (grid.fast.size() > 0) {
            for (int s = 0, slots = grid.fast.slots(); s < slots; s++) {
                Track o = grid.fast.valueAt(s);
                if (o != null && o != u && indexOf(wideIds, n, o.cellId) < 0 && mayMeet(u, grid.cellOf(o), o.cellIndex)) {
                    link(u, o);
                }
            }
        }
    }

    /** The disc a rebuild examines: centre (degrees) and radius (m). */
    static final class Disc {
        double latDeg;
        double lonDeg;
        double radiusM;
    }

    /**
     * The disc {@code u}'s rebuild examines, {@code u}'s reference just fixed at speed {@code speedMps} and every other
     * reference no faster than {@code othersMps}: centred {@link #shiftS} along u's reference line, not at its fix,
     * so u's own displacement over the rebuild's span reaches half as far each way ({@link #rebuildRadiusM}). The
     * centre is found by a flat step of d = speed × shift metres at u's scale, which lands within d² / (R cos² φ) of
     * the point d along the line (the second-order terms of the step: the scale of a degree of longitude changes by
     * tan φ per radian of latitude, and meridians converge); the radius grows by that much. Where that is no smaller
     * than half the step (near a pole) the centre is the fix. Filled into a reused holder.
     */
    Disc disc(Track u, double speedMps, double othersMps) {
        double shiftS = shiftS();
        double stepM = speedMps * shiftS;
        double cosLat = Math.cos(Math.toRadians(u.refLatDeg));
        double stepErrorM = stepM * stepM / (Geo.EARTH_RADIUS_M * cosLat * cosLat);
        if (!(stepErrorM < 0.5 * stepM) || u.mPerDegLon <= 0) {
            shiftS = 0;
            stepErrorM = 0;
        }
        disc.latDeg = u.refLatDeg + u.refVNorthMps * shiftS / u.mPerDegLat;
        disc.lonDeg = Geo.normalize180(u.refLonDeg + (shiftS == 0 ? 0 : u.refVEastMps * shiftS / u.mPerDegLon));
        disc.radiusM = rebuildRadiusM(speedMps, othersMps, shiftS) + stepErrorM;
        return disc;
    }

    /**
     * Radius (m) around a track rebuilding at speed {@code speedMps} outside which no track with a reference no faster
     * than {@code othersMps} can pass the screen with it before one of the two rebuilds (a partner that speeds up
     * rebuilds, and its own rebuild then covers this track): the reach, plus how far each line the screen can compare
     * gets from where this rebuild sees it. A partner is in the grid at its last fix, however old. Until it rebuilds,
     * its later fixes lie within a skin of its reference line and within a horizon of that fix (a fix more than a
     * horizon after the reference rebuilds, one before it too); the screen dead-reckons a fix up to a max age and looks
     * ahead from there: the partner closes at most others' speed × (horizon + max age + look-ahead), plus skins.
     * The track's own line is measured from a centre {@code shiftS} seconds along it ({@link #shiftS}): over the span
     * [−max age, horizon + max age + look-ahead] it stays within speed × (max age + (horizon + look-ahead) / 2) of
     * it, where from its fix it reaches speed × (horizon + max age + look-ahead). The error of finding that centre is
     * added by {@link #disc}.
     */
    private double rebuildRadiusM(double speedMps, double othersMps, double shiftS) {
        double horizonS = horizonNanos * 1e-9;
        double relativeMps = speedMps + othersMps;
        double ownS = horizonS + maxAgeS + aheadS - shiftS;
        return (reachM(relativeMps) + 2 * (skinM + speedSkinMps * maxAgeS) + 0.01 * rangeM(relativeMps) + skinM
                + othersMps * (horizonS + maxAgeS + aheadS)
                + speedMps * ownS) * 1.01 + 100;
    }

    /**
     * Seconds along a rebuilding track's reference line to the centre of its rebuild disc: the middle of the span
     * [−max age, horizon + max age + look-ahead], so the line reaches max age + (horizon + look-ahead) / 2 each way.
     */
    private double shiftS() {
        return (horizonNanos * 1e-9 + aheadS) / 2;
    }

    /**
     * Fixes the reach {@link #roughlyMayMeet} first tests candidates against at this rebuild: the reach of
     * {@link #pairReachM} at the largest north speed and relative speed a candidate no faster than the gate can
     * have. {@link #pairReachM} grows with each argument, so a candidate under the gate that misses this reach misses
     * its own.
     */
    void prepareRoughReach(Track x, double othersMps) {
        double gateMps = othersMps + speedSkinMps;
        roughGate2 = gateMps * gateMps;
        double northMps = Math.max(Math.abs(x.refVNorthMps), gateMps + speedSkinMps);
        double secant = x.mPerDegLat / Math.max(x.mPerDegLon, 1) * 1.1;
        // x's speed in double arithmetic, as the candidate test takes the components; the bound then gets a relative
        // and an absolute slack, as it is computed in another order than each candidate's own reach
        double vEast = x.refVEastMps;
        double vNorth = x.refVNorthMps;
        double speedMps = Math.sqrt(vEast * vEast + vNorth * vNorth);
        roughReachM = (pairReachM(northMps, secant, speedMps + gateMps + speedSkinMps) + skinM + 50) * (1 + 1e-9) + 1;
    }

    /**
     * Pair test at the rebuild of {@code x} (now = its reference time) against {@code y}'s reference: can the pair
     * pass the screen at any evaluation before one of them rebuilds? Evaluations fall in the window [now − max age,
     * earlier reference + horizon + max age]; the screen looks up to {@link #aheadS} further. Each track's position
     * stays within skin + speed skin × max age of its reference line, so the reference relative motion must pass
     * within {@link #reachM} (which includes both of those) for the screen to pass. The candidate y is read from its
     * copies in cell {@code c}, slot {@code i} (its reference, its last fix's metric scale), not from its track.
     */
    boolean mayMeet(Track x, SpatialGrid.Cell c, int i) {
        if (!c.hasRef(i)) {
            return true;        // no reference since it was restored: it rebuilds at its next fix; until then only
        }                       // its grid copy counts, which the rough tests have already bounded
        if (!refMayMeetVertically(x, c, i)) {
            return false;
        }
        long yRefNanos = c.refNanos(i);
        float yVEast = c.refVEastMps(i);
        float yVNorth = c.refVNorthMps(i);
        double yLat = c.data[i * SpatialGrid.Cell.STRIDE + SpatialGrid.Cell.LAT];
        double yMPerDegLon = c.data[i * SpatialGrid.Cell.STRIDE + SpatialGrid.Cell.M_PER_DEG_LON];
        long ws = x.refNanos - maxAgeNanos;
        long we = Math.min(x.refNanos, yRefNanos) + horizonNanos + maxAgeNanos;
        double yMPerDegLat = CellScheme.metresPerDegLat(yLat);     // as Track.apply derives it from the same latitude
        double mLon = (x.mPerDegLon + yMPerDegLon) * 0.5;
        double mLat = (x.mPerDegLat + yMPerDegLat) * 0.5;
        double ax = (ws - x.refNanos) * 1e-9;
        double ay = (ws - yRefNanos) * 1e-9;
        double rx = Geo.normalize180(c.refLonDeg(i) - x.refLonDeg) * mLon + yVEast * ay - x.refVEastMps * ax;
        double ry = (c.refLatDeg(i) - x.refLatDeg) * mLat + yVNorth * ay - x.refVNorthMps * ax;
        double vx = yVEast - x.refVEastMps;
        double vy = yVNorth - x.refVNorthMps;
        float northMps = Math.max(Math.abs(x.refVNorthMps), Math.abs(yVNorth));
        double secant = Math.max(x.mPerDegLat / Math.max(x.mPerDegLon, 1), yMPerDegLat / Math.max(yMPerDegLon, 1));
        double reach = pairReachM(northMps, secant, Math.sqrt(vx * vx + vy * vy));
        return closest2(rx, ry, vx, vy, (we - ws) * 1e-9 + aheadS) <= reach * reach;
    }

    /**
     * The first tests of {@link #mayMeet} for a candidate with a reference (slot {@code i} of cell {@code c}): some
     * evaluation of the pair can come before either rebuilds, and the altitude lines may meet
     * ({@link #verticalMayMeet}). Reads only the reference copy, and no trigonometry.
     */
    private boolean refMayMeetVertically(Track x, SpatialGrid.Cell c, int i) {
        long ws = x.refNanos - maxAgeNanos;
        long we = Math.min(x.refNanos, c.refNanos(i)) + horizonNanos + maxAgeNanos;
        return we >= ws && verticalMayMeet(x, c, i, ws, we);
    }

    /**
     * A necessary condition of {@link #mayMeet}'s horizontal test read from the candidate's grid copy (contiguous in
     * the cell) instead of its reference (in its track object): the reference line lies within skin + speed skin ×
     * |t − fix time| of the line dead-reckoned from the copy, so the reach widens by that much over the window.
     */
    boolean roughlyMayMeet(Track x, double[] d, int k) {
        double fixNanos = d[k + SpatialGrid.Cell.POS_NANOS];
        double ws = x.refNanos - maxAgeNanos;
        double spanS = (horizonNanos + 2 * maxAgeNanos) * 1e-9 + aheadS;
        double extraS = Math.max(Math.abs(ws - fixNanos) * 1e-9, Math.abs(ws + spanS * 1e9 - fixNanos) * 1e-9);
        double ax = (ws - x.refNanos) * 1e-9;
        double ay = (ws - fixNanos) * 1e-9;
        double vEast = d[k + SpatialGrid.Cell.V_EAST];
        double vNorth = d[k + SpatialGrid.Cell.V_NORTH];
        double mLon = (x.mPerDegLon + d[k + SpatialGrid.Cell.M_PER_DEG_LON]) * 0.5;
        double rx = Geo.normalize180(d[k + SpatialGrid.Cell.LON] - x.refLonDeg) * mLon + vEast * ay - x.refVEastMps * ax;
        double ry = (d[k + SpatialGrid.Cell.LAT] - x.refLatDeg) * x.mPerDegLat + vNorth * ay - x.refVNorthMps * ax;
        double vx = vEast - x.refVEastMps;
        double vy = vNorth - x.refVNorthMps;
        double v2 = vx * vx + vy * vy;
        double closest2 = closest2(rx, ry, vx, vy, spanS);
        double spread = speedSkinMps * extraS + 1e-3 * Math.sqrt(rx * rx + ry * ry);
        if (vEast * vEast + vNorth * vNorth <= roughGate2) {
            double bound = roughReachM + spread;
            if (closest2 > bound * bound) {
                return false;               // beyond the rebuild's bound on the reach, so beyond its own
            }
        }
        double northMps = Math.max(Math.abs(x.refVNorthMps), Math.abs(vNorth) + speedSkinMps);
        double secant = x.mPerDegLat / Math.max(x.mPerDegLon, 1) * 1.1;
        double reach = pairReachM(northMps, secant, Math.sqrt(v2) + speedSkinMps) + skinM + 50 + spread;
        return closest2 <= reach * reach;
    }

    /**
     * {@link #reachM} plus both tracks' position skins (a partner dead-reckoned up to the max age) and the error of
     * measuring with the metric scale of the pair test's instant instead of the evaluation's: the scale of a degree of
     * longitude changes by tan φ per radian of latitude travelled.
     */
    private double pairReachM(double northMps, double secant, double relativeMps) {
        double travelM = (northMps + speedSkinMps) * (horizonNanos * 1e-9 + 2 * maxAgeS) + skinM;
        double scaleError = 2 * secant * travelM / Geo.EARTH_RADIUS_M + 1e-4;
        return reachM(relativeMps) + 2 * (skinM + speedSkinMps * maxAgeS) + scaleError * rangeM(relativeMps) + 10;
    }

    /** Lists {@code o} as {@code u}'s partner and {@code u} as {@code o}'s (once; unless {@code o} has no valid list). */
    private static void link(Track u, Track o) {
        append(u, o);
        if (o.near != null) {
            for (int i = 0; i < o.nearCount; i++) {
                if (o.near[i] == u) {
                    return;
                }
            }
            append(o, u);
        }
    }

    private static void append(Track u, Track o) {
        if (u.nearCount == u.near.length) {
            u.near = Arrays.copyOf(u.near, Math.max(2, u.nearCount * 2));
        }
        if (u.nearCount == 0) {
            u.near0 = o;
        }
        u.near[u.nearCount++] = o;
    }

    /** East offset (m) of a candidate (grid copy at {@code d[k..]}, dead-reckoned by {@code ageS}) from {@code u}. */
    static double eastM(Track u, double[] d, int k, double ageS) {
        double dLon = d[k + SpatialGrid.Cell.LON] - u.lonDeg;
        if (dLon >= 180) {
            dLon -= 360;
        } else if (dLon < -180) {
            dLon += 360;
        }
        double mLon = (u.mPerDegLon + d[k + SpatialGrid.Cell.M_PER_DEG_LON]) * 0.5;
        return dLon * mLon + d[k + SpatialGrid.Cell.V_EAST] * ageS;
    }

    /** North offset (m) of the same candidate from {@code u}. */
    static double northM(Track u, double[] d, int k, double ageS) {
        return (d[k + SpatialGrid.Cell.LAT] - u.latDeg) * u.mPerDegLat + d[k + SpatialGrid.Cell.V_NORTH] * ageS;
    }

    /**
     * Squared distance (m²) at the closest approach within [0, {@code horizonS}] of the relative motion
     * (dx, dy) + (dvx, dvy)·t.
     */
    static double closest2(double dx, double dy, double dvx, double dvy, double horizonS) {
        double v2 = dvx * dvx + dvy * dvy;
        double tc = v2 > 0 ? Math.min(Math.max(-(dx * dvx + dy * dvy) / v2, 0), horizonS) : 0;
        double cx = dx + dvx * tc;
        double cy = dy + dvy * tc;
        return cx * cx + cy * cy;
    }

    private static int indexOf(CellScheme.Buffer ids, int n, long id) {
        for (int i = 0; i < n; i++) {
            if (ids.get(i) == id) {
                return i;
            }
        }
        return -1;
    }
}

package org.deconflict.engine.detect;

import org.deconflict.engine.event.EncounterFlag;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.Limit;
import org.deconflict.engine.geo.Geo;

/**
 * Sea–sea: ARPA-style CPA/TCPA alarm (CPA ≤ limit and 0 ≤ TCPA ≤ limit) and actual close quarters between the
 * updated ship and ships in the neighbouring cells. Pairs in which both ships are slower than the minimum speed
 * (moored, at anchor) are not assessed; close quarters needs both under way.
 */
final class SeaSeaDetector {

    private final DetectionConfig.SeaSea cfg;
    private final EncounterBook book;
    private final SpatialGrid grid;
    private final LongObjectMap<Track> tracks;
    private final double radiusM;
    private final double reachM;
    /** Screening radius squared (1 % margin), m²; squared minimum speed under way (1 % margin), (m/s)². */
    private final double reach2;
    private final double minSpeed2;
    private final PairGeometry g = new PairGeometry();
    private final Sample s = new Sample();
    private final SpatialGrid.Hits hits = new SpatialGrid.Hits();
    private final double[] in = new double[2];

    SeaSeaDetector(DetectionConfig config, EncounterBook book, SpatialGrid grid, LongObjectMap<Track> tracks) {
        this.cfg = config.seaSea();
        this.tracks = tracks;
        this.book = book;
        this.grid = grid;
        this.radiusM = config.seaPairRadiusM();
        this.reachM = Math.max(cfg.cpaLimitM(), cfg.closeQuartersM());
        this.reach2 = reachM * 1.01 * reachM * 1.01;
        double minSpeedMps = cfg.minSpeedKt() * Geo.MPS_PER_KT * 0.99;
        this.minSpeed2 = minSpeedMps * minSpeedMps;
    }

    /**
     * Evaluates the updated ship against its neighbours, screening candidates on the cell's primitive copies (pairs
     * of ships both moored, or never closer than the CPA/close-quarters radius within the TCPA limit, are skipped),
     * and against every ship with which an encounter is open.
     */
    void scan(Track u) {
        long t = u.timeNanos;
        double maxAgeS = cfg.maxExtrapolationS();
        long scan = grid.nextScan();
        boolean uUnderWay = speed(u) >= cfg.minSpeedKt();
        grid.cellsNear(u.latDeg, u.lonDeg, radiusM, hits);
        for (int c = 0; c < hits.size; c++) {
            SpatialGrid.Cell cell = hits.cells[c];
            for (int i = 0, n = cell.size; i < n; i++) {
                Track o = cell.items[i];
                if (o == u) {
                    continue;
                }
                double[] d = cell.data;
                int k = i * SpatialGrid.Cell.STRIDE;
                double ageS = (t - d[k + SpatialGrid.Cell.POS_NANOS]) * 1e-9;
                if (ageS > maxAgeS || ageS < -maxAgeS) {
                    continue;
                }
                double vEast = d[k + SpatialGrid.Cell.V_EAST];
                double vNorth = d[k + SpatialGrid.Cell.V_NORTH];
                if (!uUnderWay && vEast * vEast + vNorth * vNorth < minSpeed2) {
                    continue;                                   // both moored or at anchor: never assessed
                }
                double dLon = d[k + SpatialGrid.Cell.LON] - u.lonDeg;
                if (dLon >= 180) {
                    dLon -= 360;
                } else if (dLon < -180) {
                    dLon += 360;
                }
                double mLon = (u.mPerDegLon + d[k + SpatialGrid.Cell.M_PER_DEG_LON]) * 0.5;
                double dx = dLon * mLon + vEast * ageS;
                double dy = (d[k + SpatialGrid.Cell.LAT] - u.latDeg) * u.mPerDegLat + vNorth * ageS;
                double dvx = vEast - u.vEastMps;
                double dvy = vNorth - u.vNorthMps;
                double dot = dx * dvx + dy * dvy;
                double v2 = dvx * dvx + dvy * dvy;
                double tc = v2 > 0 ? Math.min(Math.max(-dot / v2, 0), cfg.tcpaLimitS()) : 0;
                double cx = dx + dvx * tc;
                double cy = dy + dvy * tc;
                if (cx * cx + cy * cy > reach2) {
                    continue;                                   // never within the CPA or close-quarters radius
                }
                o.scanMark = scan;
                evaluate(u, o, t);
            }
        }
        for (int p = 0; p < u.partnerCount(); p++) {
            Track o = tracks.get(u.partnerAt(p));
            if (o != null && !o.aircraft && o.scanMark != scan) {
                o.scanMark = scan;
                evaluate(u, o, t);
            }
        }
    }

    void evaluate(Track u, Track o, long t) {
        if (!g.compute(u, o, t, cfg.maxExtrapolationS())) {
            return;
        }
        boolean pairOpen = u.hasOpenWith(o.key);
        double closing = Math.sqrt(g.dvx * g.dvx + g.dvy * g.dvy);
        if (!pairOpen && g.horizontalM - closing * cfg.tcpaLimitS() > reachM) {
            return;
        }
        boolean underWay = speed(u) >= cfg.minSpeedKt() || speed(o) >= cfg.minSpeedKt();
        double d = g.horizontalM;
        double tcpa = RelativeMotion.tcpaS(g.dx, g.dy, g.dvx, g.dvy);
        double cpa = RelativeMotion.distanceAtM(g.dx, g.dy, g.dvx, g.dvy, tcpa);
        boolean alarm = underWay && cpa <= cfg.cpaLimitM() && tcpa >= 0 && tcpa <= cfg.tcpaLimitS();
        // Close quarters (COLREGs Rule 19(d)/(e)) is a situation between vessels under way: a ship passing a moored
        // or anchored one at a cable's length is routine harbour traffic, so it needs both above the minimum speed
        boolean bothUnderWay = speed(u) >= cfg.minSpeedKt() && speed(o) >= cfg.minSpeedKt();
        boolean close = bothUnderWay && d < cfg.closeQuartersM();
        if (!pairOpen && !alarm && !close) {
            return;
        }

        s.reset(EncounterType.SHIP_CPA, t, d, Double.NaN);
        if (alarm) {
            boolean inside = RelativeMotion.horizontalInterval(g.dx, g.dy, g.dvx, g.dvy, cfg.cpaLimitM(), in);
            s.predict(tcpa, cpa, Double.NaN, inside ? in[0] : tcpa, inside ? in[1] : tcpa);
        }
        s.breach(Limit.CPA, cfg.cpaLimitM(), alarm ? cpa : Double.POSITIVE_INFINITY)
                .breach(Limit.TCPA, cfg.tcpaLimitS(), alarm ? tcpa : Double.POSITIVE_INFINITY);
        observe(u, o, alarm);

        s.reset(EncounterType.SHIP_CLOSE_QUARTERS, t, d, Double.NaN)
                .breach(Limit.CLOSE_QUARTERS, cfg.closeQuartersM(), d);
        observe(u, o, close);
    }

    private void observe(Track u, Track o, boolean active) {
        if (active && (u.military || o.military)) {
            s.flag(EncounterFlag.MILITARY_INVOLVED);
        }
        if (active && Track.ownForces(u, o)) {
            s.flag(EncounterFlag.OWN_FORCES);
        }
        book.observe(u, o, active, s);
    }

    private static double speed(Track t) {
        return Double.isNaN(t.groundSpeedKt) ? 0 : t.groundSpeedKt;
    }
}

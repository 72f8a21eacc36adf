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
final class SeaSeaDetector extends NeighbourScan {

    /** Neighbour lists: reference horizon, s; position skin, m; velocity skin, m/s (Deconflict tuning, see
     * {@link NeighbourScan}: thirty class A reports under way, ITU-R M.1371-5 Annex 1 Table 1; a report interval at
     * 20 kt plus GNSS noise; 2 kt). */
    private static final double HORIZON_S = 300;
    private static final double SKIN_M = 300;
    private static final double SPEED_SKIN_MPS = 1;

    private final DetectionConfig.SeaSea cfg;
    private final EncounterBook book;
    private final double reachM;
    /** Screening radius (1 % margin), m, and its square; squared minimum speed under way (1 % margin), (m/s)². */
    private final double screenM;
    private final double reach2;
    private final double minSpeed2;
    private final PairGeometry g = new PairGeometry();
    private final Sample s = new Sample();
    private final double[] in = new double[2];

    SeaSeaDetector(DetectionConfig config, EncounterBook book, SpatialGrid grid, TrackMap tracks,
                   boolean neighbourLists) {
        super(grid, tracks, false, config.seaPairRadiusM(), neighbourLists, config.seaSea().maxExtrapolationS(),
                HORIZON_S, SKIN_M, SPEED_SKIN_MPS, config.seaSea().maxClosingSpeedKt() / 2 * Geo.MPS_PER_KT,
                config.seaSea().tcpaLimitS());
        this.cfg = config.seaSea();
        this.book = book;
        this.reachM = Math.max(cfg.cpaLimitM(), cfg.closeQuartersM());
        this.screenM = reachM * 1.01;
        this.reach2 = screenM * screenM;
        double minSpeedMps = cfg.minSpeedKt() * Geo.MPS_PER_KT * 0.99;
        this.minSpeed2 = minSpeedMps * minSpeedMps;
    }

    /**
     * Screens a candidate on its grid copy: too stale, both ships moored (slower than the minimum speed), or never
     * within the CPA or close-quarters radius (1 % margin) within the TCPA limit.
     */
    @Override
    boolean screen(Track u, double[] d, int k, long t) {
        double ageS = (t - d[k + SpatialGrid.Cell.POS_NANOS]) * 1e-9;
        if (ageS > maxAgeS || ageS < -maxAgeS) {
            return false;
        }
        double vEast = d[k + SpatialGrid.Cell.V_EAST];
        double vNorth = d[k + SpatialGrid.Cell.V_NORTH];
        if (speed(u) < cfg.minSpeedKt() && vEast * vEast + vNorth * vNorth < minSpeed2) {
            return false;                                   // both moored or at anchor: never assessed
        }
        return closest2(eastM(u, d, k, ageS), northM(u, d, k, ageS), vEast - u.vEastMps, vNorth - u.vNorthMps,
                cfg.tcpaLimitS()) <= reach2;
    }

    /** The screen passes only if the closest point within the TCPA limit lies inside the screening radius. */
    @Override
    double reachM(double relativeSpeedMps) {
        return screenM + 2 * speedSkinMps * cfg.tcpaLimitS();
    }

    @Override
    double rangeM(double relativeSpeedMps) {
        return screenM + (relativeSpeedMps + 2 * speedSkinMps) * cfg.tcpaLimitS();
    }

    @Override
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

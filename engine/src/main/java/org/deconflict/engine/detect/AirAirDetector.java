package org.deconflict.engine.detect;

import org.deconflict.engine.event.EncounterFlag;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.Limit;
import org.deconflict.engine.geo.Geo;

/**
 * Air–air: for the updated aircraft and every aircraft in the neighbouring grid cells, checks current loss of
 * separation, NMAC, STCA-like predicted conflict (linear extrapolation over the look-ahead, with entry and exit of the
 * predicted violation) and TCAS II-like TA/RA conditions (modified tau, DMOD, ZTHR at the pair's sensitivity level).
 */
final class AirAirDetector extends NeighbourScan {

    /** Neighbour lists: reference horizon, s; position skin, m; velocity skin, m/s (Deconflict tuning, see
     * {@link NeighbourScan}: a straight flight rebuilds every horizon, a turn of ~1° at 300 kt rebuilds at once). */
    static final double HORIZON_S = 60;
    private static final double SKIN_M = 200;
    private static final double SPEED_SKIN_MPS = 5;
    /** Altitude skin, ft (one 25 ft Mode C/S quantum), and vertical-rate skin, ft/s (18 ft/min: level flight keeps
     * pairs 1000 ft apart out of each other's lists). */
    static final double ALTITUDE_SKIN_FT = 25;
    static final double VERTICAL_SKIN_FTPS = 0.3;

    private final DetectionConfig.AirAir cfg;
    private final EncounterBook book;
    private final double reachM;
    private final double verticalLimitFt;
    private final PairGeometry g = new PairGeometry();
    private final Sample s = new Sample();
    private final double[] hIn = new double[2];
    private final double[] vIn = new double[2];
    private final double verticalReachFt;
    /** Screening radii (with a 1 % margin), m: separation/NMAC radius; the largest TCAS DMOD. */
    private final double separationReachM;
    private final double dmodReachM;
    private final double separationReach2;
    private final double dmodReach2;
    /** Largest TCAS TA tau in seconds, with a 1 % margin. */
    private final double tauReachS;
    private double entryS;
    private double exitS;

    AirAirDetector(DetectionConfig config, EncounterBook book, SpatialGrid grid, TrackMap tracks,
                   boolean neighbourLists) {
        super(grid, tracks, true, config.airPairRadiusM(), neighbourLists, config.airAir().maxExtrapolationS(),
                HORIZON_S, SKIN_M, SPEED_SKIN_MPS, config.airAir().maxClosingSpeedKt() / 2 * Geo.MPS_PER_KT,
                Math.max(config.airAir().lookAheadS(), tauReach(config.airAir()) / 2));
        this.cfg = config.airAir();
        this.book = book;
        double maxDmodM = 0;
        for (TcasLevel l : cfg.tcas().levels()) {
            maxDmodM = Math.max(maxDmodM, Math.max(l.dmodTaNm(), Double.isNaN(l.dmodRaNm()) ? 0 : l.dmodRaNm()) * Geo.M_PER_NM);
        }
        this.reachM = Math.max(Math.max(cfg.horizontalSeparationM(), maxDmodM), cfg.nmacHorizontalM());
        this.verticalLimitFt = cfg.verticalSeparationFt() - cfg.altitudeToleranceFt();
        double maxZthrFt = 0;
        for (TcasLevel l : cfg.tcas().levels()) {
            maxZthrFt = Math.max(maxZthrFt, l.zthrTaFt());
        }
        this.verticalReachFt = Math.max(Math.max(verticalLimitFt, maxZthrFt), cfg.nmacVerticalFt());
        this.tauReachS = tauReach(cfg);
        this.separationReachM = Math.max(cfg.horizontalSeparationM(), cfg.nmacHorizontalM()) * 1.01;
        this.dmodReachM = maxDmodM * 1.01;
        this.separationReach2 = separationReachM * separationReachM;
        this.dmodReach2 = dmodReachM * dmodReachM;
    }

    private static double tauReach(DetectionConfig.AirAir cfg) {
        double maxTauS = 0;
        for (TcasLevel l : cfg.tcas().levels()) {
            maxTauS = Math.max(maxTauS, Math.max(l.tauTaS(), Double.isNaN(l.tauRaS()) ? 0 : l.tauRaS()));
        }
        return maxTauS * 1.01;
    }

    /**
     * Horizontal screen of a candidate B relative to the updated aircraft (metres, m/s): true when B may come within
     * the separation radius during the look-ahead (closest approach clamped to [0, look-ahead]), or may pass the TCAS
     * range test at the largest DMOD and tau of any level (modified tau: r² − DMOD² ≤ τ·(−r·ṙ), DO-185B). Every
     * air–air condition needs one of the two.
     */
    private boolean inReach(double dx, double dy, double dvx, double dvy) {
        double dot = dx * dvx + dy * dvy;
        double r2 = dx * dx + dy * dy;
        if (r2 <= dmodReach2 || r2 - dmodReach2 <= -dot * tauReachS) {
            return true;
        }
        return closest2(dx, dy, dvx, dvy, cfg.lookAheadS()) <= separationReach2;
    }

    /**
     * Screens a candidate on its grid copy with a 1 % margin: too stale, vertically out of reach for the whole
     * look-ahead (or an altitude unknown), or horizontally unable to meet any condition ({@link #inReach}).
     */
    @Override
    boolean screen(Track u, double[] d, int k, long t) {
        double ageS = (t - d[k + SpatialGrid.Cell.POS_NANOS]) * 1e-9;
        if (ageS > maxAgeS || ageS < -maxAgeS) {
            return false;
        }
        double dz = d[k + SpatialGrid.Cell.ALT] + d[k + SpatialGrid.Cell.V_UP] * ageS - u.altitudeFt;
        double dvz = d[k + SpatialGrid.Cell.V_UP] - u.vUpFtps;
        if (!(Math.abs(dz) - Math.abs(dvz) * cfg.lookAheadS() <= verticalReachFt)) {
            return false;                               // also rejects unknown altitudes (NaN)
        }
        return inReach(eastM(u, d, k, ageS), northM(u, d, k, ageS), d[k + SpatialGrid.Cell.V_EAST] - u.vEastMps,
                d[k + SpatialGrid.Cell.V_NORTH] - u.vNorthMps);
    }

    /**
     * The screen passes only if the pair comes within the separation reach during the look-ahead (at most 2 × speed
     * skin × look-ahead more with the velocities off their references), or inside the largest DMOD, or passes the
     * modified-tau test: r² + τ·(r·v) ≤ DMOD² means |r + v·τ/2| ≤ √(DMOD² + τ²v²/4), a point τ/2 ahead.
     */
    @Override
    double reachM(double relativeSpeedMps) {
        double v = relativeSpeedMps + 2 * speedSkinMps;
        double tau = Math.sqrt(dmodReach2 + tauReachS * v / 2 * (tauReachS * v / 2)) + speedSkinMps * tauReachS;
        return Math.max(Math.max(separationReachM + 2 * speedSkinMps * cfg.lookAheadS(), tau), dmodReachM);
    }

    @Override
    double rangeM(double relativeSpeedMps) {
        double v = relativeSpeedMps + 2 * speedSkinMps;
        return Math.max(separationReachM + v * cfg.lookAheadS(), dmodReachM + tauReachS * v);
    }

    /**
     * The vertical screen passes at t only if |dz(t)| ≤ reach + |dvz|·look-ahead; with altitudes within their skin
     * (plus the vertical-rate skin over the max age) of their reference lines, the reference vertical distance over the
     * window must come within that plus the skins. No altitude: the screen never passes.
     */
    @Override
    boolean verticalMayMeet(Track x, SpatialGrid.Cell c, int i, long wsNanos, long weNanos) {
        float yAltitudeFt = c.refAltitudeFt(i);
        float yVUpFtps = c.refVUpFtps(i);
        long yRefNanos = c.refNanos(i);
        if (Float.isNaN(x.refAltitudeFt) || Float.isNaN(yAltitudeFt)) {
            return false;
        }
        double dz0 = yAltitudeFt + yVUpFtps * ((wsNanos - yRefNanos) * 1e-9)
                - (x.refAltitudeFt + x.refVUpFtps * ((wsNanos - x.refNanos) * 1e-9));
        double dvz = yVUpFtps - x.refVUpFtps;
        double dz1 = dz0 + dvz * ((weNanos - wsNanos) * 1e-9);
        double least = (dz0 > 0) == (dz1 > 0) && dz0 != 0 && dz1 != 0 ? Math.min(Math.abs(dz0), Math.abs(dz1)) : 0;
        return least <= verticalReachFt + (Math.abs(dvz) + 2 * VERTICAL_SKIN_FTPS) * cfg.lookAheadS()
                + 2 * (ALTITUDE_SKIN_FT + VERTICAL_SKIN_FTPS * maxAgeS) + 1;
    }

    @Override
    boolean roughlyVerticalMayMeet(Track x, double[] d, int k) {
        double fixNanos = d[k + SpatialGrid.Cell.POS_NANOS];
        double ws = x.refNanos - maxAgeNanos;
        double we = x.refNanos + horizonNanos + maxAgeNanos;
        double vUp = d[k + SpatialGrid.Cell.V_UP];
        double dz0 = d[k + SpatialGrid.Cell.ALT] + vUp * ((ws - fixNanos) * 1e-9)
                - (x.refAltitudeFt + x.refVUpFtps * ((ws - x.refNanos) * 1e-9));
        double dvz = vUp - x.refVUpFtps;
        double dz1 = dz0 + dvz * ((we - ws) * 1e-9);
        if (Double.isNaN(dz0)) {
            return false;                       // an altitude unknown: the screen never passes
        }
        if (!(dz0 * dz1 > 0)) {
            return true;                        // crosses co-altitude in the window
        }
        double extraS = Math.max(Math.abs(ws - fixNanos), Math.abs(we - fixNanos)) * 1e-9;
        return Math.min(Math.abs(dz0), Math.abs(dz1)) <= verticalReachFt
                + (Math.abs(dvz) + 3 * VERTICAL_SKIN_FTPS) * cfg.lookAheadS()
                + 3 * ALTITUDE_SKIN_FT + VERTICAL_SKIN_FTPS * (2 * maxAgeS + extraS) + 1;
    }

    @Override
    boolean verticalStale(Track u, double dtS) {
        if (Double.isNaN(u.altitudeFt) || Float.isNaN(u.refAltitudeFt)) {
            return Double.isNaN(u.altitudeFt) != Float.isNaN(u.refAltitudeFt);
        }
        return Math.abs(u.altitudeFt - (u.refAltitudeFt + u.refVUpFtps * dtS)) > ALTITUDE_SKIN_FT
                || Math.abs(u.vUpFtps - u.refVUpFtps) > VERTICAL_SKIN_FTPS;
    }

    @Override
    void evaluate(Track u, Track o, long t) {
        if (!g.compute(u, o, t, cfg.maxExtrapolationS())) {
            return;
        }
        boolean pairOpen = u.hasOpenWith(o.key);
        boolean altKnown = g.verticalKnown();
        if (!pairOpen) {
            // Quick rejects: even closing at the current rates for the whole look-ahead, the pair stays outside every
            // horizontal radius, or every vertical limit; without altitudes no condition can hold.
            double closing = Math.sqrt(g.dvx * g.dvx + g.dvy * g.dvy);
            if (!altKnown || g.horizontalM - closing * cfg.lookAheadS() > reachM
                    || g.verticalFt - Math.abs(g.dvz) * cfg.lookAheadS() > verticalReachFt) {
                return;
            }
        }
        double h = g.horizontalM;
        double v = g.verticalFt;
        boolean los = altKnown && h < cfg.horizontalSeparationM() && v < verticalLimitFt;
        boolean nmac = altKnown && h < cfg.nmacHorizontalM() && v < cfg.nmacVerticalFt();
        boolean predicted = altKnown && predict();
        TcasLevel level = altKnown ? level(u, o, t) : null;
        boolean ta = level != null && advisory(level.tauTaS(), level.dmodTaNm() * Geo.M_PER_NM, level.zthrTaFt());
        boolean ra = level != null && level.raEnabled()
                && advisory(level.tauRaS(), level.dmodRaNm() * Geo.M_PER_NM, level.zthrRaFt());
        if (!pairOpen && !los && !nmac && !predicted && !ta && !ra) {
            return;
        }

        s.reset(EncounterType.LOSS_OF_SEPARATION, t, h, v)
                .breach(Limit.HORIZONTAL_SEPARATION, cfg.horizontalSeparationM(), h)
                .breach(Limit.VERTICAL_SEPARATION, cfg.verticalSeparationFt(), v);
        observe(u, o, los);

        s.reset(EncounterType.NMAC, t, h, v)
                .breach(Limit.NMAC_HORIZONTAL, cfg.nmacHorizontalM(), h)
                .breach(Limit.NMAC_VERTICAL, cfg.nmacVerticalFt(), v);
        observe(u, o, nmac);

        s.reset(EncounterType.PREDICTED_CONFLICT, t, h, v);
        if (predicted) {
            double tcpa = RelativeMotion.tcpaS(g.dx, g.dy, g.dvx, g.dvy);
            double cpaH = RelativeMotion.distanceAtM(g.dx, g.dy, g.dvx, g.dvy, tcpa);
            double cpaV = Math.abs(g.dz + g.dvz * tcpa);
            s.predict(tcpa, cpaH, cpaV, entryS, exitS)
                    .breach(Limit.HORIZONTAL_SEPARATION, cfg.horizontalSeparationM(), cpaH)
                    .breach(Limit.VERTICAL_SEPARATION, cfg.verticalSeparationFt(), cpaV)
                    .breach(Limit.LOOK_AHEAD, cfg.lookAheadS(), Math.max(0, entryS));
        }
        observe(u, o, predicted);

        if (level != null) {
            tcasSample(EncounterType.TCAS_TA, t, level, ta, level.tauTaS(), level.dmodTaNm(), level.zthrTaFt());
            observe(u, o, ta);
            tcasSample(EncounterType.TCAS_RA, t, level, ra, level.tauRaS(), level.dmodRaNm(), level.zthrRaFt());
            observe(u, o, ra);
        } else {
            s.reset(EncounterType.TCAS_TA, t, h, v);
            observe(u, o, false);
            s.reset(EncounterType.TCAS_RA, t, h, v);
            observe(u, o, false);
        }
    }

    /** STCA-like: the predicted violation interval (entry, exit) meets the look-ahead [0, T]. */
    private boolean predict() {
        if (!RelativeMotion.horizontalInterval(g.dx, g.dy, g.dvx, g.dvy, cfg.horizontalSeparationM(), hIn)
                || !RelativeMotion.verticalInterval(g.dz, g.dvz, verticalLimitFt, vIn)) {
            return false;
        }
        entryS = Math.max(hIn[0], vIn[0]);
        exitS = Math.min(hIn[1], vIn[1]);
        return entryS < exitS && exitS > 0 && entryS <= cfg.lookAheadS();
    }

    /** The pair's sensitivity level: the higher of the two aircraft's (the more sensitive one alerts first). */
    private TcasLevel level(Track u, Track o, long t) {
        TcasLevel lu = cfg.tcas().at(u.altitudeFt);
        TcasLevel lo = cfg.tcas().at(o.altitudeAt(t));
        return lu.floorFt() >= lo.floorFt() ? lu : lo;
    }

    /** TCAS range test (modified tau or inside DMOD) and altitude test (inside ZTHR or vertical tau). */
    private boolean advisory(double tauS, double dmodM, double zthrFt) {
        return RelativeMotion.modifiedTauS(g.dx, g.dy, g.dvx, g.dvy, dmodM) <= tauS
                && (g.verticalFt < zthrFt || RelativeMotion.verticalTauS(g.dz, g.dvz) <= tauS);
    }

    private void tcasSample(EncounterType type, long t, TcasLevel l, boolean active, double tauS, double dmodNm,
                            double zthrFt) {
        double dmodM = dmodNm * Geo.M_PER_NM;
        s.reset(type, t, g.horizontalM, g.verticalFt);
        s.sensitivityLevel = l.level();
        if (Double.isNaN(tauS)) {
            return;                       // RA inhibited at this level: nothing to record
        }
        double tauH = RelativeMotion.modifiedTauS(g.dx, g.dy, g.dvx, g.dvy, dmodM);
        if (active) {
            double tcpa = RelativeMotion.tcpaS(g.dx, g.dy, g.dvx, g.dvy);
            boolean inside = RelativeMotion.horizontalInterval(g.dx, g.dy, g.dvx, g.dvy, dmodM, hIn);
            s.predict(tcpa, RelativeMotion.distanceAtM(g.dx, g.dy, g.dvx, g.dvy, tcpa),
                    Math.abs(g.dz + g.dvz * tcpa), inside ? hIn[0] : tcpa, inside ? hIn[1] : tcpa);
        }
        s.breach(Limit.TAU, tauS, tauH).breach(Limit.DMOD, dmodM, g.horizontalM).breach(Limit.ZTHR, zthrFt, g.verticalFt);
    }

    private void observe(Track u, Track o, boolean active) {
        if (active && (u.military || o.military)) {
            s.flag(EncounterFlag.MILITARY_INVOLVED);
            if (Track.ownForces(u, o)) {
                s.flag(EncounterFlag.OWN_FORCES);
            }
        }
        book.observe(u, o, active, s);
    }
}

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
final class AirAirDetector {

    private final DetectionConfig.AirAir cfg;
    private final EncounterBook book;
    private final SpatialGrid grid;
    private final double radiusM;
    private final double reachM;
    private final double verticalLimitFt;
    private final PairGeometry g = new PairGeometry();
    private final Sample s = new Sample();
    private final SpatialGrid.Hits hits = new SpatialGrid.Hits();
    private final double[] hIn = new double[2];
    private final double[] vIn = new double[2];

    AirAirDetector(DetectionConfig config, EncounterBook book, SpatialGrid grid) {
        this.cfg = config.airAir();
        this.book = book;
        this.grid = grid;
        this.radiusM = config.airPairRadiusM();
        double maxDmodM = 0;
        for (TcasLevel l : cfg.tcas().levels()) {
            maxDmodM = Math.max(maxDmodM, Math.max(l.dmodTaNm(), Double.isNaN(l.dmodRaNm()) ? 0 : l.dmodRaNm()) * Geo.M_PER_NM);
        }
        this.reachM = Math.max(Math.max(cfg.horizontalSeparationM(), maxDmodM), cfg.nmacHorizontalM());
        this.verticalLimitFt = cfg.verticalSeparationFt() - cfg.altitudeToleranceFt();
    }

    /** Evaluates the updated aircraft against its neighbours. */
    void scan(Track u) {
        grid.cellsNear(u.latDeg, u.lonDeg, radiusM, hits);
        for (int c = 0; c < hits.size; c++) {
            SpatialGrid.Cell cell = hits.cells[c];
            Track[] items = cell.items;
            for (int i = 0, n = cell.size; i < n; i++) {
                Track o = items[i];
                if (o != u) {
                    evaluate(u, o, u.timeNanos);
                }
            }
        }
    }

    void evaluate(Track u, Track o, long t) {
        if (!g.compute(u, o, t, cfg.maxExtrapolationS())) {
            return;
        }
        boolean anyOpen = u.openEncounters > 0 && o.openEncounters > 0;
        double closing = Math.sqrt(g.dvx * g.dvx + g.dvy * g.dvy);
        // Quick reject: even closing at the current rate for the whole look-ahead the pair stays outside every radius.
        if (!anyOpen && g.horizontalM - closing * cfg.lookAheadS() > reachM) {
            return;
        }
        double h = g.horizontalM;
        double v = g.verticalFt;
        boolean altKnown = g.verticalKnown();

        boolean los = altKnown && h < cfg.horizontalSeparationM() && v < verticalLimitFt;
        s.reset(EncounterType.LOSS_OF_SEPARATION, t, h, v)
                .breach(Limit.HORIZONTAL_SEPARATION, cfg.horizontalSeparationM(), h)
                .breach(Limit.VERTICAL_SEPARATION, cfg.verticalSeparationFt(), v);
        observe(u, o, los);

        boolean nmac = altKnown && h < cfg.nmacHorizontalM() && v < cfg.nmacVerticalFt();
        s.reset(EncounterType.NMAC, t, h, v)
                .breach(Limit.NMAC_HORIZONTAL, cfg.nmacHorizontalM(), h)
                .breach(Limit.NMAC_VERTICAL, cfg.nmacVerticalFt(), v);
        observe(u, o, nmac);

        predicted(u, o, t, altKnown);
        if (altKnown) {
            tcas(u, o, t);
        } else {
            s.reset(EncounterType.TCAS_TA, t, h, v);
            observe(u, o, false);
            s.reset(EncounterType.TCAS_RA, t, h, v);
            observe(u, o, false);
        }
    }

    private void predicted(Track u, Track o, long t, boolean altKnown) {
        double h = g.horizontalM;
        double v = g.verticalFt;
        boolean active = false;
        double entry = 0;
        double exit = 0;
        if (altKnown
                && RelativeMotion.horizontalInterval(g.dx, g.dy, g.dvx, g.dvy, cfg.horizontalSeparationM(), hIn)
                && RelativeMotion.verticalInterval(g.dz, g.dvz, verticalLimitFt, vIn)) {
            entry = Math.max(hIn[0], vIn[0]);
            exit = Math.min(hIn[1], vIn[1]);
            active = entry < exit && exit > 0 && entry <= cfg.lookAheadS();
        }
        s.reset(EncounterType.PREDICTED_CONFLICT, t, h, v);
        if (active) {
            double tcpa = RelativeMotion.tcpaS(g.dx, g.dy, g.dvx, g.dvy);
            double cpaH = RelativeMotion.distanceAtM(g.dx, g.dy, g.dvx, g.dvy, tcpa);
            double cpaV = Math.abs(g.dz + g.dvz * tcpa);
            s.predict(tcpa, cpaH, cpaV, entry, exit)
                    .breach(Limit.HORIZONTAL_SEPARATION, cfg.horizontalSeparationM(), cpaH)
                    .breach(Limit.VERTICAL_SEPARATION, cfg.verticalSeparationFt(), cpaV)
                    .breach(Limit.LOOK_AHEAD, cfg.lookAheadS(), Math.max(0, entry));
        } else {
            s.breach(Limit.HORIZONTAL_SEPARATION, cfg.horizontalSeparationM(), Double.POSITIVE_INFINITY)
                    .breach(Limit.VERTICAL_SEPARATION, cfg.verticalSeparationFt(), Double.POSITIVE_INFINITY)
                    .breach(Limit.LOOK_AHEAD, cfg.lookAheadS(), Double.POSITIVE_INFINITY);
        }
        observe(u, o, active);
    }

    private void tcas(Track u, Track o, long t) {
        TcasLevel lu = cfg.tcas().at(u.altitudeFt);
        TcasLevel lo = cfg.tcas().at(o.altitudeAt(t));
        TcasLevel l = lu.floorFt() >= lo.floorFt() ? lu : lo;   // the more sensitive aircraft alerts first
        advisory(u, o, t, EncounterType.TCAS_TA, l, l.tauTaS(), l.dmodTaNm(), l.zthrTaFt());
        advisory(u, o, t, EncounterType.TCAS_RA, l, l.tauRaS(), l.dmodRaNm(), l.zthrRaFt());
    }

    private void advisory(Track u, Track o, long t, EncounterType type, TcasLevel l, double tauS, double dmodNm,
                          double zthrFt) {
        double dmodM = dmodNm * Geo.M_PER_NM;
        s.reset(type, t, g.horizontalM, g.verticalFt);
        s.sensitivityLevel = l.level();
        if (Double.isNaN(tauS)) {           // RA inhibited at this level
            observe(u, o, false);
            return;
        }
        double tauH = RelativeMotion.modifiedTauS(g.dx, g.dy, g.dvx, g.dvy, dmodM);
        double tauV = RelativeMotion.verticalTauS(g.dz, g.dvz);
        boolean range = tauH <= tauS;
        boolean altitude = g.verticalFt < zthrFt || tauV <= tauS;
        boolean active = range && altitude;
        if (active) {
            double tcpa = RelativeMotion.tcpaS(g.dx, g.dy, g.dvx, g.dvy);
            boolean inside = RelativeMotion.horizontalInterval(g.dx, g.dy, g.dvx, g.dvy, dmodM, hIn);
            s.predict(tcpa, RelativeMotion.distanceAtM(g.dx, g.dy, g.dvx, g.dvy, tcpa),
                    Math.abs(g.dz + g.dvz * tcpa), inside ? hIn[0] : tcpa, inside ? hIn[1] : tcpa);
        }
        s.breach(Limit.TAU, tauS, tauH).breach(Limit.DMOD, dmodM, g.horizontalM).breach(Limit.ZTHR, zthrFt, g.verticalFt);
        observe(u, o, active);
    }

    private void observe(Track u, Track o, boolean active) {
        if (active && (u.military || o.military)) {
            s.flag(EncounterFlag.MILITARY_INVOLVED);
        }
        book.observe(u, o, active, s);
    }
}

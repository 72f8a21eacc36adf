package org.deconflict.engine.detect;

import java.io.Serializable;

import org.deconflict.engine.event.EncounterFlag;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.Limit;
import org.deconflict.engine.geo.Geo;

/**
 * Air–sea: low passes of aircraft over ships. Watches each aircraft's approach to every ship within the approach
 * range (aimed at the ship? descending?), opens a LOW_PASS encounter while the aircraft is within the low-pass
 * distance and below the low-pass height above the ship, counts passes per aircraft and ship, and flags passes over
 * warships and repeated aimed, descending passes (a simulated attack profile, INCSEA 1972 Art. IV).
 */
final class AirSeaDetector {

    /** Pass history of one aircraft–ship pair; lives in the partition state. */
    static final class PassState implements Serializable {
        private static final long serialVersionUID = 1L;
        int passes;
        int aimedPasses;
        boolean aimedThisApproach;
        boolean inPass;
        long lastSeenNanos;
    }

    private final DetectionConfig.AirSea cfg;
    private final double shipMaxAgeS;
    private final EncounterBook book;
    private final SpatialGrid seaGrid;
    private final TrackMap tracks;
    private final LongPairMap<PassState> passes;
    private final PairGeometry g = new PairGeometry();
    private final Sample s = new Sample();
    private final SpatialGrid.Hits hits = new SpatialGrid.Hits();

    AirSeaDetector(DetectionConfig config, EncounterBook book, SpatialGrid seaGrid,
                   LongPairMap<PassState> passes, TrackMap tracks) {
        this.cfg = config.airSea();
        this.tracks = tracks;
        this.shipMaxAgeS = config.seaSea().maxExtrapolationS();
        this.book = book;
        this.seaGrid = seaGrid;
        this.passes = passes;
    }

    /**
     * Evaluates the updated aircraft against ships near it. Skipped for an aircraft with no open low pass that cannot
     * get below the low-pass height while crossing the approach range at its current descent rate, whatever its
     * encounters with other aircraft: those say nothing about ships, and watching its approaches only while one is open
     * would make a pass's aimed-approach flag depend on an unrelated encounter.
     */
    void scan(Track aircraft) {
        if (Double.isNaN(aircraft.altitudeFt)) {
            return;
        }
        if (!aircraft.hasOpen(EncounterType.LOW_PASS) && !canLowPass(aircraft)) {
            return;
        }
        long t = aircraft.timeNanos;
        long scan = seaGrid.nextScan();
        double reach = cfg.approachRangeM() * 1.01;
        seaGrid.cellsNear(aircraft.latDeg, aircraft.lonDeg, cfg.approachRangeM(), hits);
        for (int c = 0; c < hits.size; c++) {
            SpatialGrid.Cell cell = hits.cells[c];
            for (int i = 0, n = cell.size; i < n; i++) {
                double[] d = cell.data;
                int k = i * SpatialGrid.Cell.STRIDE;
                double ageS = (t - d[k + SpatialGrid.Cell.POS_NANOS]) * 1e-9;
                double dLon = d[k + SpatialGrid.Cell.LON] - aircraft.lonDeg;
                if (dLon >= 180) {
                    dLon -= 360;
                } else if (dLon < -180) {
                    dLon += 360;
                }
                double dx = dLon * aircraft.mPerDegLon + d[k + SpatialGrid.Cell.V_EAST] * ageS;
                double dy = (d[k + SpatialGrid.Cell.LAT] - aircraft.latDeg) * aircraft.mPerDegLat + d[k + SpatialGrid.Cell.V_NORTH] * ageS;
                if (dx * dx + dy * dy > reach * reach) {
                    continue;
                }
                cell.items[i].scanMark = scan;
                evaluate(aircraft, cell.items[i], t);
            }
        }
        for (int p = 0; p < aircraft.partnerCount(); p++) {
            Track ship = tracks.get(aircraft.partnerAt(p));
            if (ship != null && !ship.aircraft && ship.scanMark != scan) {
                ship.scanMark = scan;
                evaluate(aircraft, ship, t);
            }
        }
    }

    /** Below the low-pass height, or descending fast enough to get there within the approach range. */
    private boolean canLowPass(Track air) {
        double aboveFt = air.altitudeFt - cfg.lowPassHeightFt();
        if (aboveFt < 0) {
            return true;
        }
        double descentFtps = Double.isNaN(air.verticalRateFpm) ? 0 : -air.verticalRateFpm / 60;
        double speedMps = Double.isNaN(air.groundSpeedKt) ? 50 : Math.max(air.groundSpeedKt * Geo.MPS_PER_KT, 50);
        return descentFtps > 0 && aboveFt <= descentFtps * cfg.approachRangeM() / speedMps;
    }

    private void evaluate(Track air, Track ship, long t) {
        if (!g.compute(air, ship, t, shipMaxAgeS)) {
            return;
        }
        double h = g.horizontalM;
        boolean open = air.hasOpenWith(ship.key);
        if (h > cfg.approachRangeM() && !open) {
            return;
        }
        double heightFt = air.altitudeFt - ship.altitudeAt(t);
        PassState p = passes.get(air.key, ship.key);
        if (p == null) {
            p = new PassState();
            passes.put(air.key, ship.key, p);
        }
        p.lastSeenNanos = t;
        boolean inPassNow = book.isOpen(EncounterType.LOW_PASS, air, ship);
        if (p.inPass && !inPassNow) {
            p.aimedThisApproach = false;        // the previous pass closed (possibly by a sweep)
        }
        p.inPass = inPassNow;
        boolean active = !air.onGround && h <= cfg.lowPassDistanceM() && heightFt < cfg.lowPassHeightFt();
        if (!inPassNow && !active && aimed(air)) {
            p.aimedThisApproach = true;
        }
        s.reset(EncounterType.LOW_PASS, t, h, heightFt)
                .breach(Limit.LOW_PASS_DISTANCE, cfg.lowPassDistanceM(), h)
                .breach(Limit.LOW_PASS_HEIGHT, cfg.lowPassHeightFt(), heightFt);
        if (active) {
            if (!inPassNow) {
                p.passes++;
                if (p.aimedThisApproach) {
                    p.aimedPasses++;
                }
            }
            s.passNumber = p.passes;
            if (p.aimedThisApproach) {
                s.flag(EncounterFlag.AIMED_APPROACH);
                if (p.aimedPasses >= cfg.attackMinPasses()) {
                    s.flag(EncounterFlag.SIMULATED_ATTACK_PROFILE);
                }
            }
            if (ship.warship()) {
                s.flag(EncounterFlag.OVER_WARSHIP);
            }
            if (air.military || ship.military) {
                s.flag(EncounterFlag.MILITARY_INVOLVED);
            }
            if (Track.ownForces(air, ship)) {
                s.flag(EncounterFlag.OWN_FORCES);
            }
        }
        EncounterBook.Outcome outcome = book.observe(air, ship, active, s);
        p.inPass = outcome == EncounterBook.Outcome.OPENED || (inPassNow && outcome != EncounterBook.Outcome.CLOSED);
        if (outcome == EncounterBook.Outcome.CLOSED) {
            p.aimedThisApproach = false;
        }
    }

    /** Track within the aim tolerance of the bearing to the ship, and descending fast enough. */
    private boolean aimed(Track air) {
        return air.velocityKnown && !Double.isNaN(air.verticalRateFpm)
                && air.verticalRateFpm <= -cfg.attackDescentFpm()
                && Geo.angleDiffDeg(g.bearingDeg(), air.trackDeg) <= cfg.aimToleranceDeg();
    }

    /** Forgets pass counts of pairs not seen within the pass memory. */
    static void prune(LongPairMap<PassState> passes, long nowNanos, double memoryS) {
        long horizon = nowNanos - EncounterBook.seconds(memoryS);
        if (passes.size() > 0) {
            passes.removeIf(p -> p.lastSeenNanos < horizon && !p.inPass);
        }
    }
}

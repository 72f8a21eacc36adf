package org.deconflict.engine.detect;

import org.deconflict.engine.event.SpoofingSuspicion;
import org.deconflict.engine.event.SpoofingSuspicion.Reason;
import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.track.TrackView;

/**
 * Spoofing suspicion from one target's own reports: positions that move differently from the reported velocity over a
 * window (kinematic inconsistency), reception from beyond the receiver's radio horizon, and positions alternating
 * between two places too far apart for one target (a duplicated address). Each reason is reported once per episode.
 */
final class SpoofingDetector {

    private final DetectionConfig.Integrity cfg;
    private final ReceiverSites sites;
    private final Emitter emitter;
    private final long windowMinNanos;
    private final long windowMaxNanos;
    private final long maxStepNanos;

    SpoofingDetector(DetectionConfig config, ReceiverSites sites, Emitter emitter) {
        this.cfg = config.integrity();
        this.sites = sites;
        this.emitter = emitter;
        this.windowMinNanos = EncounterBook.seconds(cfg.kinematicWindowMinS());
        this.windowMaxNanos = EncounterBook.seconds(cfg.kinematicWindowMaxS());
        this.maxStepNanos = EncounterBook.seconds(cfg.kinematicMaxStepS());
    }

    /** Checks a fresh position against the track's previous state; call before the snapshot is applied. */
    void check(Track t, TrackView s) {
        if (t.hasPosition) {
            duplicate(t, s);
            kinematic(t, s);
        } else {
            anchor(t, s);
        }
        range(t, s);
    }

    private void duplicate(Track t, TrackView s) {
        double dtS = (s.timeNanos() - t.positionNanos) / 1e9;
        if (dtS <= 0) {
            return;
        }
        double maxMps = (t.aircraft ? cfg.maxAircraftSpeedKt() : cfg.maxShipSpeedKt()) * Geo.MPS_PER_KT;
        double jumpM = flatM(t, t.latDeg, t.lonDeg, s.latDeg(), s.lonDeg());
        double plausibleM = maxMps * dtS + cfg.kinematicToleranceM();
        if (jumpM <= plausibleM) {
            return;
        }
        Track.Fix other = t.beforeJump;
        if (other != null && other.positionNanos() >= 0 && !t.duplicateReported) {
            double dt2S = (s.timeNanos() - other.positionNanos()) / 1e9;
            double fromOtherM = flatM(t, other.latDeg(), other.lonDeg(), s.latDeg(), s.lonDeg());
            if (dt2S > 0 && fromOtherM <= maxMps * dt2S + cfg.kinematicToleranceM()) {
                t.duplicateReported = true;
                emit(t, s, Reason.DUPLICATE_ADDRESS, jumpM, plausibleM);
            }
        }
        t.beforeJump = new Track.Fix(t.positionNanos, t.latDeg, t.lonDeg);
    }

    /**
     * Integrates the reported velocity between consecutive positions (trapezoid rule) and, once the window since the
     * anchor is long enough, compares the displacement the positions show with the integrated one. Integrating step
     * by step follows turns and orbits; across a reception gap longer than {@link DetectionConfig.Integrity#kinematicMaxStepS()} the manoeuvre in
     * between is unknown, so the window restarts there instead of comparing.
     */
    private void kinematic(Track t, TrackView s) {
        boolean velocity = !Double.isNaN(s.groundSpeedKt()) && !Double.isNaN(s.trackDeg());
        long step = s.timeNanos() - t.kinematicStepNanos;
        if (!velocity || t.anchorNanos < 0 || step > maxStepNanos) {
            anchor(t, s);
            return;
        }
        if (step <= 0) {
            return;
        }
        boolean same = t.sameVelocity(s);
        double vEast = same ? t.vEastMps : Track.eastMps(s.groundSpeedKt(), s.trackDeg());
        double vNorth = same ? t.vNorthMps : Track.northMps(s.groundSpeedKt(), s.trackDeg());
        double stepS = step / 1e9;
        t.expectEastM += (t.stepVEast + vEast) / 2 * stepS;
        t.expectNorthM += (t.stepVNorth + vNorth) / 2 * stepS;
        t.stepVEast = vEast;
        t.stepVNorth = vNorth;
        t.kinematicStepNanos = s.timeNanos();
        long dt = s.timeNanos() - t.anchorNanos;
        if (dt < windowMinNanos) {
            return;
        }
        if (dt <= windowMaxNanos) {
            double east = Geo.normalize180(s.lonDeg() - t.anchorLon) * t.mPerDegLon;
            double north = (s.latDeg() - t.anchorLat) * t.mPerDegLat;
            double discrepancyM = Math.hypot(east - t.expectEastM, north - t.expectNorthM);
            if (discrepancyM > cfg.kinematicToleranceM()) {
                if (!t.kinematicReported) {
                    t.kinematicReported = true;
                    emit(t, s, Reason.KINEMATIC_INCONSISTENCY, discrepancyM, cfg.kinematicToleranceM());
                }
            } else {
                t.kinematicReported = false;
            }
        }
        anchor(t, s);
    }

    /** Starts a new comparison window at this position (or none without a velocity). */
    private void anchor(Track t, TrackView s) {
        if (Double.isNaN(s.groundSpeedKt()) || Double.isNaN(s.trackDeg())) {
            t.anchorNanos = -1;
            return;
        }
        boolean same = t.sameVelocity(s);
        t.anchorNanos = s.timeNanos();
        t.anchorLat = s.latDeg();
        t.anchorLon = s.lonDeg();
        t.kinematicStepNanos = s.timeNanos();
        t.stepVEast = same ? t.vEastMps : Track.eastMps(s.groundSpeedKt(), s.trackDeg());
        t.stepVNorth = same ? t.vNorthMps : Track.northMps(s.groundSpeedKt(), s.trackDeg());
        t.expectEastM = 0;
        t.expectNorthM = 0;
    }

    private void range(Track t, TrackView s) {
        if (t.rangeReported) {
            return;
        }
        ReceiverSites.Site site = sites.site(s.receiverId());
        if (site == null) {
            return;
        }
        double horizonM;
        if (t.aircraft) {
            double heightM = Double.isNaN(s.altitudeFt()) ? 0 : s.altitudeFt() * Geo.M_PER_FT;
            horizonM = Geo.radioHorizonM(site.antennaHeightM(), heightM) * cfg.receptionMarginFactor();
        } else {
            horizonM = Geo.radioHorizonM(site.antennaHeightM(), cfg.shipAntennaHeightM()) * cfg.vhfReceptionMarginFactor();
        }
        if (Geo.distanceUpperBoundM(site.latDeg(), site.lonDeg(), s.latDeg(), s.lonDeg()) <= horizonM) {
            return;                         // surely within: the exact distance is needed only near the horizon
        }
        double rangeM = Geo.distanceM(site.latDeg(), site.lonDeg(), s.latDeg(), s.lonDeg());
        if (rangeM > horizonM) {
            t.rangeReported = true;
            emit(t, s, Reason.IMPOSSIBLE_RECEPTION_RANGE, rangeM, horizonM);
        }
    }

    private void emit(Track t, TrackView s, Reason reason, double measured, double limit) {
        emitter.emit(new SpoofingSuspicion(s.timeNanos(), s.key(), reason, s.latDeg(), s.lonDeg(), measured, limit,
                s.receiverId()), emitter.ownerOf(s.latDeg(), s.lonDeg()));
    }

    /** Local-plane distance in metres at the track's scale; its error over long jumps does not matter to a plausibility test. */
    private static double flatM(Track t, double lat1, double lon1, double lat2, double lon2) {
        double e = Geo.normalize180(lon2 - lon1) * t.mPerDegLon;
        double n = (lat2 - lat1) * t.mPerDegLat;
        return Math.sqrt(e * e + n * n);
    }
}

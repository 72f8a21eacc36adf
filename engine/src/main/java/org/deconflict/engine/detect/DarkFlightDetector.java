package org.deconflict.engine.detect;

import java.io.Serializable;
import java.util.Map;

import org.deconflict.engine.event.DarkGap;
import org.deconflict.engine.event.ModeSOnly;
import org.deconflict.engine.event.TrackPoint;
import org.deconflict.engine.event.TransponderCompliance;
import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.track.TrackView;
import org.deconflict.engine.track.TransponderMode;

/**
 * Dark flight: a target silent inside coverage that reappears (a {@link DarkGap} with both ends), aircraft heard only
 * in Mode S without a position ({@link ModeSOnly}), and per-flight transponder compliance (seconds with an ADS-B
 * position / Mode S only / silent) emitted when the track expires and summed per nation.
 */
final class DarkFlightDetector {

    /** Per-nation sums: flights, ADS-B s, Mode S only s, silent s. */
    static final class NationTotals implements Serializable {
        private static final long serialVersionUID = 1L;
        int flights;
        double adsbSeconds;
        double modeSOnlySeconds;
        double silentSeconds;
    }

    static final String UNKNOWN_NATION = "??";

    private final DetectionConfig.Dark cfg;
    private final CoverageOracle coverage;
    private final Emitter emitter;
    private final LongObjectMap<LastFix> departed;
    private final Map<String, NationTotals> nations;

    DarkFlightDetector(DetectionConfig config, CoverageOracle coverage, Emitter emitter,
                       LongObjectMap<LastFix> departed, Map<String, NationTotals> nations) {
        this.cfg = config.dark();
        this.coverage = coverage;
        this.emitter = emitter;
        this.departed = departed;
        this.nations = nations;
    }

    /** Called before the snapshot is applied; {@code isNew} when the track was just created. */
    void before(Track t, TrackView s, boolean isNew) {
        long prevHeard;
        LastFix departedFix = null;
        if (isNew) {
            departedFix = departed.remove(t.key);
            prevHeard = departedFix == null ? -1 : departedFix.lastHeardNanos;
        } else {
            prevHeard = t.timeNanos;
        }
        if (prevHeard < 0) {
            return;
        }
        double gapS = (s.timeNanos() - prevHeard) / 1e9;
        if (t.aircraft && !isNew) {
            account(t, s, gapS);
        }
        double minGapS = t.aircraft ? cfg.aircraftMinGapS() : cfg.shipMinGapS();
        if (gapS >= minGapS && gapS <= cfg.maxGapS()) {
            LastFix before = isNew ? departedFix : t.hasPosition ? new LastFix(t) : null;
            if (before != null) {
                t.gapBefore = before;
                t.gapHeardAgainNanos = s.timeNanos();
            }
        }
    }

    /** Called after the snapshot is applied. */
    void after(Track t) {
        if (t.gapBefore != null && t.hasPosition && t.positionNanos == t.timeNanos) {
            LastFix b = t.gapBefore;
            t.gapBefore = null;
            if (inCoverage(b, t)) {
                TrackPoint before = b.point();
                TrackPoint after = t.pointAt(t.timeNanos);
                double distanceM = Geo.distanceM(b.latDeg, b.lonDeg, t.latDeg, t.lonDeg);
                double gapS = (t.gapHeardAgainNanos - b.lastHeardNanos) / 1e9;
                emitter.emit(new DarkGap(t.timeNanos, t.targetKey(), before, after, gapS, distanceM,
                        t.nation != null ? t.nation : b.nation, t.military || b.military),
                        emitter.ownerOf(t.latDeg, t.lonDeg));
            }
        }
        if (t.aircraft && !t.hasPosition && t.transponder == TransponderMode.MODE_S_ONLY) {
            if (t.modeSOnlySinceNanos < 0) {
                t.modeSOnlySinceNanos = t.timeNanos;
            } else if (!t.modeSOnlyReported && t.timeNanos - t.modeSOnlySinceNanos >= EncounterBook.seconds(cfg.modeSOnlyMinS())) {
                t.modeSOnlyReported = true;
                // No position: the partition that received the snapshot reports it (route position-less snapshots
                // by a fixed rule, e.g. by target key).
                emitter.emit(new ModeSOnly(t.timeNanos, t.targetKey(), t.modeSOnlySinceNanos, t.altitudeFt,
                        t.callsign, t.nation, t.military, t.receiverId), Emitter.ANY_OWNER);
            }
        }
    }

    /** The track is dropped: files its compliance and remembers its last fix for a later reappearance. */
    void expired(Track t, long nowNanos) {
        if (t.aircraft) {
            String nation = t.nation != null ? t.nation : UNKNOWN_NATION;
            TransponderCompliance c = new TransponderCompliance(nowNanos, t.targetKey(), nation, t.military,
                    t.firstNanos, t.timeNanos, t.adsbSeconds, t.modeSOnlySeconds, t.silentSeconds);
            NationTotals n = nations.computeIfAbsent(nation, k -> new NationTotals());
            n.flights++;
            n.adsbSeconds += t.adsbSeconds;
            n.modeSOnlySeconds += t.modeSOnlySeconds;
            n.silentSeconds += t.silentSeconds;
            emitter.emit(c, t.hasPosition ? emitter.ownerOf(t.latDeg, t.lonDeg) : Emitter.ANY_OWNER);
        }
        if (t.hasPosition) {
            departed.put(t.key, new LastFix(t));
        }
    }

    /** Forgets departed targets silent for longer than the longest gap. */
    void prune(long nowNanos) {
        long horizon = nowNanos - EncounterBook.seconds(cfg.maxGapS());
        if (departed.size() > 0) {
            departed.removeIf(k -> departed.get(k).lastHeardNanos < horizon);
        }
    }

    /** Attributes the interval just ended to the mode of the update that ended it, or to silence if too long. */
    private void account(Track t, TrackView s, double gapS) {
        if (gapS <= 0) {
            return;
        }
        if (gapS > cfg.silenceS() || s.transponder() == TransponderMode.NONE) {
            t.silentSeconds += gapS;
        } else if (s.transponder() == TransponderMode.MODE_S_ONLY) {
            t.modeSOnlySeconds += gapS;
        } else {
            t.adsbSeconds += gapS;
        }
    }

    /**
     * Both ends and the midpoint of the gap lie in coverage. An aircraft below {@link DetectionConfig.Dark#lowLevelFt()} at either end may
     * have flown under every receiver's radio horizon in between, so its whole path is judged at the surface: only a
     * silence where even a sea-skimming aircraft would have been heard is dark.
     */
    private boolean inCoverage(LastFix b, Track t) {
        boolean lowLevel = t.aircraft && !(Math.min(b.altitudeFt, t.altitudeFt) >= cfg.lowLevelFt());
        double beforeAlt = lowLevel ? 0 : b.altitudeFt;
        double afterAlt = lowLevel ? 0 : t.altitudeFt;
        double midLat = (b.latDeg + t.latDeg) / 2;
        double midLon = b.lonDeg + Geo.normalize180(t.lonDeg - b.lonDeg) / 2;
        return coverage.covered(b.latDeg, b.lonDeg, beforeAlt)
                && coverage.covered(t.latDeg, t.lonDeg, afterAlt)
                && coverage.covered(midLat, Geo.normalize180(midLon), (beforeAlt + afterAlt) / 2);
    }
}

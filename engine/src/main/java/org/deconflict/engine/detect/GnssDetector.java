package org.deconflict.engine.detect;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.deconflict.engine.event.GnssInterference;
import org.deconflict.engine.ingest.TargetKey;

/**
 * GNSS interference: aircraft whose reported position integrity collapsed (NACp/NIC dropping to degraded after having
 * been good) are counted per grid area over a sliding window; an area with enough degraded aircraft, forming enough
 * of those reporting there, opens an interference episode, which closes when the area falls back. Areas are
 * evaluated at fixed event-time steps so every partition decides at the same instants.
 */
final class GnssDetector {

    /** Evaluation step of the area scan in seconds (Deconflict: fine against the 5 min window). */
    static final double STEP_S = 10;

    /** One area's members (aircraft whose last integrity report lies in it) and its episode. */
    static final class Area implements Serializable {
        private static final long serialVersionUID = 1L;
        final LongObjectMap<Track> members = new LongObjectMap<>(8);
        long openedNanos = -1;
    }

    /** Areas by cell id, plus the next evaluation instant; serialisable. */
    static final class State implements Serializable {
        private static final long serialVersionUID = 1L;
        final LongObjectMap<Area> areas = new LongObjectMap<>(64);
        long nextStepNanos = Long.MIN_VALUE;
    }

    private final DetectionConfig.Integrity cfg;
    private final CellScheme scheme;
    private final State state;
    private final Emitter emitter;
    private final long stepNanos;
    private final long windowNanos;
    private final double radiusM;

    GnssDetector(DetectionConfig config, State state, Emitter emitter) {
        this.cfg = config.integrity();
        this.scheme = new CellScheme(cfg.gnssCellM());
        this.state = state;
        this.emitter = emitter;
        this.stepNanos = EncounterBook.seconds(STEP_S);
        this.windowNanos = EncounterBook.seconds(cfg.gnssWindowS());
        this.radiusM = cfg.gnssCellM() * Math.sqrt(2) / 2;
    }

    /** Records an aircraft's integrity report (fresh position with NACp or NIC known). */
    void report(Track t) {
        if (t.nacp < 0 && t.nic < 0) {
            return;
        }
        if (t.nacp >= cfg.goodNacpMin()) {
            t.goodIntegritySeen = true;
        }
        boolean degraded = (t.nacp >= 0 && t.nacp <= cfg.degradedNacpMax())
                || (t.nic >= 0 && t.nic <= cfg.degradedNicMax());
        t.collapsed = degraded && t.goodIntegritySeen;
        t.integrityNanos = t.timeNanos;
        long cell = scheme.cellOf(t.latDeg, t.lonDeg);
        if (cell != t.gnssCellId) {
            remove(t);
            Area a = state.areas.get(cell);
            if (a == null) {
                a = new Area();
                state.areas.put(cell, a);
            }
            a.members.put(t.key, t);
            t.gnssCellId = cell;
        }
    }

    /** Forgets an aircraft (expired or moved). */
    void remove(Track t) {
        if (t.gnssCellId == Track.NO_CELL) {
            return;
        }
        Area a = state.areas.get(t.gnssCellId);
        if (a != null) {
            a.members.remove(t.key);
        }
        t.gnssCellId = Track.NO_CELL;
    }

    /** Runs every evaluation step up to {@code nowNanos}. */
    void advanceTo(long nowNanos) {
        if (state.nextStepNanos == Long.MIN_VALUE) {
            state.nextStepNanos = Math.floorDiv(nowNanos, stepNanos) * stepNanos + stepNanos;
            return;
        }
        while (state.nextStepNanos <= nowNanos) {
            if (state.areas.size() == 0) {
                state.nextStepNanos = Math.floorDiv(nowNanos, stepNanos) * stepNanos + stepNanos;
                return;
            }
            evaluate(state.nextStepNanos);
            state.nextStepNanos += stepNanos;
        }
    }

    private void evaluate(long tNanos) {
        for (long cell : state.areas.keys()) {
            Area a = state.areas.get(cell);
            int reporting = 0;
            List<TargetKey> degraded = new ArrayList<>();
            for (long k : a.members.keys()) {
                Track t = a.members.get(k);
                if (t.integrityNanos > tNanos - windowNanos && t.integrityNanos <= tNanos) {
                    reporting++;
                    if (t.collapsed) {
                        degraded.add(t.targetKey());
                    }
                }
            }
            boolean active = degraded.size() >= cfg.gnssMinAircraft()
                    && degraded.size() >= cfg.gnssMinShare() * reporting;
            if (active && a.openedNanos < 0) {
                a.openedNanos = tNanos;
                emit(tNanos, GnssInterference.Phase.OPENED, a, cell, degraded, reporting);
            } else if (!active && a.openedNanos >= 0) {
                emit(tNanos, GnssInterference.Phase.CLOSED, a, cell, degraded, reporting);
                a.openedNanos = -1;
            }
            if (a.members.size() == 0 && a.openedNanos < 0) {
                state.areas.remove(cell);
            }
        }
    }

    private void emit(long tNanos, GnssInterference.Phase phase, Area a, long cell, List<TargetKey> degraded,
                      int reporting) {
        double lat = scheme.centerLatDeg(cell);
        double lon = scheme.centerLonDeg(cell);
        emitter.emit(new GnssInterference(tNanos, phase, a.openedNanos, lat, lon, radiusM, degraded.size(),
                reporting, degraded), emitter.ownerOf(lat, lon));
    }
}

package org.deconflict.engine.ingest;

import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.track.Trail;
import org.deconflict.engine.track.Tracker;
import org.deconflict.engine.track.TrackState;

/** Measurements over the accepted history of tracks, for the real-data tests. */
final class TrackChecks {

    private TrackChecks() {
    }

    /**
     * Highest speed in knots implied by two consecutive trail points at least {@code minGapNanos} apart, over every
     * track of the tracker (short gaps are dominated by position quantisation and are left out).
     */
    static double maxImpliedSpeedKt(Tracker tracker, long minGapNanos) {
        double max = 0;
        for (TrackState s : tracker.tracks()) {
            max = Math.max(max, maxImpliedSpeedKt(s.trail(), minGapNanos));
        }
        return max;
    }

    static double maxImpliedSpeedKt(Trail tr, long minGapNanos) {
        double max = 0;
        if (tr == null) {
            return 0;
        }
        int prev = 0;
        for (int i = 1; i < tr.size(); i++) {
            long dt = tr.timeNanos(i) - tr.timeNanos(prev);
            if (dt < minGapNanos) {
                continue;
            }
            double d = Geo.distanceM(tr.latDeg(prev), tr.lonDeg(prev), tr.latDeg(i), tr.lonDeg(i));
            max = Math.max(max, d / (dt / 1e9) / Geo.MPS_PER_KT);
            prev = i;
        }
        return max;
    }
}

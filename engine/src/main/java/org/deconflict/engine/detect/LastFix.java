package org.deconflict.engine.detect;

import java.io.Serializable;

import org.deconflict.engine.event.TrackPoint;
import org.deconflict.engine.ingest.TargetKey;

/** A target's last position and when it was last heard: one end of a possible dark gap. Serialisable. */
final class LastFix implements Serializable {

    private static final long serialVersionUID = 1L;

    final long key;
    final long lastHeardNanos;
    final long positionNanos;
    final double latDeg;
    final double lonDeg;
    final double altitudeFt;
    final double groundSpeedKt;
    final double trackDeg;
    final double verticalRateFpm;
    final String nation;
    final boolean military;

    LastFix(Track t) {
        key = t.key;
        lastHeardNanos = t.timeNanos;
        positionNanos = t.positionNanos;
        latDeg = t.latDeg;
        lonDeg = t.lonDeg;
        altitudeFt = t.altitudeFt;
        groundSpeedKt = t.groundSpeedKt;
        trackDeg = t.trackDeg;
        verticalRateFpm = t.verticalRateFpm;
        nation = t.nation;
        military = t.military;
    }

    TrackPoint point() {
        return new TrackPoint(new TargetKey(key), positionNanos, latDeg, lonDeg, altitudeFt, groundSpeedKt, trackDeg,
                verticalRateFpm, false);
    }
}

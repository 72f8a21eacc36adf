package org.deconflict.engine.event;

import org.deconflict.engine.ingest.TargetKey;

/**
 * One target's state at a moment of an encounter. {@code extrapolated} is true when the position was dead-reckoned
 * from the target's last update to {@code timeNanos}. Units as in TrackSnapshot; NaN when unknown.
 */
public record TrackPoint(TargetKey key, long timeNanos, double latDeg, double lonDeg, double altitudeFt,
                         double groundSpeedKt, double trackDeg, double verticalRateFpm, boolean extrapolated) {
}

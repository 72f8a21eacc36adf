package org.deconflict.app.http;

import java.util.List;

import org.deconflict.engine.track.TrackSnapshot;

/**
 * What the live picture knows about one target: its latest track snapshot, a short trail of recent positions, and
 * the flags the map marks it with. Immutable; the engine thread replaces it on every update.
 *
 * @param last            latest snapshot (position fields NaN while none is known)
 * @param trail           recent positions, oldest first, at most {@link LivePicture#TRAIL_POINTS}
 * @param lastPosition    latest snapshot that carried a position, or null
 * @param suspicion       latest integrity suspicion (e.g. {@code "KINEMATIC_INCONSISTENCY"}), or null
 * @param darkGaps        dark gaps seen for this target so far
 * @param seq             the picture's change number of this version (higher: newer), see {@link LivePicture#seq()}
 */
record LiveTarget(TrackSnapshot last, List<TrailPoint> trail, TrackSnapshot lastPosition, String suspicion,
                  int darkGaps, long seq) {

    /** One trail point: event time (ms since the Unix epoch), degrees, feet (NaN unknown). */
    record TrailPoint(long timeMs, double lat, double lon, double altitudeFt) {
    }

    /** Event time of the latest update, ms since the Unix epoch. */
    long lastSeenMs() {
        return last.timeNanos() / 1_000_000L;
    }
}

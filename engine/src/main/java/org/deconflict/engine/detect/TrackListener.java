package org.deconflict.engine.detect;

import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TrackView;

/**
 * What the tracker tells the detectors. All times are event times in nanoseconds since the Unix epoch; calls for one
 * target arrive in time order. Implementations are not thread-safe: one caller at a time.
 */
public interface TrackListener {

    /** A track accepted an update; {@code s} is its state after the update. */
    void onUpdate(TrackSnapshot s);

    /**
     * A track accepted an update; {@code view} is its state after the update, valid only during this call (the
     * tracker reuses it). By default hands an immutable copy to {@link #onUpdate(TrackSnapshot)}; a listener that
     * does not keep the update overrides this to read the view without that allocation.
     */
    default void onUpdate(TrackView view) {
        onUpdate(view.toSnapshot());
    }

    /** A track has not been heard since {@code lastSeenNanos}; {@code nowNanos} is the event time of the decision. */
    void onSilent(TargetKey key, long lastSeenNanos, long nowNanos);

    /** A track was dropped by the tracker at {@code nowNanos} (silent for longer than the tracker keeps it). */
    void onExpired(TargetKey key, long nowNanos);

    /**
     * Reads, without changing anything, the record this listener {@linkplain TrackView#attach attached} to a track
     * about to be updated, so that its cache misses overlap with those of other tracks warmed alongside
     * ({@link org.deconflict.engine.track.Tracker#acceptAll}); returns any value derived from the reads (kept by the
     * caller so they are not optimised away). {@code attachment} may be null or another listener's object. By default
     * nothing is read.
     */
    default long warm(Object attachment) {
        return 0;
    }

    /**
     * Reads, without changing anything, what this listener's pass over a new position will reach from the record it
     * attached ({@link #warm} having brought the record in): for the detectors, the track's listed partners. Called by
     * {@link org.deconflict.engine.track.Tracker#acceptAll} for the positions of a group after warming them all, so
     * these misses overlap too. Same contract as {@link #warm}; by default nothing is read.
     */
    default long warmPartners(Object attachment) {
        return 0;
    }
}

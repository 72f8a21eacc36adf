package org.deconflict.app.pipeline;

import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackView;

/**
 * What the engine thread hands to sinks (console, JSON lines, store, ledger, web): every accepted track update, every
 * detector event, and track expiry. Called on the engine thread; implementations must not block for long.
 */
public interface PipelineListener {

    /**
     * A track after an accepted update: the tracker's reused view of its live state, valid only during this call
     * ({@link TrackView#toSnapshot()} keeps an immutable copy).
     */
    default void onTrack(TrackView track) {
    }

    default void onEvent(EngineEvent event) {
    }

    default void onExpired(TargetKey key, long timeNanos) {
    }

    /** Everything has been delivered (end of replay or shutdown): flush and release. */
    default void onFinish() {
    }
}

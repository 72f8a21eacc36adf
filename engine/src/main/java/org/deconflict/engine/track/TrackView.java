package org.deconflict.engine.track;

import org.deconflict.engine.ingest.TargetKey;

/**
 * One track after an accepted update, as the detectors read it: the fields of {@link TrackSnapshot} (same names,
 * units and unknown values). {@link TrackSnapshot} is the immutable implementation a listener may keep; the tracker
 * also hands out a reused view of its live state, valid only during the call ({@link #toSnapshot} keeps a copy).
 */
public interface TrackView {

    TargetKey key();

    /**
     * {@code key().value()}: the tracker's view holds it inline, so a listener that needs only the value does not
     * fetch the key object (a cache miss per update with many tracks).
     */
    default long keyValue() {
        return key().value();
    }

    /** Event time of the update, ns since the Unix epoch. */
    long timeNanos();

    double latDeg();

    double lonDeg();

    /** Pressure altitude (geometric if no baro known), feet; NaN unknown; 0 for ships. */
    double altitudeFt();

    double groundSpeedKt();

    double trackDeg();

    /** Feet per minute; NaN unknown; 0 for ships. */
    double verticalRateFpm();

    boolean onGround();

    String callsignOrName();

    String nation();

    boolean military();

    int category();

    TransponderMode transponder();

    int nacp();

    int nic();

    int receiverId();

    /** True when the view carries a position. */
    default boolean hasPosition() {
        return !Double.isNaN(latDeg()) && !Double.isNaN(lonDeg());
    }

    /** An immutable copy (this object when it already is one). */
    default TrackSnapshot toSnapshot() {
        return new TrackSnapshot(key(), timeNanos(), latDeg(), lonDeg(), altitudeFt(), groundSpeedKt(), trackDeg(),
                verticalRateFpm(), onGround(), callsignOrName(), nation(), military(), category(), transponder(), nacp(),
                nic(), receiverId());
    }
}

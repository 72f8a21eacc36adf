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

    /**
     * The object a listener {@linkplain #attach attached} to this live track, or null: a listener that keeps its own
     * record per target reaches it on the track's next update without a lookup of its own (at 10 k targets and more,
     * a cache miss per update). A cache only: the tracker neither reads nor serialises it, and the listeners of one
     * tracker share the one slot, so a listener must check that what it gets back is its own, current record (only
     * one attaching listener per tracker saves its lookups). What is attached stays reachable until the track's next
     * update or expiry, so a listener replaced while the tracker lives on is released only as its tracks update.
     * Views that are not live tracks (a {@link TrackSnapshot}) always return null.
     */
    default Object attachment() {
        return null;
    }

    /** Attaches {@code attachment} to the live track, for {@link #attachment}; ignored by views of no live track. */
    default void attach(Object attachment) {
    }

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

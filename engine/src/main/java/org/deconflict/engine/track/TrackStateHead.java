package org.deconflict.engine.track;

import org.deconflict.engine.ingest.PositionSource;
import org.deconflict.engine.ingest.TargetKey;

/**
 * The fields of a {@link TrackState} that every accepted position or velocity reads or writes, and that its
 * listeners read through the view: the JVM lays a superclass's fields out first, so they share the track's first
 * three or four cache lines instead of being spread over all five among rarely used ones (identity, capability,
 * candidate stream, military evidence). Meaning and units as documented on {@link TrackState}.
 */
abstract class TrackStateHead {

    final TargetKey key;
    /** {@code key.value()}, held inline: {@link TrackTable} compares it without fetching the key object. */
    final long keyValue;
    final boolean ship;
    long lastSeenNanos;
    long lastModeSNanos;
    long lastPositionNanos;
    long lastAdsbPositionNanos;
    long lastVelocityNanos;
    long lastAltitudeNanos;
    double latDeg = Double.NaN;
    double lonDeg = Double.NaN;
    double baroAltitudeFt = Double.NaN;
    double geomAltitudeFt = Double.NaN;
    double groundSpeedKt = Double.NaN;
    double trackDeg = Double.NaN;
    double verticalRateFpm = Double.NaN;
    double headingDeg = Double.NaN;
    boolean onGround;
    boolean airborneAis;
    PositionSource positionSource;
    int lastReceiverId = -1;
    int nic = -1;
    int nacp = -1;
    int category;
    String callsign;
    String name;
    String nation;
    boolean military;
    double messageRateHz;
    long messageCount;
    boolean silentNotified;
    int candCount;
    Trail trail;
    /** What a listener attached ({@link TrackView#attach}); never read by the tracker nor encoded. */
    Object attachment;

    TrackStateHead(TargetKey key) {
        this.key = key;
        this.keyValue = key.value();
        this.ship = key.kind() == TargetKey.Kind.SHIP;
    }
}

package org.deconflict.app.store;

/**
 * One stored (down-sampled) position of a target. At most one row per target and millisecond is kept; a second
 * write for the same target and time is ignored. NaN in an optional value means unknown and becomes null.
 *
 * @param targetKey  the target ({@link TargetRow#key()})
 * @param timeMs     event time, epoch milliseconds UTC
 * @param lat        WGS-84 latitude, degrees
 * @param lon        WGS-84 longitude, degrees
 * @param altitudeFt barometric / geometric altitude, feet; null for ships or when unknown
 * @param speedKt    ground speed, knots; null when unknown
 * @param trackDeg   track over ground, degrees clockwise from true north; null when unknown
 * @param source     what produced it, e.g. {@code "adsb"}, {@code "mlat"}, {@code "ais"}, {@code "sim"}
 */
public record PositionRow(String targetKey, long timeMs, double lat, double lon, Double altitudeFt, Double speedKt,
                          Double trackDeg, String source) {

    public PositionRow {
        Rows.requireKey(targetKey, "targetKey");
        Rows.requireLatLon(lat, lon);
        Rows.requireNonNull(source, "source");
        altitudeFt = Rows.nullIfNaN(altitudeFt);
        speedKt = Rows.nullIfNaN(speedKt);
        trackDeg = Rows.nullIfNaN(trackDeg);
    }
}

package org.deconflict.engine.track;

import org.deconflict.engine.ingest.TargetKey;

/**
 * Immutable view of one track after an accepted update, handed to detectors.
 *
 * @param key             the target
 * @param timeNanos       event time of the update, ns since the Unix epoch
 * @param latDeg          latitude in degrees (NaN when the target has never had an accepted position)
 * @param lonDeg          longitude in degrees (NaN as above)
 * @param altitudeFt      pressure altitude in feet (geometric if no baro known); NaN unknown; 0 for ships
 * @param groundSpeedKt   ground speed in knots, NaN unknown
 * @param trackDeg        true track over ground in degrees [0, 360), NaN unknown
 * @param verticalRateFpm vertical rate in feet per minute, NaN unknown, 0 for ships
 * @param onGround        aircraft on the surface (surface position or ground flag)
 * @param callsignOrName  callsign (aircraft) or ship name, trimmed; null unknown
 * @param nation          ISO 3166-1 alpha-2 of the registering State (address block or MMSI MID), null unknown
 * @param military        true when identified as military (see the track's military reason)
 * @param category        ADS-B emitter category as hex set+code (0xA3 = A3 "large", 0xB1 glider; DO-260B §2.2.3.2.5.2), or AIS ship type 1..99; 0 unknown
 * @param transponder     how the target is heard
 * @param nacp            ADS-B NACp (0..11) or -1 unknown; AIS: 10 for the high-accuracy flag (≤ 10 m), 7 otherwise
 * @param nic             ADS-B NIC (0..11) or -1 unknown
 * @param receiverId      receiver that delivered this update (the first one when several heard the same frame)
 */
public record TrackSnapshot(TargetKey key, long timeNanos, double latDeg, double lonDeg, double altitudeFt,
                            double groundSpeedKt, double trackDeg, double verticalRateFpm, boolean onGround,
                            String callsignOrName, String nation, boolean military, int category,
                            TransponderMode transponder, int nacp, int nic, int receiverId) implements TrackView {

    /** True when the snapshot carries a position. */
    @Override
    public boolean hasPosition() {
        return !Double.isNaN(latDeg) && !Double.isNaN(lonDeg);
    }

    @Override
    public TrackSnapshot toSnapshot() {
        return this;
    }
}

package org.deconflict.engine.ingest;

/**
 * A resolved position report.
 *
 * @param source      how the position was obtained
 * @param latDeg      WGS-84 latitude in degrees
 * @param lonDeg      WGS-84 longitude in degrees
 * @param altitudeFt  altitude in feet (NaN unknown; ships NaN)
 * @param geometric   true when altitudeFt is GNSS height (ADS-B TC 20-22), false for pressure altitude
 * @param onGround    surface position or AIS
 * @param nic         ADS-B Navigation Integrity Category 0..11, -1 unknown (DO-260B §2.2.3.2.3.1, Table 2-14)
 * @param nacp        ADS-B Navigation Accuracy Category for position 0..11, -1 unknown; AIS: 10 for position accuracy
 *                    flag 1 (≤ 10 m), 7 for flag 0 (> 10 m, taken as NACp 7 "< 0.1 NM") (ITU-R M.1371-5 Table 50)
 */
public record PositionObservation(TargetKey target, long timeNanos, ReceiverList receivers, Channel channel,
                                  PositionSource source, double latDeg, double lonDeg, double altitudeFt,
                                  boolean geometric, boolean onGround, int nic, int nacp) implements Observation {
}

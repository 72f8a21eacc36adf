package org.deconflict.engine.ingest;

/**
 * Operational status (ADS-B TC31, DO-260B §2.2.3.2.7.2): ADS-B version and position quality of the transmitter.
 *
 * @param adsbVersion 0 (DO-260), 1 (DO-260A), 2 (DO-260B), 3 (DO-260C); -1 unknown
 * @param nacp        NACp 0..11, -1 unknown
 * @param sil         Source Integrity Level 0..3, -1 unknown
 */
public record CapabilityObservation(TargetKey target, long timeNanos, ReceiverList receivers, Channel channel,
                                    int adsbVersion, int nacp, int sil) implements Observation {
}

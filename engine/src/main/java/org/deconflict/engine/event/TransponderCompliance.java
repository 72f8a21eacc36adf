package org.deconflict.engine.event;

import org.deconflict.engine.ingest.TargetKey;

/**
 * Transponder use over one flight (one track from first update to expiry): seconds with an ADS-B position, seconds
 * heard in Mode S only, and seconds silent (gaps longer than the configured silence). Emitted when the track expires.
 */
public record TransponderCompliance(long timeNanos, TargetKey key, String nation, boolean military, long startNanos,
                                    long endNanos, double adsbSeconds, double modeSOnlySeconds, double silentSeconds)
        implements EngineEvent {

    /** Total accounted seconds. */
    public double totalSeconds() {
        return adsbSeconds + modeSOnlySeconds + silentSeconds;
    }

    /** Share (0..1) of the flight with an ADS-B position; 0 for an empty flight. */
    public double adsbShare() {
        double t = totalSeconds();
        return t > 0 ? adsbSeconds / t : 0;
    }

    @Override
    public EventKind kind() {
        return EventKind.TRANSPONDER_COMPLIANCE;
    }
}

package org.deconflict.engine.event;

import java.util.List;

import org.deconflict.engine.ingest.TargetKey;

/**
 * Several aircraft in one area reported a collapse of position integrity (NACp/NIC) within the window: likely GNSS
 * jamming or spoofing on the ground. OPENED when the area crosses the threshold, CLOSED when it falls back.
 * The area is a grid cell: centre and radius (half diagonal) in metres.
 */
public record GnssInterference(long timeNanos, Phase phase, long startNanos, double centerLatDeg,
                               double centerLonDeg, double radiusM, int degradedAircraft, int reportingAircraft,
                               List<TargetKey> affected) implements EngineEvent {

    /** Start or end of an interference episode. */
    public enum Phase { OPENED, CLOSED }

    public GnssInterference {
        affected = List.copyOf(affected);
    }

    @Override
    public EventKind kind() {
        return EventKind.GNSS_INTERFERENCE;
    }
}

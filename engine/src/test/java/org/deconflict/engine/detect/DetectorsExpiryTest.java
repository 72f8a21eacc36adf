package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;
import org.junit.jupiter.api.Test;

/** Expiry removes a track from its own domain's grid only: ships and aircraft both leave cleanly. */
class DetectorsExpiryTest {

    private static final long T0 = 1_460_000_000_000_000_000L;

    @Test
    void expiringShipsAndAircraftLeavesNoState() {
        List<EngineEvent> events = new ArrayList<>();
        Detectors d = new Detectors(DetectionConfig.defaults(), events::add);
        TargetKey ship = TargetKey.mmsi(219_165_000);
        TargetKey plane = TargetKey.icao(0x4840d6, AddressType.ICAO);
        for (int i = 0; i < 5; i++) {
            long t = T0 + i * 2_000_000_000L;
            d.onUpdate(new TrackSnapshot(ship, t, 55.5 + i * 1e-4, 12.9, 0, 10, 0, 0, false, "ALPHA", "DK", false,
                    70, TransponderMode.AIS, 10, -1, 1));
            d.onUpdate(new TrackSnapshot(plane, t, 55.0 + i * 1e-3, 13.5, 35_000, 450, 0, 0, false, "SAS1", "SE", false,
                    0xA3, TransponderMode.ADSB, 9, 8, 1));
        }
        assertThat(d.state().targetCount()).isEqualTo(2);
        d.onExpired(ship, T0 + 600_000_000_000L);
        d.onExpired(plane, T0 + 600_000_000_000L);
        d.onExpired(ship, T0 + 601_000_000_000L);   // twice: a no-op
        assertThat(d.state().targetCount()).isZero();
    }
}

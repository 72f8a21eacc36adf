package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;
import org.junit.jupiter.api.Test;

/**
 * A track moving from one grid cell to the next keeps its neighbour list: on a straight, steady flight every rebuild
 * after the first reference expires comes a full horizon after the one before, however many cells the flight crosses.
 * Taking the track off the grid (a landing) still lapses its list.
 */
class CellCrossingTest {

    private static final double LAT_DEG = 56.0;
    private static final double SPEED_KT = 480;

    @Test
    void aStraightFlightRebuildsOnlyWhenItsReferenceExpires() {
        Detectors d = new Detectors(DetectionConfig.defaults(), e -> { });
        TargetKey key = Scene.air(0x4B1000);
        TargetKey partner = Scene.air(0x4B1001);          // flies alongside, so the list is not empty
        List<Long> rebuilds = new ArrayList<>();
        int crossings = 0;
        long cell = Track.NO_CELL;
        long ref = Long.MIN_VALUE;
        for (int s = 0; s <= 1_200; s++) {
            d.onUpdate(eastbound(key, s, 0, false));
            d.onUpdate(eastbound(partner, s, 0.02, false));
            Track t = d.state().tracks.get(key.value());
            if (cell != Track.NO_CELL && t.cellId != cell) {
                crossings++;
            }
            cell = t.cellId;
            if (t.refNanos != ref) {
                rebuilds.add(t.refNanos);
                ref = t.refNanos;
            }
        }
        assertThat(crossings).as("cells crossed in 20 min at %s kt", SPEED_KT).isGreaterThanOrEqualTo(2);
        assertThat(d.state().tracks.get(key.value()).nearCount).isEqualTo(1);
        long horizonNanos = EncounterBook.seconds(AirAirDetector.HORIZON_S);
        // The first reference lasts a key-dependent fraction of the horizon; each later one exactly one horizon,
        // renewed at the first fix past it (fixes every second)
        for (int i = 2; i < rebuilds.size(); i++) {
            assertThat(rebuilds.get(i) - rebuilds.get(i - 1)).as("rebuild %d", i)
                    .isGreaterThan(horizonNanos).isLessThanOrEqualTo(horizonNanos + 1_000_000_000L);
        }
        assertThat(rebuilds.size()).isGreaterThanOrEqualTo(1_200 / (int) AirAirDetector.HORIZON_S);

        d.onUpdate(eastbound(key, 1_201, 0, true));
        Track landed = d.state().tracks.get(key.value());
        assertThat(landed.cellId).isEqualTo(Track.NO_CELL);
        assertThat(landed.near).isNull();
    }

    /** Due east along the parallel at {@code LAT_DEG} + {@code northDeg}, a fix a second: on its reference line. */
    private static TrackSnapshot eastbound(TargetKey key, int second, double northDeg, boolean onGround) {
        double lat = LAT_DEG + northDeg;
        double lon = 10.0 + second * SPEED_KT * Geo.MPS_PER_KT / CellScheme.metresPerDegLon(lat);
        return new TrackSnapshot(key, Scene.time(second), lat, lon, 31_000, SPEED_KT, 90, 0, onGround, null, "DE",
                false, 0xA3, TransponderMode.ADSB, 9, 8, 1);
    }
}

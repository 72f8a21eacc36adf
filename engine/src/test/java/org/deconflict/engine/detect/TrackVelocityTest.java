package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * A track recomputes its velocity components only when the reported speed or track changes, and they always equal
 * a fresh computation from the reported values, bit for bit (repeats, changes, unknowns, ±0).
 */
class TrackVelocityTest {

    @Property(tries = 50)
    void componentsAlwaysMatchTheReportedVelocity(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Random rnd = new Random(seed);
        Track t = new Track(Scene.air(0x4840d6).value(), true, Scene.T0);
        double gs = 400;
        double trk = 90;
        for (int i = 0; i < 200; i++) {
            switch (rnd.nextInt(6)) {
                case 0 -> gs = rnd.nextInt(3) == 0 ? Double.NaN : rnd.nextDouble() * 500;
                case 1 -> trk = rnd.nextInt(3) == 0 ? Double.NaN : rnd.nextDouble() * 360;
                case 2 -> trk = rnd.nextBoolean() ? 0.0 : -0.0;
                default -> { }          // the same velocity again
            }
            TrackSnapshot s = new TrackSnapshot(Scene.air(0x4840d6), Scene.T0 + i * 1_000_000_000L, 55, 14 + i * 1e-3,
                    30_000, gs, trk, 0, false, null, null, false, 0, TransponderMode.ADSB, 9, 8, 1);
            boolean known = !Double.isNaN(gs) && !Double.isNaN(trk);
            assertThat(t.sameVelocity(s)).isEqualTo(i > 0 && known && t.velocityKnown
                    && Double.valueOf(gs).equals(t.groundSpeedKt) && Double.valueOf(trk).equals(t.trackDeg));
            t.apply(s);
            assertThat(t.velocityKnown).isEqualTo(known);
            assertThat(t.vEastMps).isEqualTo(known ? Track.eastMps(gs, trk) : 0);
            assertThat(t.vNorthMps).isEqualTo(known ? Track.northMps(gs, trk) : 0);
        }
    }
}

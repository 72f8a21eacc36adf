package org.deconflict.engine.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.deconflict.engine.track.Obs.S;
import static org.deconflict.engine.track.Obs.T0;
import static org.deconflict.engine.track.Obs.air;
import static org.deconflict.engine.track.Obs.aircraft;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.ingest.TargetKey;
import org.junit.jupiter.api.Test;

/** Coverage learning, silence inside coverage vs. leaving coverage, expiry, trail bounds and state serialisation. */
class TrackLifecycleTest {

    private final ReceiverRegistry registry = new ReceiverRegistry()
            .register(new ReceiverSite(1, 55.1, 14.9, 50, ReceiverSite.Kind.ADSB_1090));
    private final RecordingListener listener = new RecordingListener();
    private final Tracker tracker = new Tracker(TrackerConfig.defaults(), registry, listener);

    /** Bearing of the test corridor: the middle of the 5° sector 18, so geodesic curvature stays inside it. */
    private static final double EAST = 92.5;

    /** Flies an aircraft east (bearing 92.5°) from the receiver for {@code seconds} at 450 kt, one position per second. */
    private void flyEast(TargetKey k, double startS, int seconds, double startEastM, double altFt) {
        for (int i = 0; i < seconds; i++) {
            double d = startEastM + i * 231.5;
            tracker.accept(air(k, startS + i, Geo.destinationLatDeg(55.1, 14.9, EAST, d),
                    Geo.destinationLonDeg(55.1, 14.9, EAST, d), altFt, 1));
            tracker.accept(Obs.velocity(k, startS + i, 450, EAST));
        }
    }

    @Test
    void coverageIsLearnedPerSectorAndBand() {
        flyEast(aircraft(0x4a8001), 0, 400, 10_000, 35_000);       // reaches ≈ 102 km east at FL350
        CoverageModel c = tracker.coverage();
        double lat100 = Geo.destinationLatDeg(55.1, 14.9, EAST, 100_000);
        double lon100 = Geo.destinationLonDeg(55.1, 14.9, EAST, 100_000);
        double lat150 = Geo.destinationLatDeg(55.1, 14.9, EAST, 150_000);
        double lon150 = Geo.destinationLonDeg(55.1, 14.9, EAST, 150_000);
        double north50 = Geo.destinationLatDeg(55.1, 14.9, 0, 50_000);
        assertThat(c.covers(1, lat100, lon100, 35_000)).isTrue();
        assertThat(c.covers(1, lat150, lon150, 35_000)).isFalse();  // never heard that far
        assertThat(c.covers(1, north50, 14.9, 35_000)).isFalse();   // never heard anything to the north
        assertThat(c.covers(1, lat100, lon100, 2_000)).isFalse();   // lower band never learned
        assertThat(c.covers(2, lat100, lon100, 35_000)).isFalse();  // unknown receiver
        assertThat(c.rangeM(1, 18, CoverageModel.BANDS - 1)).isCloseTo(102_000, within(1_500.0));
    }

    @Test
    void silenceInsideCoverageButNotWhenLeavingIt() {
        TargetKey trainer = aircraft(0x4a8001);
        flyEast(trainer, 0, 400, 10_000, 35_000);                  // learns coverage 10..102 km east
        // A second aircraft flies the same corridor westbound, then falls silent 60 km east: inside coverage.
        TargetKey dark = aircraft(0x151234);
        for (int i = 0; i < 20; i++) {
            double d = 65_000 - i * 231.5;
            tracker.accept(air(dark, 400 + i, Geo.destinationLatDeg(55.1, 14.9, EAST, d), Geo.destinationLonDeg(55.1, 14.9, EAST, d), 35_000, 1));
            tracker.accept(Obs.velocity(dark, 400 + i, 450, EAST + 180));
        }
        // The trainer keeps flying east out of coverage and stops at ≈ 102 km (dead-reckoning goes beyond): no silence.
        tracker.advanceTo(T0 + 430 * S);
        assertThat(listener.silences).isEmpty();
        tracker.advanceTo(T0 + 451 * S);
        assertThat(listener.silences).containsExactly("icao:151234@" + (T0 / S + 451));
        tracker.advanceTo(T0 + 500 * S);
        assertThat(listener.silences).hasSize(1);                   // once per quiet spell
        assertThat(tracker.counters().silences()).isEqualTo(1);
        // Expiry after 300 s of nothing
        tracker.advanceTo(T0 + 720 * S);
        assertThat(listener.expiries).containsExactlyInAnyOrder("icao:4a8001@" + (T0 / S + 720), "icao:151234@" + (T0 / S + 720));
        assertThat(tracker.size()).isZero();
        assertThat(tracker.counters().tracksExpired()).isEqualTo(2);
    }

    @Test
    void coastingAndTrailBound() {
        TargetKey k = aircraft(0x4a8002);
        flyEast(k, 0, 300, 10_000, 35_000);
        TrackState s = tracker.get(k);
        assertThat(s.trail().size()).isEqualTo(TrackerConfig.defaults().trailCapacity());
        assertThat(s.trail().timeNanos(0)).isEqualTo(T0 + (300 - 128) * S);
        assertThat(s.coasting(T0 + 305 * S, tracker.config())).isFalse();
        assertThat(s.coasting(T0 + 315 * S, tracker.config())).isTrue();
        // Dead reckoning continues east at 450 kt
        assertThat(s.predictLonDeg(T0 + 309 * S, 300 * S)).isGreaterThan(s.lonDeg());
        assertThat(s.messageRateHz()).isCloseTo(2.0, within(0.3));  // a position and a velocity each second
    }

    @Test
    void stateRoundTripsThroughTheCodec() throws IOException {
        TargetKey k = aircraft(0xae1234);
        flyEast(k, 0, 20, 10_000, 35_000);
        TrackState s = tracker.get(k);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TrackStateCodec.write(s, new DataOutputStream(bytes));
        TrackState back = TrackStateCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(back.snapshot(T0 + 20 * S, 1, 30 * S)).isEqualTo(s.snapshot(T0 + 20 * S, 1, 30 * S));
        assertThat(back.identification()).isEqualTo(s.identification());
        assertThat(back.military()).isTrue();
        assertThat(back.trail().size()).isEqualTo(s.trail().size());
        assertThat(back.trail().lonDeg(5)).isEqualTo(s.trail().lonDeg(5));
        assertThat(back.messageCount()).isEqualTo(s.messageCount());
        // A different state must not serialise the same
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        TrackStateCodec.write(new TrackState(k), new DataOutputStream(other));
        assertThat(other.toByteArray()).isNotEqualTo(bytes.toByteArray());
    }

    @Test
    void aStateWithAnImpossibleSmallFieldIsRejectedNotWrapped() throws Exception {
        TargetKey k = aircraft(0x4840d6);
        flyEast(k, 0, 20, 10_000, 35_000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TrackStateCodec.write(tracker.get(k), new DataOutputStream(bytes));
        byte[] good = bytes.toByteArray();
        // version byte, key, 10 times, 11 doubles, then the ints: receiver, NIC, NACp, SIL, ADS-B version, capability
        int silAt = 1 + 8 + 10 * 8 + 11 * 8 + 3 * 4;
        for (int[] field : new int[][] {{silAt, 4}, {silAt + 4, 300}, {silAt + 8, -2}}) {
            byte[] bad = good.clone();
            java.nio.ByteBuffer.wrap(bad).putInt(field[0], field[1]);
            assertThatThrownBy(() -> TrackStateCodec.read(new DataInputStream(new ByteArrayInputStream(bad))))
                    .isInstanceOf(IOException.class).hasMessageContaining("out of range: " + field[1]);
        }
        byte[] unknown = good.clone();
        java.nio.ByteBuffer.wrap(unknown).putInt(silAt, -1);
        assertThat(TrackStateCodec.read(new DataInputStream(new ByteArrayInputStream(unknown))).sil()).isEqualTo(-1);
    }
}

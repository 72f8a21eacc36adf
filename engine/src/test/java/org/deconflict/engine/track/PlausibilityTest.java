package org.deconflict.engine.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconflict.engine.track.Obs.air;
import static org.deconflict.engine.track.Obs.aircraft;
import static org.deconflict.engine.track.Obs.ship;

import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.ingest.Channel;
import org.deconflict.engine.ingest.PositionObservation;
import org.deconflict.engine.ingest.PositionSource;
import org.deconflict.engine.ingest.ReceiverList;
import org.deconflict.engine.ingest.TargetKey;
import org.junit.jupiter.api.Test;

/** Each plausibility rule fires on a constructed bad case and stays silent on its legal twin. */
class PlausibilityTest {

    // Receiver 1 on Bornholm (55.1°N 14.9°E), antenna 50 m; receiver 2 an AIS coast station near Gdańsk, 40 m.
    private final ReceiverRegistry registry = new ReceiverRegistry()
            .register(new ReceiverSite(1, 55.1, 14.9, 50, ReceiverSite.Kind.ADSB_1090))
            .register(new ReceiverSite(2, 54.4, 18.7, 40, ReceiverSite.Kind.AIS_VHF))
            .register(new ReceiverSite(3, 0, 0, 0, ReceiverSite.Kind.NETWORK));
    private final RecordingListener listener = new RecordingListener();
    private final Tracker tracker = new Tracker(TrackerConfig.defaults(), registry, listener);
    private final TargetKey k = aircraft(0x48d001);

    private double lonEast(double lat, double lon, double metres) {
        return Geo.destinationLonDeg(lat, lon, 90, metres);
    }

    @Test
    void speedJumpIsRejectedButFastJetIsNot() {
        assertThat(tracker.accept(air(k, 0, 55.5, 15.0, 30_000, 1))).isTrue();
        // 1 800 kt for 10 s = 9 260 m: legal (fast jet)
        assertThat(tracker.accept(air(k, 10, 55.5, lonEast(55.5, 15.0, 9_260), 30_000, 1))).isTrue();
        // next 10 s: 3 000 kt (15 433 m): impossible
        double lon1 = tracker.get(k).lonDeg();
        assertThat(tracker.accept(air(k, 20, 55.5, lonEast(55.5, lon1, 15_433), 30_000, 1))).isFalse();
        assertThat(tracker.counters().rejected(RejectReason.IMPLAUSIBLE_SPEED)).isEqualTo(1);
        assertThat(tracker.get(k).lonDeg()).isEqualTo(lon1);
    }

    @Test
    void shipSpeedLimitIsTighterThanAircraft() {
        assertThat(tracker.accept(ship(261000001, 0, 54.8, 18.0, 2))).isTrue();
        // 60 kt for 60 s = 1 852 m: fast patrol craft, legal
        assertThat(tracker.accept(ship(261000001, 60, 54.8, lonEast(54.8, 18.0, 1_852), 2))).isTrue();
        // 200 kt for 60 s = 6 173 m: not a ship
        double lon1 = tracker.get(TargetKey.mmsi(261000001)).lonDeg();
        assertThat(tracker.accept(ship(261000001, 120, 54.8, lonEast(54.8, lon1, 6_173), 2))).isFalse();
        assertThat(tracker.counters().rejected(RejectReason.IMPLAUSIBLE_SPEED)).isEqualTo(1);
    }

    @Test
    void beyondRadioHorizonIsRejected() {
        // Horizon from 50 m to FL300 (9 144 m): 29.1 + 394.2 = 423 km; × 1.2 = 508 km.
        double far = Geo.destinationLatDeg(55.1, 14.9, 0, 560_000);
        double near = Geo.destinationLatDeg(55.1, 14.9, 0, 400_000);
        assertThat(tracker.accept(air(k, 0, far, 14.9, 30_000, 1))).isFalse();
        assertThat(tracker.counters().rejected(RejectReason.BEYOND_HORIZON)).isEqualTo(1);
        assertThat(tracker.size()).isZero();
        assertThat(tracker.accept(air(k, 1, near, 14.9, 30_000, 1))).isTrue();
        // The same 400 km at 1 000 ft is far beyond the horizon ((29 + 72 km) × 1.2): rejected
        TargetKey low = aircraft(0x48d002);
        assertThat(tracker.accept(air(low, 1, near, 14.9, 1_000, 1))).isFalse();
        // A network feed has no horizon: the far position is accepted
        assertThat(tracker.accept(air(aircraft(0x48d003), 2, far, 14.9, 30_000, 3))).isTrue();
    }

    @Test
    void aisHorizonAllowsDuctingButNotFantasy() {
        // Ship antenna 30 m, station 40 m: 22.6 + 26.1 = 48.7 km, × 2 = 97 km
        double ok = Geo.destinationLatDeg(54.4, 18.7, 0, 90_000);
        double bad = Geo.destinationLatDeg(54.4, 18.7, 0, 150_000);
        assertThat(tracker.accept(ship(261000002, 0, ok, 18.7, 2))).isTrue();
        assertThat(tracker.accept(ship(261000003, 0, bad, 18.7, 2))).isFalse();
        assertThat(tracker.counters().rejected(RejectReason.BEYOND_HORIZON)).isEqualTo(1);
    }

    @Test
    void invalidPositionsAreRejected() {
        assertThat(tracker.accept(air(k, 0, 91, 181, 30_000, 3))).isFalse();
        assertThat(tracker.accept(air(k, 0, 0, 0, 30_000, 3))).isFalse();
        assertThat(tracker.accept(air(k, 0, Double.NaN, 10, 30_000, 3))).isFalse();
        assertThat(tracker.counters().rejected(RejectReason.INVALID_POSITION)).isEqualTo(3);
        assertThat(tracker.accept(air(k, 0, 0.001, 0, 30_000, 3))).isTrue();
    }

    @Test
    void outOfOrderPositionIsRejected() {
        assertThat(tracker.accept(air(k, 10, 55.5, 15.0, 30_000, 1))).isTrue();
        assertThat(tracker.accept(air(k, 9, 55.5, 15.0, 30_000, 1))).isFalse();
        assertThat(tracker.accept(air(k, 10, 55.5, 15.0, 30_000, 1))).isTrue();
        assertThat(tracker.counters().rejected(RejectReason.OUT_OF_ORDER)).isEqualTo(1);
    }

    @Test
    void twoFarPlacesAtOnceFlagDuplicateAddress() {
        // Stream A over Bornholm, stream B 150 km east, both moving at 450 kt, interleaved every second.
        double latA = 55.3, lonA = 15.0, latB = 55.3, lonB = lonEast(55.3, 15.0, 150_000);
        for (int i = 0; i < 10; i++) {
            double dx = i * 231.5;   // 450 kt
            tracker.accept(air(k, i, latA, lonEast(latA, lonA, dx), 30_000, 1));
            tracker.accept(air(k, i + 0.5, latB, lonEast(latB, lonB, dx), 20_000, 1));
        }
        TrackState s = tracker.get(k);
        assertThat(s.duplicateAddress()).isTrue();
        assertThat(tracker.counters().rejected(RejectReason.DUPLICATE_ADDRESS)).isGreaterThanOrEqualTo(5);
        assertThat(s.lonDeg()).isLessThan(lonB - 1);       // stayed with the first stream
        assertThat(tracker.counters().relocations()).isZero();

        // Legal twin: one aircraft flying steadily raises nothing
        TargetKey single = aircraft(0x48d0ff);
        for (int i = 0; i < 20; i++) {
            assertThat(tracker.accept(air(single, i, 55.6, lonEast(55.6, 15.0, i * 231.5), 30_000, 1))).isTrue();
        }
        assertThat(tracker.get(single).duplicateAddress()).isFalse();
    }

    @Test
    void aWrongFirstFixIsReplacedAfterThreeConsistentFixes() {
        // First fix 200 km off (e.g. a bad decode); the real stream then contradicts it consistently.
        tracker.accept(air(k, 0, 55.3, lonEast(55.3, 15.0, 200_000), 30_000, 1));
        for (int i = 1; i <= 4; i++) {
            tracker.accept(air(k, i, 55.3, lonEast(55.3, 15.0, i * 231.5), 30_000, 1));
        }
        assertThat(tracker.counters().relocations()).isEqualTo(1);
        assertThat(tracker.counters().rejected(RejectReason.IMPLAUSIBLE_SPEED)).isEqualTo(2);
        assertThat(tracker.get(k).lonDeg()).isCloseTo(lonEast(55.3, 15.0, 4 * 231.5), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(tracker.get(k).trail().size()).isEqualTo(2);   // the trail restarted at the relocation
    }

    @Test
    void altitudeJumpDropsTheAltitudeOnly() {
        tracker.accept(air(k, 0, 55.5, 15.0, 30_000, 1));
        // +6 000 ft in 1 s: 360 000 ft/min, impossible — position kept, altitude dropped
        assertThat(tracker.accept(air(k, 1, 55.5, 15.001, 36_000, 1))).isTrue();
        assertThat(tracker.get(k).baroAltitudeFt()).isEqualTo(30_000);
        assertThat(tracker.get(k).lonDeg()).isEqualTo(15.001);
        assertThat(tracker.counters().rejected(RejectReason.ALTITUDE_JUMP)).isEqualTo(1);
        // legal twin: +800 ft in 1 s (within the 1 000 ft slack) and a 6 000 ft/min climb over 60 s
        assertThat(tracker.accept(air(k, 2, 55.5, 15.002, 30_800, 1))).isTrue();
        assertThat(tracker.get(k).baroAltitudeFt()).isEqualTo(30_800);
        assertThat(tracker.accept(air(k, 62, 55.5, 15.1, 36_800, 1))).isTrue();
        assertThat(tracker.get(k).baroAltitudeFt()).isEqualTo(36_800);
        assertThat(tracker.accept(air(k, 63, 55.5, 15.101, 150_000, 1))).isTrue();
        assertThat(tracker.counters().rejected(RejectReason.IMPLAUSIBLE_ALTITUDE)).isEqualTo(1);
    }

    @Test
    void implausibleVelocityIsRejected() {
        tracker.accept(air(k, 0, 55.5, 15.0, 30_000, 1));
        assertThat(tracker.accept(Obs.velocity(k, 1, 4_000, 90))).isFalse();
        assertThat(tracker.accept(Obs.velocity(k, 1, 480, 90))).isTrue();
        assertThat(tracker.get(k).groundSpeedKt()).isEqualTo(480);
        assertThat(tracker.counters().rejected(RejectReason.IMPLAUSIBLE_VELOCITY)).isEqualTo(1);
    }

    @Test
    void sarAircraftOnAisMayFlyFast() {
        int sar = 111_219_001;   // 111MIDxxx: Danish SAR aircraft
        PositionObservation p0 = new PositionObservation(TargetKey.mmsi(sar), Obs.T0, ReceiverList.of(3), Channel.AIS,
                PositionSource.AIS, 55.0, 12.0, 1_000, false, false, -1, 10);
        PositionObservation p1 = new PositionObservation(TargetKey.mmsi(sar), Obs.T0 + 10 * Obs.S, ReceiverList.of(3),
                Channel.AIS, PositionSource.AIS, 55.0, lonEast(55.0, 12.0, 1_000), 1_000, false, false, -1, 10);
        assertThat(tracker.accept(p0)).isTrue();
        assertThat(tracker.accept(p1)).isTrue();    // 194 kt: too fast for a ship, fine for a SAR aircraft
        assertThat(listener.last().altitudeFt()).isEqualTo(1_000);
    }
}

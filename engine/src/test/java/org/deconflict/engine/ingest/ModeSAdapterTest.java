package org.deconflict.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.deconflict.engine.track.MilitaryReason;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.RecordingListener;
import org.deconflict.engine.track.Tracker;
import org.deconflict.engine.track.TrackerConfig;
import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.cpr.PositionResolver;
import org.deconflict.modes.encode.ModeSEncoder;
import org.junit.jupiter.api.Test;

/** Reference messages (modes SOURCES.md; "The 1090 MHz Riddle" / pyModeS tests) through the adapter. */
class ModeSAdapterTest {

    private static final long T = 1_600_000_000_000_000_000L;
    private static final long S = 1_000_000_000L;
    private final List<Observation> out = new ArrayList<>();
    private final ModeSAdapter adapter = new ModeSAdapter(new ModeSDecoder(ModeSDecoder.Options.frames()),
            new PositionResolver(ModeSAdapter.resolverDefaults().withReceiver(43.63, 1.37, 180 * 1852.0)), out::add);

    private Observation one(String hex, long t) {
        out.clear();
        adapter.frame(HexFormat.of().parseHex(hex), -1, t, ReceiverList.of(3));
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    @Test
    void identificationVelocityAndStatus() {
        IdentityObservation id = (IdentityObservation) one("8D406B902015A678D4D220AA4BDA", T);
        assertThat(id.target()).isEqualTo(TargetKey.parse("icao:406b90"));
        assertThat(id.callsign()).isEqualTo("EZY85MH");
        assertThat(id.category()).isZero();                       // category 0: no information
        assertThat(id.channel()).isEqualTo(Channel.ADSB);
        assertThat(id.receivers()).isEqualTo(ReceiverList.of(3));

        VelocityObservation v = (VelocityObservation) one("8D485020994409940838175B284F", T);
        assertThat(v.groundSpeedKt()).isEqualTo(159);
        assertThat(v.trackDeg()).isCloseTo(182.88, within(0.01));
        assertThat(v.verticalRateFpm()).isEqualTo(-832);
        assertThat(v.geometricRate()).isTrue();                   // GNSS vertical rate in this vector

        StatusObservation st = (StatusObservation) one("8DA2C1B6E112B600000000760759", T);
        assertThat(st.squawk()).isEqualTo(6513);
        assertThat(st.emergency()).isEqualTo(Emergency.NONE);
    }

    @Test
    void cprPairResolvesToTheBookPosition() {
        ModeSAdapter noReference = new ModeSAdapter(out::add);      // this pair is over the North Sea, far from LFBO
        noReference.frame(HexFormat.of().parseHex("8D40621D58C386435CC412692AD6"), -1, T, ReceiverList.of(3));   // odd
        noReference.frame(HexFormat.of().parseHex("8D40621D58C382D690C8AC2863A7"), -1, T + S, ReceiverList.of(3)); // even
        PositionObservation p = (PositionObservation) out.get(out.size() - 1);
        assertThat(p.source()).isEqualTo(PositionSource.ADSB_AIRBORNE_GLOBAL);
        assertThat(p.latDeg()).isCloseTo(52.2572, within(0.001));
        assertThat(p.lonDeg()).isCloseTo(3.91937, within(0.001));
        assertThat(p.altitudeFt()).isEqualTo(38_000);
        assertThat(p.onGround()).isFalse();
    }

    @Test
    void df18SurfacePairNearToulouse() {
        out.clear();
        adapter.frame(HexFormat.of().parseHex("903a23ff426a4e65f7487a775d17"), -1, T, ReceiverList.of(3));
        adapter.frame(HexFormat.of().parseHex("903a23ff426a38565950432ebf95"), -1, T + S, ReceiverList.of(3));
        PositionObservation p = out.stream().filter(o -> o instanceof PositionObservation).map(o -> (PositionObservation) o)
                .reduce((x, y) -> y).orElseThrow();
        assertThat(p.channel()).isEqualTo(Channel.ADSB_NON_TRANSPONDER);   // DF18 CF=0
        assertThat(p.source().surface()).isTrue();
        assertThat(p.onGround()).isTrue();
        assertThat(p.latDeg()).isCloseTo(43.62648, within(0.001));
        assertThat(p.lonDeg()).isCloseTo(1.37462, within(0.001));
    }

    @Test
    void repliesWithoutPosition() {
        ReplyObservation df4 = (ReplyObservation) one("20001718029FCD", T);
        assertThat(df4.downlinkFormat()).isEqualTo(4);
        assertThat(df4.altitudeFt()).isEqualTo(36_000);
        assertThat(df4.channel()).isEqualTo(Channel.MODE_S);
        ReplyObservation df5 = (ReplyObservation) one("2A00516D492B80", T);
        assertThat(df5.squawk()).isEqualTo(356);                  // Mode A 0356
        // DF11 from the encoder (the book's 5D4CA2D4000000 has its parity zeroed and fails the CRC)
        ReplyObservation df11 = (ReplyObservation) one(HexFormat.of().formatHex(ModeSEncoder.allCall(5, 0x4ca2d4, 0)), T);
        assertThat(df11.target()).isEqualTo(TargetKey.parse("icao:4ca2d4"));
        assertThat(df11.capability()).isEqualTo(5);
        assertThat(df11.onGround()).isFalse();
    }

    @Test
    void df19MilitarySquitterMarksTheTrackMilitary() {
        // A DF19 AF=0 even/odd pair (ADS-B layout) for a Polish address, built with the modes encoder.
        int icao = 0x48d123;
        byte[] even = ModeSEncoder.airbornePosition(19, 0, icao, 11, 0, 0, 25_000, false, 54.4, 18.6);
        byte[] odd = ModeSEncoder.airbornePosition(19, 0, icao, 11, 0, 0, 25_000, true, 54.401, 18.6);
        RecordingListener l = new RecordingListener();
        Tracker tracker = new Tracker(TrackerConfig.defaults(), new ReceiverRegistry(), l);
        ModeSAdapter a = new ModeSAdapter(tracker::accept);
        a.frame(even, -1, T, ReceiverList.of(1));
        a.frame(odd, -1, T + S, ReceiverList.of(1));
        var s = tracker.get(TargetKey.icao(icao, AddressType.ICAO));
        assertThat(s).isNotNull();
        assertThat(s.military()).isTrue();
        assertThat(s.militaryReason()).isEqualTo(MilitaryReason.DF19);
        assertThat(s.nation()).isEqualTo("PL");
        assertThat(s.latDeg()).isCloseTo(54.401, within(0.001));
        assertThat(l.last().military()).isTrue();

        // Its DF17 twin stays civil
        byte[] civilEven = ModeSEncoder.airbornePosition(17, 5, 0x48d124, 11, 0, 0, 25_000, false, 54.4, 18.6);
        byte[] civilOdd = ModeSEncoder.airbornePosition(17, 5, 0x48d124, 11, 0, 0, 25_000, true, 54.401, 18.6);
        a.frame(civilEven, -1, T + 2 * S, ReceiverList.of(1));
        a.frame(civilOdd, -1, T + 3 * S, ReceiverList.of(1));
        assertThat(tracker.get(TargetKey.icao(0x48d124, AddressType.ICAO)).military()).isFalse();
    }

    @Test
    void emitterCategoryEncoding() {
        assertThat(ModeSAdapter.category(4, 3)).isEqualTo(0xA3);    // A3 large
        assertThat(ModeSAdapter.category(3, 1)).isEqualTo(0xB1);    // B1 glider
        assertThat(ModeSAdapter.category(1, 2)).isEqualTo(0xD2);
        assertThat(ModeSAdapter.category(4, 0)).isZero();
    }
}

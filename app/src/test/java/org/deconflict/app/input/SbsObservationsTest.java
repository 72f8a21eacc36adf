package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.Channel;
import org.deconflict.engine.ingest.Emergency;
import org.deconflict.engine.ingest.IdentityObservation;
import org.deconflict.engine.ingest.Observation;
import org.deconflict.engine.ingest.PositionObservation;
import org.deconflict.engine.ingest.PositionSource;
import org.deconflict.engine.ingest.ReceiverList;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.ingest.ReplyObservation;
import org.deconflict.engine.ingest.StatusObservation;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.ingest.VelocityObservation;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.TrackState;
import org.deconflict.modes.framing.SbsParser;
import org.junit.jupiter.api.Test;

/** SBS/BaseStation lines (readsb port 30003 layout, booleans -1/0) become the observations the engine tracks. */
class SbsObservationsTest {

    private static final TargetKey KEY = TargetKey.icao(0x4840D6, AddressType.ICAO);
    private static final long T = 1_717_243_200_500_000_000L; // 2024-06-01T12:00:00.500Z

    private static final ReceiverList RX = ReceiverList.of(3);

    private final List<Observation> seen = new ArrayList<>();
    private final SbsObservations sbs = new SbsObservations(seen::add);

    private void feed(String... lines) {
        SbsParser p = new SbsParser(m -> sbs.accept(m, 3, T));
        byte[] b = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        p.feed(b, 0, b.length);
    }

    @Test
    void eachTransmissionTypeBecomesItsObservation() {
        feed("MSG,1,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,KLM1023 ,,,,,,,,,,,",
                "MSG,3,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,38000,,,52.2572,3.91937,,,0,0,0,0",
                "MSG,4,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,,159,182.88,,,-832,,0,0,0,0",
                "MSG,2,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,,17,92.8,52.32,4.73,,,,,,-1",
                "MSG,6,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,,,,,,,7700,0,-1,0,0",
                "MSG,5,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,24000,,,,,,,0,,0,0",
                "MSG,8,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,,,,,,,,,,,-1");
        Channel es = Channel.ADSB;
        assertThat(seen).containsExactly(
                IdentityObservation.aircraft(KEY, T, RX, es, "KLM1023", 0),
                new PositionObservation(KEY, T, RX, es,
                        PositionSource.ADSB_AIRBORNE_GLOBAL, 52.2572, 3.91937, 38000, false, false, -1, -1),
                new VelocityObservation(KEY, T, RX, es, 159, 182.88, -832,
                        false, Double.NaN, Double.NaN, Double.NaN),
                new PositionObservation(KEY, T, RX, es,
                        PositionSource.ADSB_SURFACE_GLOBAL, 52.32, 4.73, Double.NaN, false, true, -1, -1),
                new VelocityObservation(KEY, T, RX, es, 17, 92.8,
                        Double.NaN, false, Double.NaN, Double.NaN, Double.NaN),
                new ReplyObservation(KEY, T, RX, Channel.MODE_S, 5,
                        Double.NaN, 7700, -1, false),
                new ReplyObservation(KEY, T, RX, Channel.MODE_S, 4,
                        24000, -1, -1, false),
                new ReplyObservation(KEY, T, RX, Channel.MODE_S, 11,
                        Double.NaN, -1, -1, true));
        assertThat(sbs.observations()).isEqualTo(8);
        assertThat(sbs.ignored()).isZero();
    }

    @Test
    void aCallsignOnASurveillanceRecordIsAModeSIdentity() {
        feed("MSG,5,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,KLM1023,24000,,,,,,,0,,0,0",
                "MSG,8,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,KLM1023,,,,,,,,,,,0");
        assertThat(seen).containsExactly(
                new ReplyObservation(KEY, T, RX, Channel.MODE_S, 4, 24000, -1, -1, false),
                IdentityObservation.aircraft(KEY, T, RX, Channel.MODE_S, "KLM1023", 0),
                new ReplyObservation(KEY, T, RX, Channel.MODE_S, 11, Double.NaN, -1, -1, false));
    }

    @Test
    void aTildeHexidentIsKeyedAsANonIcaoAddressApartFromTheIcaoAircraft() {
        // readsb writes '~' before a non-ICAO address (TIS-B track file number, anonymous ADS-B); the same six hex
        // digits without it are an ICAO-assigned aircraft, a different target
        feed("MSG,3,1,1,~4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,2500,,,52.2572,3.91937,,,0,0,0,0",
                "MSG,3,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,38000,,,52.3,4.1,,,0,0,0,0");
        TargetKey nonIcao = TargetKey.icao(0x4840D6, AddressType.NON_ICAO);
        assertThat(seen).extracting(Observation::target).containsExactly(nonIcao, KEY);
        assertThat(nonIcao).isNotEqualTo(KEY);
        assertThat(nonIcao.icaoAssigned()).isFalse();
        assertThat(nonIcao).hasToString("icao:~4840d6");
    }

    @Test
    void aSquawkOnAnAdsbRecordIsAStatusWithItsEmergency() {
        feed("MSG,4,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,,,,,,,7500,0,-1,0,0");
        assertThat(seen).singleElement().isEqualTo(new StatusObservation(KEY, T,
                RX, Channel.ADSB, 7500, Emergency.UNLAWFUL_INTERFERENCE));
    }

    @Test
    void recordsWithoutUsableFieldsAreCountedNotObserved() {
        feed("MSG,3,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,38000,,,,,,,0,0,0,0",
                "MSG,3,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,38000,,,95.0,3.9,,,0,0,0,0",
                "MSG,1,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,   ,,,,,,,,,,,",
                "STA,,5,179,4840D6,10103,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,RM");
        assertThat(seen).isEmpty();
        assertThat(sbs.ignored()).isEqualTo(4);
    }

    @Test
    void generatedTimeIsReadAsUtc() {
        var m = SbsParser.parse("MSG,3,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,38000,,,52.2,3.9,,,0,0,0,0");
        assertThat(SbsObservations.generatedTimeNanos(m)).isEqualTo(T);
        assertThat(Instant.ofEpochSecond(0, SbsObservations.generatedTimeNanos(m))).hasToString("2024-06-01T12:00:00.500Z");
        var noTime = SbsParser.parse("MSG,3,1,1,4840D6,1,,,,,,38000,,,52.2,3.9,,,0,0,0,0");
        assertThat(SbsObservations.generatedTimeNanos(noTime)).isEqualTo(-1);
    }

    @Test
    void theTrackerFollowsAnAircraftFromSbsPositions() {
        EngineCore core = EngineCore.withDefaults(new ReceiverRegistry(), new ReceiverNames());
        SbsObservations into = new SbsObservations(core.tracker()::accept);
        SbsParser p = new SbsParser(m -> {
            long t = SbsObservations.generatedTimeNanos(m);
            into.accept(m, 1, t);
            core.advanceTo(t);
        });
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) { // eastbound at ~450 kt: 0.0034° of longitude per second at 52° N
            text.append(String.format(java.util.Locale.ROOT,
                    "MSG,3,1,1,4840D6,1,2024/06/01,12:00:%02d.000,2024/06/01,12:00:%02d.000,,38000,,,52.0,%.5f,,,0,0,0,0%n",
                    i, i, 4.0 + 0.0034 * i));
            text.append(String.format(java.util.Locale.ROOT,
                    "MSG,4,1,1,4840D6,1,2024/06/01,12:00:%02d.500,2024/06/01,12:00:%02d.500,,,450,90.0,,,0,,0,0,0,0%n",
                    i, i));
        }
        byte[] b = text.toString().getBytes(StandardCharsets.US_ASCII);
        p.feed(b, 0, b.length);
        TrackState s = core.tracker().get(KEY);
        assertThat(s).as("a track from SBS alone").isNotNull();
        assertThat(into.observations()).isEqualTo(40);
        assertThat(core.tracker().counters().positionsAccepted()).isEqualTo(20);
        assertThat(core.tracker().counters().rejectedTotal()).isZero();
        assertThat(s.latDeg()).isEqualTo(52.0);
        assertThat(s.lonDeg()).isCloseTo(4.0 + 0.0034 * 19, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.baroAltitudeFt()).isEqualTo(38000);
        assertThat(s.groundSpeedKt()).isEqualTo(450);
        assertThat(s.trackDeg()).isEqualTo(90);
    }
}

package org.deconflict.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.deconflict.ais.AisMessage;
import org.deconflict.ais.AisReport;
import org.deconflict.ais.AisStreamDecoder;
import org.deconflict.ais.MessageDecoder;
import org.deconflict.engine.geo.Geo;
import org.deconflict.modes.AltitudeCode;
import org.deconflict.modes.Crc24;
import org.deconflict.modes.IdentityCode;
import org.deconflict.modes.ModeS;
import org.deconflict.modes.adsb.Adsb;
import org.deconflict.modes.adsb.Identification;
import org.deconflict.modes.commb.AircraftIdentification;
import org.deconflict.modes.commb.Bds;
import org.deconflict.modes.commb.BdsInference;
import org.deconflict.modes.commb.CommBRegister;
import org.deconflict.modes.commb.DataLinkCapability;
import org.deconflict.modes.commb.GicbCapability;
import org.deconflict.modes.commb.HeadingAndSpeedReport;
import org.deconflict.modes.commb.SelectedVerticalIntention;
import org.deconflict.modes.commb.TrackAndTurnReport;
import org.deconflict.modes.cpr.Cpr;
import org.deconflict.modes.encode.AirData;
import org.deconflict.modes.framing.BeastParser;
import org.deconflict.sim.out.BeastFrames;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ScenarioLoader;

/** Decodes the simulator's bytes with the project's decoders and compares them with the truth. */
class RoundTripDecodeTest {

    private static Scenario scenario;
    private static final List<Emission> emissions = new ArrayList<>();
    private static final TruthTable truth = new TruthTable();

    @BeforeAll
    static void run() throws Exception {
        try (InputStream in = RoundTripDecodeTest.class.getClassLoader().getResourceAsStream("roundtrip.yaml")) {
            scenario = ScenarioLoader.parse(in, "roundtrip.yaml");
        }
        Simulation sim = new Simulation(scenario, new SimOptions(5, false, 0.5));
        sim.stream().forEach(emissions::add);
        sim.runTruth(truth);
    }

    @Test
    void airbornePositionPairsDecodeToTheTruthWithinCprResolution() {
        Map<Integer, int[]> lastEven = new HashMap<>(), lastOdd = new HashMap<>();
        Map<Integer, Long> evenT = new HashMap<>(), oddT = new HashMap<>();
        int checked = 0;
        double worstM = 0, worstFt = 0;
        double[] pos = new double[2];
        for (Emission e : modeS()) {
            byte[] b = e.bytes();
            if (ModeS.df(b, 0) != 17 || Adsb.typecode(b, 0) != 11) {
                continue;
            }
            int icao = address(b);
            boolean odd = Adsb.cprOdd(b, 0);
            (odd ? lastOdd : lastEven).put(icao, new int[] {Adsb.cprLat(b, 0), Adsb.cprLon(b, 0)});
            (odd ? oddT : evenT).put(icao, e.timeNanos());
            if (!lastEven.containsKey(icao) || !lastOdd.containsKey(icao)
                    || Math.abs(evenT.get(icao) - oddT.get(icao)) > 10_000_000_000L) {
                continue;
            }
            int[] ev = lastEven.get(icao), od = lastOdd.get(icao);
            if (!Cpr.globalAirborne(ev[0], ev[1], od[0], od[1], odd, pos)) {
                continue;
            }
            double[] t = truth.at(String.format("icao:%06x", icao), e.timeNanos());
            if (t == null) {
                continue;                       // after the last truth sample of a finished route
            }
            worstM = Math.max(worstM, Geo.distanceM(pos[0], pos[1], t[0], t[1]));
            worstFt = Math.max(worstFt, Math.abs(Adsb.airborneAltitudeFt(b, 0) - t[2]));
            checked++;
        }
        assertThat(checked).isGreaterThan(500);
        // airborne CPR: 360°/(60·2^17) ≈ 5.1 m in latitude; altitude in 25 ft steps; plus ≤ 2 ms of motion
        assertThat(worstM).isLessThan(8.0);
        assertThat(worstFt).isLessThanOrEqualTo(13.0);
    }

    @Test
    void velocityIdentificationAndRepliesCarryTheTruth() {
        int velocities = 0, idents = 0, replies = 0;
        for (Emission e : modeS()) {
            byte[] b = e.bytes();
            int df = ModeS.df(b, 0);
            if (df == 17 && Adsb.typecode(b, 0) == 19 && address(b) == 0x4ab0f1) {   // the straight flyer
                double[] t = truth.at("icao:4ab0f1", e.timeNanos());
                if (t == null) {
                    continue;
                }
                double east = t[3] * Math.sin(Math.toRadians(t[4])), north = t[3] * Math.cos(Math.toRadians(t[4]));
                assertThat((double) Adsb.velocityEastKt(b, 0)).isCloseTo(east, within(1.0));
                assertThat((double) Adsb.velocityNorthKt(b, 0)).isCloseTo(north, within(1.0));
                velocities++;
            } else if (df == 17 && Adsb.typecode(b, 0) == 4) {
                Identification id = (Identification) Adsb.decode(b, 0, 2, 0, 0);
                assertThat(id.callsign().trim()).isIn("SAS123", "DLH4YK");
                idents++;
            } else if (df == 5) {
                int squawk = IdentityCode.decode(ModeS.code13(b, 0));
                int icao = Crc24.residual(b, 0, 7);          // address/parity: the syndrome is the address
                assertThat(squawk).isEqualTo(icao == 0x4ab0f1 ? 2341 : 1000);
                replies++;
            } else if (df == 4) {
                int icao = Crc24.residual(b, 0, 7);
                double[] t = truth.at(String.format("icao:%06x", icao), e.timeNanos());
                if (t == null) {
                    continue;
                }
                assertThat((double) AltitudeCode.decodeAc13(ModeS.code13(b, 0))).isCloseTo(t[2], within(13.0));
                replies++;
            }
        }
        assertThat(velocities).isGreaterThan(200);
        assertThat(idents).isGreaterThan(40);
        assertThat(replies).isGreaterThan(50);
    }

    /**
     * Every DF20/21 reply's MB field is recognised by the decoder's register inference, and among its candidates is
     * a register whose decoded content is the aircraft's true state (identification, capabilities, selected altitude,
     * track and turn, heading and speed); both EHS aircraft answer all six registers, mostly 4,0 5,0 6,0.
     */
    @Test
    void commBRepliesCarryRegistersThatTheInferenceFindsAndThatMatchTheTruth() {
        Map<Bds, Integer> matched = new java.util.EnumMap<>(Bds.class);
        int replies = 0;
        for (Emission e : modeS()) {
            byte[] b = e.bytes();
            int df = ModeS.df(b, 0);
            if (df != 20 && df != 21) {
                continue;
            }
            int icao = Crc24.residual(b, 0, 14);
            double[] t = truth.at(String.format("icao:%06x", icao), e.timeNanos());
            if (t == null) {
                continue;
            }
            int altitudeFt = df == 20 ? AltitudeCode.decodeAc13(ModeS.code13(b, 0)) : AltitudeCode.UNAVAILABLE;
            int candidates = BdsInference.candidates(b, 0, altitudeFt, false);
            Bds truthful = null;
            for (Bds bds : Bds.values()) {
                if ((candidates & bds.mask()) != 0 && matchesTruth(bds, BdsInference.decode(bds, b, 0), icao, t)) {
                    truthful = bds;
                    break;
                }
            }
            assertThat(truthful).as("DF%d from %06x, candidates %s", df, icao, Bds.names(candidates)).isNotNull();
            matched.merge(truthful, 1, Integer::sum);
            replies++;
        }
        assertThat(replies).isGreaterThan(100);
        assertThat(matched.keySet()).containsExactlyInAnyOrder(Bds.BDS10, Bds.BDS17, Bds.BDS20, Bds.BDS40, Bds.BDS50,
                Bds.BDS60);
        assertThat(matched.get(Bds.BDS40) + matched.get(Bds.BDS50) + matched.get(Bds.BDS60))
                .isGreaterThan(4 * matched.get(Bds.BDS20));
    }

    /** The decoded register agrees with the true state {@code t} (lat, lon, alt ft, speed kt, track deg). */
    private static boolean matchesTruth(Bds bds, CommBRegister r, int icao, double[] t) {
        String callsign = icao == 0x4ab0f1 ? "SAS123" : "DLH4YK";
        List<Integer> levels = icao == 0x4ab0f1 ? List.of(35_000) : List.of(12_000, 20_000, 24_000);
        double mach = AirData.mach(t[3], t[2]);
        return switch (bds) {
            case BDS10 -> r instanceof DataLinkCapability d && d.subnetworkVersion() == 5 && d.aircraftIdCapable()
                    && d.squitterCapable();
            case BDS17 -> r instanceof GicbCapability g
                    && g.registers().containsAll(List.of("0,5", "0,9", "2,0", "4,0", "5,0", "6,0"));
            case BDS20 -> r instanceof AircraftIdentification id && id.callsign().equals(callsign);
            case BDS40 -> r instanceof SelectedVerticalIntention v && v.selectedAltitudeMcpFt() != null
                    && levels.stream().anyMatch(l -> Math.abs(l - v.selectedAltitudeMcpFt()) <= 8)
                    && Math.abs(v.baroPressureSettingHpa() - 1013.25) <= 0.05 + 1e-9;
            case BDS50 -> r instanceof TrackAndTurnReport tt && tt.trueTrackDeg() != null
                    && angleDiff(tt.trueTrackDeg(), t[4]) <= 3 && Math.abs(tt.groundSpeedKt() - t[3]) <= 3
                    && Math.abs(tt.rollDeg()) <= 30;
            case BDS60 -> r instanceof HeadingAndSpeedReport h && h.magneticHeadingDeg() != null
                    && angleDiff(h.magneticHeadingDeg(), t[4]) <= 3 && Math.abs(h.mach() - mach) <= 0.01
                    && Math.abs(h.indicatedAirspeedKt() - AirData.calibratedAirspeedKt(mach, t[2])) <= 5;
            default -> false;
        };
    }

    private static double angleDiff(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }

    @Test
    void beastOutputParsesFrameByFrameWithValidCrc() {
        ByteArrayOutputStream beast = new ByteArrayOutputStream();
        byte[] buf = new byte[64];
        List<Emission> frames = modeS();
        for (Emission e : frames) {
            int n = BeastFrames.write(buf, 0, BeastFrames.ticks(e.timeNanos(), scenario.startNanos()), e.signalLevel(),
                    e.bytes(), 0, e.bytes().length);
            beast.write(buf, 0, n);
        }
        byte[] stream = beast.toByteArray();
        // our own reading of the Beast rules: 0x1A, type, then 6+1+payload bytes where 0x1A comes doubled
        List<byte[]> parsed = new ArrayList<>();
        int escapes = 0;
        for (int i = 0; i < stream.length; ) {
            assertThat(stream[i]).isEqualTo((byte) 0x1A);
            int len = stream[i + 1] == '2' ? 7 : stream[i + 1] == '3' ? 14 : -1;
            assertThat(len).isPositive();
            i += 2;
            byte[] body = new byte[7 + len];
            for (int k = 0; k < body.length; k++) {
                body[k] = stream[i++];
                if (body[k] == 0x1A) {
                    assertThat(stream[i++]).isEqualTo((byte) 0x1A);
                    escapes++;
                }
            }
            parsed.add(body);
        }
        assertThat(parsed).hasSize(frames.size());
        assertThat(escapes).isPositive();
        long lastTicks = -1;
        for (int k = 0; k < parsed.size(); k++) {
            byte[] body = parsed.get(k);
            byte[] frame = java.util.Arrays.copyOfRange(body, 7, body.length);
            assertThat(frame).isEqualTo(frames.get(k).bytes());
            long ticks = 0;
            for (int j = 0; j < 6; j++) {
                ticks = (ticks << 8) | (body[j] & 0xFF);
            }
            assertThat(ticks).isGreaterThanOrEqualTo(lastTicks);   // one receiver: its clock never runs back
            lastTicks = ticks;
            int df = ModeS.df(frame, 0);
            int residual = Crc24.residual(frame, 0, frame.length);
            if (df == 17 || df == 11) {
                assertThat(residual).isZero();
            } else {
                assertThat(residual).isIn(0x4ab0f1, 0x3c6a1b);
            }
        }
        // and the project's streaming Beast parser agrees frame for frame
        List<byte[]> theirs = new ArrayList<>();
        BeastParser parser = new BeastParser((b, off, len, ts, sig) -> theirs.add(java.util.Arrays.copyOfRange(b, off, off + len)));
        parser.feed(stream, 0, stream.length);
        assertThat(theirs).hasSize(frames.size());
        for (int k = 0; k < theirs.size(); k++) {
            assertThat(theirs.get(k)).isEqualTo(frames.get(k).bytes());
        }
    }

    @Test
    void aisSentencesDecodeToTheTruthWithinAisResolution() {
        List<AisReport> reports = new ArrayList<>();
        MessageDecoder decoder = new MessageDecoder();
        AisStreamDecoder ais = new AisStreamDecoder(f -> reports.add(f.toReport(decoder)));
        int positions = 0, statics = 0;
        double worstM = 0;
        for (Emission e : emissions) {
            if (e.protocol() != Protocol.AIS) {
                continue;
            }
            int before = reports.size();
            byte[] line = (new String(e.bytes(), java.nio.charset.StandardCharsets.US_ASCII) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            ais.feed(line, 0, line.length);
            for (AisReport r : reports.subList(before, reports.size())) {
                assertThat(r.source()).isEqualTo("testrx");
                AisMessage m = r.message();
                double lat, lon;
                if (m instanceof AisMessage.PositionReport p) {
                    lat = p.latDeg().getAsDouble();
                    lon = p.lonDeg().getAsDouble();
                } else if (m instanceof AisMessage.ClassBPositionReport p) {
                    lat = p.latRaw() / 600_000.0;
                    lon = p.lonRaw() / 600_000.0;
                } else {
                    if (m instanceof AisMessage.StaticVoyageData s) {
                        assertThat(s.shipname().trim()).isEqualTo("TEST FERRY");
                        assertThat(s.dimensions().lengthM()).isEqualTo(180);
                    }
                    statics++;
                    continue;
                }
                double[] t = truth.at("mmsi:" + m.mmsi(), e.timeNanos());
                if (t == null) {
                    continue;
                }
                worstM = Math.max(worstM, Geo.distanceM(lat, lon, t[0], t[1]));
                positions++;
            }
        }
        assertThat(positions).isGreaterThan(15);
        assertThat(statics).isPositive();
        // 1/10,000 minute of arc ≈ 0.19 m, plus the motion during the propagation delay
        assertThat(worstM).isLessThan(1.0);
    }

    private static List<Emission> modeS() {
        return emissions.stream().filter(e -> e.protocol() == Protocol.MODE_S).toList();
    }

    private static int address(byte[] b) {
        return ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    }
}

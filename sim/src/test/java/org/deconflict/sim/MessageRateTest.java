package org.deconflict.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.deconflict.ais.AisMessage;
import org.deconflict.ais.AisStreamDecoder;
import org.deconflict.ais.MessageDecoder;
import org.deconflict.modes.AltitudeCode;
import org.deconflict.modes.Crc24;
import org.deconflict.modes.ModeS;
import org.deconflict.modes.adsb.Adsb;
import org.deconflict.modes.commb.Bds;
import org.deconflict.modes.commb.BdsInference;
import org.deconflict.sim.emit.ReportingIntervals;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ScenarioLoader;

/** Background traffic looks like real traffic: message rates as in DESIGN.md "Reference numbers" and the standards. */
class MessageRateTest {

    private static final double SLICE_S = 120;

    @Test
    void aGoodReceiverHearsAbout43FramesPerSecondPerAircraft() {
        Scenario s = ScenarioLoader.load("baltic-traffic").withDuration(SLICE_S);
        Map<Integer, long[]> frames = new HashMap<>();                  // receiver → [all, DF17 TC11]
        Map<Integer, Map<Integer, Integer>> perAircraft = new HashMap<>(); // receiver → address → TC11 count
        new Simulation(s, SimOptions.of(3)).run((rid, t, p, b, off, len, sig) -> {
            if (p != Protocol.MODE_S) {
                return;
            }
            long[] c = frames.computeIfAbsent(rid, k -> new long[2]);
            c[0]++;
            int df = ModeS.df(b, off);
            if (df == 17 || df == 11) {
                int icao = ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
                Map<Integer, Integer> m = perAircraft.computeIfAbsent(rid, k -> new HashMap<>());
                m.merge(icao, df == 17 && Adsb.typecode(b, off) == 11 ? 1 : 0, Integer::sum);
            }
        }, null);
        int best = frames.entrySet().stream().max((x, y) -> Long.compare(x.getValue()[0], y.getValue()[0])).orElseThrow().getKey();
        double perSecond = frames.get(best)[0] / SLICE_S;
        int aircraft = perAircraft.get(best).size();
        // DESIGN.md: one good receiver ≈ 4,300 msg/s for ≈ 100 aircraft
        assertThat(aircraft).isBetween(60, 140);
        assertThat(perSecond / aircraft).isBetween(43 * 0.7, 43 * 1.3);
        // DO-260B: airborne positions every 0.4–0.6 s; aircraft heard well (≥ 90 % of the best) get ≈ 2/s
        List<Double> rates = new ArrayList<>();
        int max = perAircraft.get(best).values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        perAircraft.get(best).values().stream().filter(n -> n >= 0.9 * max).forEach(n -> rates.add(n / SLICE_S));
        assertThat(rates).isNotEmpty().allSatisfy(r -> assertThat(r).isBetween(1.6, 2.5));
    }

    /**
     * Comm-B replies look like a Mode S enhanced surveillance airspace: at the best receiver most DF20/21 replies
     * carry the EHS registers 4,0 5,0 6,0 (as the decoder's inference sees them), about one in twelve the
     * identification 2,0, and every aircraft heard often enough is identified through Comm-B.
     */
    @Test
    void commBRepliesAreMostlyEnhancedSurveillanceAndIdentifyEveryAircraft() {
        Scenario s = ScenarioLoader.load("baltic-traffic").withDuration(SLICE_S);
        int ehs = Bds.BDS40.mask() | Bds.BDS50.mask() | Bds.BDS60.mask();
        Map<Integer, Map<Integer, int[]>> byReceiver = new HashMap<>();   // receiver → address → [comm-B, EHS, 2,0]
        new Simulation(s, SimOptions.of(3)).run((rid, t, p, b, off, len, sig) -> {
            int df = p == Protocol.MODE_S ? ModeS.df(b, off) : -1;
            if (df != 20 && df != 21) {
                return;
            }
            int altitudeFt = df == 20 ? AltitudeCode.decodeAc13(ModeS.code13(b, off)) : AltitudeCode.UNAVAILABLE;
            int mask = BdsInference.candidates(b, off, altitudeFt, false);
            int[] c = byReceiver.computeIfAbsent(rid, k -> new HashMap<>())
                    .computeIfAbsent(Crc24.residual(b, off, 14), k -> new int[3]);
            c[0]++;
            c[1] += (mask & ehs) != 0 && (mask & Bds.BDS20.mask()) == 0 ? 1 : 0;
            c[2] += (mask & Bds.BDS20.mask()) != 0 ? 1 : 0;
        }, null);
        Map<Integer, int[]> best = byReceiver.values().stream()
                .max((x, y) -> Integer.compare(total(x, 0), total(y, 0))).orElseThrow();
        int all = total(best, 0);
        assertThat(all).isGreaterThan(10_000);
        assertThat(total(best, 1) / (double) all).isBetween(0.6, 0.85);            // 9 of 12 in the EHS cycle
        assertThat(total(best, 2) / (double) all).isBetween(0.05, 0.2);            // 1 of 12 (more for ELS)
        best.forEach((address, c) -> {
            if (c[0] >= 24) {
                assertThat(c[2]).as("2,0 replies of %06x", address).isPositive();
            }
        });
    }

    private static int total(Map<Integer, int[]> counts, int i) {
        return counts.values().stream().mapToInt(c -> c[i]).sum();
    }

    @Test
    void classAShipsReportEveryTwoToTenSecondsUnderWayAndThreeMinutesMoored() {
        Scenario s = ScenarioLoader.load("baltic-traffic").withDuration(900);
        Map<Integer, List<Long>> underWay = new HashMap<>(), moored = new HashMap<>();
        MessageDecoder decoder = new MessageDecoder();
        long[] now = new long[1];
        AisStreamDecoder ais = new AisStreamDecoder(f -> {
            if (f.toReport(decoder).message() instanceof AisMessage.PositionReport p) {
                (p.status() == 5 ? moored : underWay).computeIfAbsent(p.mmsi(), k -> new ArrayList<>()).add(now[0]);
            }
        });
        int receiver = s.receivers().get(1).id();    // Gdańsk: a port and two lanes in range; its own losses
        new Simulation(s, SimOptions.of(3)).run((rid, t, p, b, off, len, sig) -> {
            if (p == Protocol.AIS && rid == receiver) {
                now[0] = t;
                byte[] line = java.util.Arrays.copyOfRange(b, off, off + len + 1);
                line[len] = '\n';
                ais.feed(line, 0, line.length);
            }
        }, null);
        assertThat(underWay).isNotEmpty();
        assertThat(moored).isNotEmpty();
        for (List<Long> times : underWay.values()) {
            for (int i = 1; i < times.size(); i++) {
                double gap = (times.get(i) - times.get(i - 1)) / 1e9;
                // ITU-R M.1371-5 Table 1: 2–10 s under way (a lost report doubles a gap)
                assertThat(gap).isGreaterThanOrEqualTo(2.0 - 0.03);
            }
            double median = times.size() < 2 ? 10 : medianGap(times);
            assertThat(median).isBetween(2.0 - 0.03, 10.0 + 0.03);
        }
        for (List<Long> times : moored.values()) {
            for (int i = 1; i < times.size(); i++) {
                assertThat((times.get(i) - times.get(i - 1)) / 1e9).isGreaterThanOrEqualTo(180.0 - 0.03);
            }
        }
    }

    @Test
    void reportingIntervalsFollowTheTables() {
        long s = 1_000_000_000L;
        assertThat(ReportingIntervals.classA(0.2, true, false)).isEqualTo(180 * s);
        assertThat(ReportingIntervals.classA(5, true, false)).isEqualTo(10 * s);
        assertThat(ReportingIntervals.classA(12, false, false)).isEqualTo(10 * s);
        assertThat(ReportingIntervals.classA(12, false, true)).isEqualTo(3333 * s / 1000);
        assertThat(ReportingIntervals.classA(18, false, false)).isEqualTo(6 * s);
        assertThat(ReportingIntervals.classA(18, false, true)).isEqualTo(2 * s);
        assertThat(ReportingIntervals.classA(30, false, false)).isEqualTo(2 * s);
        assertThat(ReportingIntervals.classB(1)).isEqualTo(180 * s);
        assertThat(ReportingIntervals.classB(8)).isEqualTo(30 * s);
    }

    private static double medianGap(List<Long> times) {
        double[] gaps = new double[times.size() - 1];
        for (int i = 1; i < times.size(); i++) {
            gaps[i - 1] = (times.get(i) - times.get(i - 1)) / 1e9;
        }
        java.util.Arrays.sort(gaps);
        return gaps[gaps.length / 2];
    }
}

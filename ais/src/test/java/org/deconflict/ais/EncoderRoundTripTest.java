package org.deconflict.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.ais.AisMessage.ClassBPositionReport;
import org.deconflict.ais.AisMessage.Dimensions;
import org.deconflict.ais.AisMessage.ExtendedClassBReport;
import org.deconflict.ais.AisMessage.PositionReport;
import org.deconflict.ais.AisMessage.StaticDataReport;
import org.deconflict.ais.AisMessage.StaticVoyageData;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Encoder → decoder on random valid messages: every field comes back, through real NMEA sentences. */
class EncoderRoundTripTest {

    private static final String TEXT = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -./";

    @Property(tries = 300)
    void positionReportsSurvive(@ForAll("positions") PositionReport p) {
        assertThat(roundTrip(p, null)).containsExactly(p);
    }

    @Property(tries = 200)
    void classBReportsSurvive(@ForAll("classB") ClassBPositionReport p) {
        assertThat(roundTrip(p, null)).containsExactly(p);
    }

    @Property(tries = 200)
    void staticVoyageDataSurvivesInTwoSentencesWithTagBlocks(@ForAll("statics") StaticVoyageData s) {
        List<String> sentences = new AisEncoder().encode(s, 'B', "rSIM01", 1_700_000_000_000L);
        assertThat(sentences).hasSize(2);
        assertThat(roundTripSentences(sentences)).containsExactly(s);
    }

    @Property(tries = 200)
    void extendedClassBSurvives(@ForAll("extended") ExtendedClassBReport e) {
        assertThat(roundTrip(e, null)).containsExactly(e);
    }

    @Property(tries = 200)
    void type24PartsSurvive(@ForAll("type24") StaticDataReport s) {
        assertThat(roundTrip(s, null)).containsExactly(s);
    }

    private static List<AisMessage> roundTrip(AisMessage m, String source) {
        return roundTripSentences(new AisEncoder().encode(m, 'A', source, TagBlock.NO_TIME));
    }

    private static List<AisMessage> roundTripSentences(List<String> sentences) {
        List<AisMessage> out = new ArrayList<>();
        AisReader reader = new AisReader(r -> out.add(r.message()));
        for (String s : sentences) {
            assertThat(s.substring(s.lastIndexOf('!'))).hasSizeLessThanOrEqualTo(82);
            reader.line(s);
        }
        reader.finish();
        assertThat(reader.stats().totalRejects()).isZero();
        return out;
    }

    static Arbitrary<String> text(int max) {
        return Arbitraries.strings().withChars(TEXT).ofMinLength(0).ofMaxLength(max)
                .map(s -> s.stripTrailing());
    }

    static Arbitrary<Integer> mmsi() {
        return Arbitraries.integers().between(0, (1 << 30) - 1);
    }

    static Arbitrary<Dimensions> dims() {
        return Combinators.combine(Arbitraries.integers().between(0, 511), Arbitraries.integers().between(0, 511),
                Arbitraries.integers().between(0, 63), Arbitraries.integers().between(0, 63)).as(Dimensions::new);
    }

    @Provide
    Arbitrary<PositionReport> positions() {
        Arbitrary<int[]> a = Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 3),
                mmsi(), Arbitraries.integers().between(0, 15), Arbitraries.integers().between(-128, 127),
                Arbitraries.integers().between(0, 1023), Arbitraries.integers().between(-108_600_000, 108_600_000),
                Arbitraries.integers().between(-54_600_000, 54_600_000))
                .as((t, r, m, st, rot, sog, lon, lat) -> new int[] {t, r, m, st, rot, sog, lon, lat});
        Arbitrary<int[]> b = Combinators.combine(Arbitraries.integers().between(0, 3600),
                Arbitraries.integers().between(0, 511), Arbitraries.integers().between(0, 63),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, (1 << 19) - 1),
                Arbitraries.integers().between(0, 3))
                .as((cog, hdg, sec, man, radio, flags) -> new int[] {cog, hdg, sec, man, radio, flags});
        return Combinators.combine(a, b).as((x, y) -> new PositionReport(x[0], x[1], x[2], x[3], x[4], x[5],
                (y[5] & 1) != 0, x[6], x[7], y[0], y[1], y[2], y[3], (y[5] & 2) != 0, y[4], 168));
    }

    /** Fields types 18 and 19 share, in order: repeat, MMSI, reserved, SOG, lon, lat, COG, heading (ITU-R M.1371-5 Tables 54, 55). */
    private Arbitrary<int[]> classBKinematics() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), mmsi(),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 1023),
                Arbitraries.integers().between(-108_600_000, 108_600_000),
                Arbitraries.integers().between(-54_600_000, 54_600_000), Arbitraries.integers().between(0, 3600),
                Arbitraries.integers().between(0, 511))
                .as((r, m, res, sog, lon, lat, cog, hdg) -> new int[] {r, m, res, sog, lon, lat, cog, hdg});
    }

    @Provide
    Arbitrary<ClassBPositionReport> classB() {
        Arbitrary<int[]> a = classBKinematics();
        Arbitrary<int[]> b = Combinators.combine(Arbitraries.integers().between(0, 63),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, (1 << 20) - 1),
                Arbitraries.integers().between(0, 255))
                .as((sec, reg, radio, flags) -> new int[] {sec, reg, radio, flags});
        return Combinators.combine(a, b).as((x, y) -> new ClassBPositionReport(18, x[0], x[1], x[2], x[3],
                (y[3] & 1) != 0, x[4], x[5], x[6], x[7], y[0], y[1], (y[3] & 2) != 0, (y[3] & 4) != 0,
                (y[3] & 8) != 0, (y[3] & 16) != 0, (y[3] & 32) != 0, (y[3] & 64) != 0, (y[3] & 128) != 0, y[2], 168));
    }

    @Provide
    Arbitrary<StaticVoyageData> statics() {
        Arbitrary<int[]> nums = Combinators.combine(Arbitraries.integers().between(0, 3), mmsi(),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, (1 << 30) - 1),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 1))
                .as((r, m, v, imo, st, epfd, dr, dte) -> new int[] {r, m, v, imo, st, epfd, dr, dte});
        Arbitrary<int[]> eta = Combinators.combine(Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 31), Arbitraries.integers().between(0, 24),
                Arbitraries.integers().between(0, 60)).as((mo, d, h, mi) -> new int[] {mo, d, h, mi});
        return Combinators.combine(nums, eta, text(7), text(20), text(20), dims())
                .as((n, e, call, name, dest, d) -> new StaticVoyageData(5, n[0], n[1], n[2], n[3], call, name, n[4],
                        d, n[5], e[0], e[1], e[2], e[3], n[6], dest, n[7], 424));
    }

    @Provide
    Arbitrary<ExtendedClassBReport> extended() {
        Arbitrary<int[]> a = classBKinematics();
        Arbitrary<int[]> b = Combinators.combine(Arbitraries.integers().between(0, 63),
                Arbitraries.integers().between(0, 15), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 15), Arbitraries.integers().between(0, 7))
                .as((sec, reg, st, epfd, flags) -> new int[] {sec, reg, st, epfd, flags});
        return Combinators.combine(a, b, text(20), dims()).as((x, y, name, d) -> new ExtendedClassBReport(19, x[0],
                x[1], x[2], x[3], (y[4] & 1) != 0, x[4], x[5], x[6], x[7], y[0], y[1], name, y[2], d, y[3],
                (y[4] & 2) != 0, (y[4] >> 2) & 1, (y[4] & 2) != 0 && (y[4] & 1) != 0, 312));
    }

    @Provide
    Arbitrary<StaticDataReport> type24() {
        Arbitrary<StaticDataReport> a = Combinators.combine(Arbitraries.integers().between(0, 3), mmsi(), text(20))
                .as((r, m, name) -> new StaticDataReport(24, r, m, 0, name, -1, null, -1, -1, null, null, -1, 160));
        Arbitrary<StaticDataReport> b = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(200_000_000, 799_999_999), Arbitraries.integers().between(0, 255),
                text(3), Arbitraries.integers().between(0, 15), Arbitraries.integers().between(0, (1 << 20) - 1),
                text(7), dims())
                .as((r, m, st, vendor, model, serial, call, d) -> new StaticDataReport(24, r, m, 1, null, st, vendor,
                        model, serial, call, d, -1, 168));
        Arbitrary<StaticDataReport> aux = Combinators.combine(Arbitraries.integers().between(0, 99_999),
                Arbitraries.integers().between(200_000_000, 799_999_999))
                .as((suffix, mother) -> new StaticDataReport(24, 0, 980_000_000 + suffix, 1, null, 0, "", 0, 0, "",
                        null, mother, 168));
        return Arbitraries.oneOf(a, b, aux);
    }
}

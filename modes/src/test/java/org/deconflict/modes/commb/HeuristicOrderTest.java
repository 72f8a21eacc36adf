package org.deconflict.modes.commb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.deconflict.modes.AltitudeCode;
import org.deconflict.modes.Bits;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The register heuristics test their conditions in the order that rejects other registers' replies soonest; the
 * order must not change a verdict. Each {@code isValid} and {@link BdsInference#candidates} are compared with a plain
 * rendering of the same rules (every condition of ICAO Doc 9871 layout and the pyModeS v2 limits, one after another
 * in field order) on random MB fields and on every Comm-B reply of pyModeS' DF20/DF21 samples.
 */
class HeuristicOrderTest {
    private static final long RES40 = Mb.bits(40, 47) | Mb.bits(52, 53);
    private static final long RES45 = Mb.bits(52, 56);
    private static final Mb.StatusGroups S40 = Mb.StatusGroups.of(1, 2, 13, 14, 15, 26, 27, 28, 39, 48, 49, 51, 54,
            55, 56);
    private static final Mb.StatusGroups S44 = Mb.StatusGroups.of(5, 6, 23, 35, 36, 46, 47, 48, 49, 50, 51, 56);
    private static final Mb.StatusGroups S45 = Mb.StatusGroups.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
            16, 17, 26, 27, 28, 38, 39, 40, 51);
    private static final Mb.StatusGroups S50 = Mb.StatusGroups.of(1, 3, 11, 12, 13, 23, 24, 25, 34, 35, 36, 45, 46,
            47, 56);
    private static final Mb.StatusGroups S60 = Mb.StatusGroups.of(1, 2, 12, 13, 14, 23, 24, 25, 34, 35, 36, 45, 46,
            47, 56);

    @Property(tries = 20_000)
    void sameVerdictsOnRandomFields(@ForAll @LongRange(min = 0, max = (1L << 56) - 1) long mb,
            @ForAll @IntRange(min = 0, max = 3) int shape, @ForAll @IntRange(min = -1, max = 0x1FFF) int ac13) {
        // sparse shapes make status-consistent fields (and so the later tests) common
        long v = switch (shape) {
            case 0 -> mb;
            case 1 -> mb & (mb >>> 7);
            case 2 -> mb & (mb >>> 7) & (mb >>> 13);
            default -> mb & (mb >>> 5) & (mb >>> 11) & (mb >>> 17);
        };
        int alt = ac13 < 0 ? AltitudeCode.UNAVAILABLE : AltitudeCode.decodeAc13(ac13);
        assertSameVerdicts(v, alt);
    }

    /**
     * Random fields whose limit-checked values sit within a few steps of each limit (status bits set), so every test
     * of the reordered registers decides some verdicts.
     */
    @Property(tries = 20_000)
    void sameVerdictsNearTheLimits(@ForAll @LongRange(min = 0, max = (1L << 56) - 1) long mb,
            @ForAll @IntRange(min = 0, max = 3) int register, @ForAll @IntRange(min = -3, max = 3) int a,
            @ForAll @IntRange(min = -3, max = 3) int b, @ForAll @IntRange(min = -3, max = 3) int c,
            @ForAll @IntRange(min = 0, max = 0x7FF) int ac11) {
        long v = mb & (mb >>> 7) & (mb >>> 13);
        int alt = AltitudeCode.decodeAc13((ac11 & 0x7E0) << 2 | 0x10 | (ac11 & 0xF) | (ac11 & 0x10) << 1);
        boolean negative = (a & 1) == 1;
        switch (register) {
            case 0 -> { // 5,0: |TAS - GS| around 200 kt, |roll| around 50 deg, or TAS around 500 kt
                v = setBits(v, 1, 12, 24, 35, 46);
                int gs = 150 + 5 * a;
                v = put(v, 25, 10, gs);
                v = put(v, 47, 10, c == 0 ? 250 + b : gs + 100 + b);
                v = put(v, 2, 10, signed(285 + c, negative));
            }
            case 1 -> { // 6,0: IAS around 500 kt, vertical rates around 6000 ft/min, Mach code around 1.0
                v = setBits(v, 1, 13, 24, 35, 46);
                v = put(v, 14, 10, 500 + a);
                v = put(v, 47, 10, signed(187 + b, negative));
                v = put(v, 36, 10, signed(187 + c, !negative));
                v = put(v, 25, 10, HeadingAndSpeedReport.MAX_MACH_CODE + a + c);
            }
            case 2 -> { // 4,5: temperature around 60 and -80 degC
                v = setBits(v, 1, 4, 7, 10, 13, 16, 27, 39) & ~RES45;
                v = put(v, 17, 10, negative ? signed(320 + b, true) : 240 + b);
            }
            default -> { // 4,4: source 4, wind 250 kt, temperature limits under both LSB readings
                v = setBits(v, 5, 35, 47, 49);
                v = put(v, 1, 4, 4 + (a & 1));
                v = put(v, 6, 9, 250 + b);
                v = put(v, 24, 11, negative ? signed(640 + c, true) : 480 + c);
            }
        }
        assertSameVerdicts(v, alt);
    }

    /** {@code mb} with the given MB bits set (status bits). */
    private static long setBits(long mb, int... bits) {
        for (int bit : bits) {
            mb |= Mb.bits(bit, bit);
        }
        return mb;
    }

    /** Two's-complement code of {@code magnitude} or its negative (callers keep the low bits they need). */
    private static int signed(int magnitude, boolean negative) {
        return negative ? -magnitude : magnitude;
    }

    /** {@code mb} with MB bits {@code from}..{@code from + n - 1} set to the low {@code n} bits of {@code value}. */
    private static long put(long mb, int from, int n, int value) {
        long mask = Mb.bits(from, from + n - 1);
        return (mb & ~mask) | (((long) value << (57 - from - n)) & mask);
    }

    @Test
    void sameVerdictsOnRealCommBReplies() throws Exception {
        int replies = 0;
        int fitting = 0;
        for (String name : new String[] {"sample_data_commb_df20.csv", "sample_data_commb_df21.csv"}) {
            List<String> rows = Files.readAllLines(SharedData.require("modes/pyModeS/" + name));
            for (String row : rows) {
                String[] cells = row.replace("\uFEFF", "").split(",");
                byte[] frame = Bits.parseHex(cells[cells.length - 1].trim());
                if (frame == null || frame.length != 14) {
                    continue;
                }
                long mb = Mb.of(frame, 0);
                boolean df20 = (frame[0] & 0xFF) >>> 3 == 20;
                int alt = df20 ? AltitudeCode.decodeAc13(Bits.get(frame, 0, 20, 13)) : AltitudeCode.UNAVAILABLE;
                assertSameVerdicts(mb, alt);
                replies++;
                if (plainCandidates(mb, alt) != 0) {
                    fitting++;
                }
            }
        }
        assertThat(replies).isEqualTo(10_000);
        assertThat(fitting).isGreaterThan(9_000);
    }

    private static void assertSameVerdicts(long mb, int alt) {
        String at = Long.toHexString(mb) + " at " + alt + " ft";
        assertThat(SelectedVerticalIntention.isValid(mb)).as("4,0 " + at).isEqualTo(plain40(mb));
        assertThat(MeteoRoutineReport.isValid(mb)).as("4,4 " + at).isEqualTo(plain44(mb));
        assertThat(MeteoHazardReport.isValid(mb)).as("4,5 " + at).isEqualTo(plain45(mb));
        assertThat(TrackAndTurnReport.isValid(mb)).as("5,0 " + at).isEqualTo(plain50(mb));
        assertThat(HeadingAndSpeedReport.isValid(mb, alt)).as("6,0 " + at).isEqualTo(plain60(mb, alt));
        assertThat(BdsInference.candidates(mb, alt, true)).as("mask " + at).isEqualTo(plainCandidates(mb, alt));
    }

    private static int plainCandidates(long mb, int alt) {
        if (mb == 0) {
            return 0;
        }
        int mask = 0;
        mask |= DataLinkCapability.isValid(mb) ? Bds.BDS10.mask() : 0;
        mask |= GicbCapability.isValid(mb) ? Bds.BDS17.mask() : 0;
        mask |= AircraftIdentification.isValid(mb) ? Bds.BDS20.mask() : 0;
        mask |= AcasActiveResolution.isValid(mb) ? Bds.BDS30.mask() : 0;
        mask |= plain40(mb) ? Bds.BDS40.mask() : 0;
        mask |= plain44(mb) ? Bds.BDS44.mask() : 0;
        mask |= plain45(mb) ? Bds.BDS45.mask() : 0;
        mask |= plain50(mb) ? Bds.BDS50.mask() : 0;
        mask |= plain60(mb, alt) ? Bds.BDS60.mask() : 0;
        return mask;
    }

    private static boolean plain40(long mb) {
        return (mb & RES40) == 0 && S40.consistent(mb);
    }

    private static boolean plain44(long mb) {
        if (Mb.get(mb, 1, 4) > 4 || !S44.consistent(mb)) {
            return false;
        }
        if (Mb.bit(mb, 5) == 1 && Mb.get(mb, 6, 9) > 250) {
            return false;
        }
        int raw = Mb.signed(mb, 24, 10); // either LSB reading (0.25 or 0.125 °C) within -80..60 °C
        return Math.min(raw * 0.25, raw * 0.125) <= 60 && Math.max(raw * 0.25, raw * 0.125) >= -80;
    }

    private static boolean plain45(long mb) {
        if ((mb & RES45) != 0 || !S45.consistent(mb)) {
            return false;
        }
        double t = Mb.signed(mb, 17, 9) * 0.25;
        return t >= -80 && t <= 60;
    }

    private static boolean plain50(long mb) {
        if (!S50.consistent(mb)) {
            return false;
        }
        if (Mb.bit(mb, 1) == 1 && Math.abs(Mb.signed(mb, 2, 9) * 45.0 / 256) > 50) {
            return false;
        }
        int gs = Mb.bit(mb, 24) == 1 ? Mb.get(mb, 25, 10) * 2 : -1;
        int tas = Mb.bit(mb, 46) == 1 ? Mb.get(mb, 47, 10) * 2 : -1;
        if (gs > 600 || tas > 500) {
            return false;
        }
        return gs < 0 || tas < 0 || Math.abs(tas - gs) <= 200;
    }

    private static boolean plain60(long mb, int alt) {
        if (!S60.consistent(mb)) {
            return false;
        }
        int ias = Mb.bit(mb, 13) == 1 ? Mb.get(mb, 14, 10) : -1;
        boolean hasMach = Mb.bit(mb, 24) == 1;
        double mach = Mb.get(mb, 25, 10) * 2.048 / 512;
        if (ias > 500 || (hasMach && mach > 1.0)) {
            return false;
        }
        if (Mb.bit(mb, 35) == 1 && Math.abs(Mb.signed(mb, 36, 9) * 32) > 6000) {
            return false;
        }
        if (Mb.bit(mb, 46) == 1 && Math.abs(Mb.signed(mb, 47, 9) * 32) > 6000) {
            return false;
        }
        if (ias >= 0 && hasMach && alt != AltitudeCode.UNAVAILABLE) {
            // CAS from Mach at the altitude (impact pressure, standard atmosphere) within 20 kt of IAS
            double q = Atmosphere.impactPressureFromMach(mach, Atmosphere.pressurePa(alt * 0.3048));
            return q >= Atmosphere.impactPressureFromCas(Math.max(0, ias - 20) * (1852.0 / 3600.0))
                    && q <= Atmosphere.impactPressureFromCas((ias + 20) * (1852.0 / 3600.0));
        }
        return true;
    }
}

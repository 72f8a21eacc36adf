package org.deconflict.modes.commb;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The status-gated field accessors select without branches; on random MB fields each equals the plain rule "the
 * field's value when its status bit is set, else the unavailable marker" (-1, NaN or {@link HeadingAndSpeedReport#NA}).
 */
class StatusSelectTest {
    @Property(tries = 5000)
    void accessorsEqualThePlainRule(@ForAll @LongRange(min = 0, max = (1L << 56) - 1) long mb) {
        assertThat(SelectedVerticalIntention.selectedAltitudeMcpFt(mb))
                .isEqualTo(Mb.bit(mb, 1) == 1 ? Mb.get(mb, 2, 12) * 16 : -1);
        assertThat(SelectedVerticalIntention.selectedAltitudeFmsFt(mb))
                .isEqualTo(Mb.bit(mb, 14) == 1 ? Mb.get(mb, 15, 12) * 16 : -1);
        assertSame(SelectedVerticalIntention.baroPressureSettingHpa(mb),
                Mb.bit(mb, 27) == 1 ? Mb.get(mb, 28, 12) * 0.1 + 800 : Double.NaN);
        assertThat(SelectedVerticalIntention.modeBits(mb)).isEqualTo(Mb.bit(mb, 48) == 1 ? Mb.get(mb, 49, 3) : -1);
        assertThat(SelectedVerticalIntention.targetAltitudeSource(mb))
                .isEqualTo(Mb.bit(mb, 54) == 1 ? Mb.get(mb, 55, 2) : -1);

        assertSame(TrackAndTurnReport.rollDeg(mb), Mb.bit(mb, 1) == 1 ? Mb.signed(mb, 2, 9) * 45.0 / 256 : Double.NaN);
        assertSame(TrackAndTurnReport.trueTrackDeg(mb), Mb.bit(mb, 12) == 1 ? Mb.get(mb, 13, 11) * 90.0 / 512 : Double.NaN);
        assertThat(TrackAndTurnReport.groundSpeedKt(mb)).isEqualTo(Mb.bit(mb, 24) == 1 ? Mb.get(mb, 25, 10) * 2 : -1);
        assertSame(TrackAndTurnReport.trackRateDegPerS(mb),
                Mb.bit(mb, 35) == 1 ? Mb.signed(mb, 36, 9) * 8.0 / 256 : Double.NaN);
        assertThat(TrackAndTurnReport.trueAirspeedKt(mb)).isEqualTo(Mb.bit(mb, 46) == 1 ? Mb.get(mb, 47, 10) * 2 : -1);

        assertSame(HeadingAndSpeedReport.magneticHeadingDeg(mb),
                Mb.bit(mb, 1) == 1 ? Mb.get(mb, 2, 11) * 90.0 / 512 : Double.NaN);
        assertThat(HeadingAndSpeedReport.indicatedAirspeedKt(mb)).isEqualTo(Mb.bit(mb, 13) == 1 ? Mb.get(mb, 14, 10) : -1);
        assertSame(HeadingAndSpeedReport.mach(mb), Mb.bit(mb, 24) == 1 ? Mb.get(mb, 25, 10) * 2.048 / 512 : Double.NaN);
        assertThat(HeadingAndSpeedReport.baroVerticalRateFpm(mb))
                .isEqualTo(Mb.bit(mb, 35) == 1 ? Mb.signed(mb, 36, 9) * 32 : HeadingAndSpeedReport.NA);
        assertThat(HeadingAndSpeedReport.inertialVerticalRateFpm(mb))
                .isEqualTo(Mb.bit(mb, 46) == 1 ? Mb.signed(mb, 47, 9) * 32 : HeadingAndSpeedReport.NA);
    }

    @Property(tries = 2000)
    void helpersSelectExactly(@ForAll int value, @ForAll @IntRange(min = 1, max = 56) int pos, @ForAll double d) {
        long set = Mb.bits(pos, pos);
        assertThat(Mb.orMinusOne(set, pos, value)).isEqualTo(value);
        assertThat(Mb.orMinusOne(~set, pos, value)).isEqualTo(-1);
        assertThat(Mb.orElse(set, pos, value, Integer.MIN_VALUE)).isEqualTo(value);
        assertThat(Mb.orElse(~set, pos, value, Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
        assertSame(Mb.orNaN(set, pos, d), d);
        assertThat(Mb.orNaN(~set, pos, d)).isNaN();
    }

    /** Same double including NaN and the sign of zero. */
    private static void assertSame(double actual, double expected) {
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(Double.doubleToRawLongBits(actual)).isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }
}

package org.deconflict.modes.commb;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The shift-based signed field, the integer Mach limit and the unsigned angle reads equal their plain definitions. */
class MbTest {
    @Property(tries = 3000)
    void signedEqualsSignBitThenMagnitude(@ForAll @LongRange(min = 0, max = (1L << 56) - 1) long mb,
            @ForAll @IntRange(min = 1, max = 46) int signPos, @ForAll @IntRange(min = 1, max = 10) int n) {
        int magnitude = Mb.get(mb, signPos + 1, n);
        int plain = Mb.bit(mb, signPos) != 0 ? magnitude - (1 << n) : magnitude;
        assertThat(Mb.signed(mb, signPos, n)).isEqualTo(plain);
    }

    /** Every heading (BDS 6,0 MB 2-12) and track (BDS 5,0 MB 13-23) code: signed angle, +360° when negative. */
    @Property(tries = 1)
    void anglesEqualSignedCodePlus360WhenNegative() {
        for (int code = 0; code < 2048; code++) {
            long heading = (1L << (56 - 1)) | ((long) code << (56 - 12)); // status MB 1, sign MB 2, value MB 3-12
            long track = (1L << (56 - 12)) | ((long) code << (56 - 23)); // status MB 12, sign MB 13, value MB 14-23
            double h = Mb.signed(heading, 2, 10) * 90.0 / 512;
            double t = Mb.signed(track, 13, 10) * 90.0 / 512;
            assertThat(HeadingAndSpeedReport.magneticHeadingDeg(heading)).as("heading code %d", code)
                    .isEqualTo(h < 0 ? h + 360 : h);
            assertThat(TrackAndTurnReport.trueTrackDeg(track)).as("track code %d", code)
                    .isEqualTo(t < 0 ? t + 360 : t);
        }
        assertThat(HeadingAndSpeedReport.magneticHeadingDeg(0x7FFL << 44)).isNaN(); // status clear
    }

    @Property(tries = 1)
    void machLimitOnTheCodeEqualsTheLimitOnTheNumber() {
        for (int code = 0; code < 1024; code++) {
            long mb = (1L << (56 - 24)) | ((long) code << (56 - 34)); // status bit MB 24, Mach code in MB 25-34
            assertThat(code > HeadingAndSpeedReport.MAX_MACH_CODE).as("code %d", code)
                    .isEqualTo(HeadingAndSpeedReport.mach(mb) > 1.0);
        }
    }
}

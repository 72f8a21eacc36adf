package org.deconflict.modes.commb;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The shift-based signed field and the integer Mach limit equal their plain definitions. */
class MbTest {
    @Property(tries = 3000)
    void signedEqualsSignBitThenMagnitude(@ForAll @LongRange(min = 0, max = (1L << 56) - 1) long mb,
            @ForAll @IntRange(min = 1, max = 46) int signPos, @ForAll @IntRange(min = 1, max = 10) int n) {
        int magnitude = Mb.get(mb, signPos + 1, n);
        int plain = Mb.bit(mb, signPos) != 0 ? magnitude - (1 << n) : magnitude;
        assertThat(Mb.signed(mb, signPos, n)).isEqualTo(plain);
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

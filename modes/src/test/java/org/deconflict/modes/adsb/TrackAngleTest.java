package org.deconflict.modes.adsb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The table-and-series track angle equals toDegrees(atan2) (wrapped to [0, 360)) on every velocity the field holds. */
class TrackAngleTest {
    @Property(tries = 10000)
    void equalsAtan2OnVelocityComponents(@ForAll @IntRange(min = -4092, max = 4092) int east,
            @ForAll @IntRange(min = -4092, max = 4092) int north) {
        assertThat(TrackAngle.degrees(east, north)).isCloseTo(reference(east, north), within(1e-11));
    }

    @Property(tries = 2000)
    void axesAndDiagonalsAreExact(@ForAll @IntRange(min = 1, max = 4092) int v) {
        assertThat(TrackAngle.degrees(0, v)).isEqualTo(0.0);
        assertThat(TrackAngle.degrees(v, 0)).isEqualTo(90.0);
        assertThat(TrackAngle.degrees(0, -v)).isEqualTo(180.0);
        assertThat(TrackAngle.degrees(-v, 0)).isEqualTo(270.0);
        assertThat(TrackAngle.degrees(v, v)).isCloseTo(45.0, within(1e-12));
        assertThat(TrackAngle.degrees(-v, -v)).isCloseTo(225.0, within(1e-12));
        assertThat(TrackAngle.degrees(0, 0)).isEqualTo(0.0);
    }

    @Property(tries = 5000)
    void smallAnglesKeepTheirRelativePrecision(@ForAll @IntRange(min = 1, max = 4092) int north) {
        // one knot east against up to 4092 north: the smallest angles the field can give
        assertThat(TrackAngle.degrees(1, north)).isCloseTo(reference(1, north), within(1e-13));
        assertThat(TrackAngle.degrees(-1, north)).isCloseTo(reference(-1, north), within(1e-11));
    }

    private static double reference(int east, int north) {
        double t = Math.toDegrees(Math.atan2(east, north));
        return t < 0 ? t + 360 : t;
    }
}

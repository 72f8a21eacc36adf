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

    /** The octant and quadrant tables give bit for bit what one branch per case gives. */
    @Property(tries = 20000)
    void tablesEqualBranchesBitForBit(@ForAll @IntRange(min = -4092, max = 4092) int east,
            @ForAll @IntRange(min = -4092, max = 4092) int north) {
        assertThat(Double.doubleToRawLongBits(TrackAngle.degrees(east, north)))
                .isEqualTo(Double.doubleToRawLongBits(branching(east, north)));
    }

    /** The same table-and-series angle folded into its octant and quadrant with branches. */
    private static double branching(int east, int north) {
        double ax = Math.abs((double) east);
        double ay = Math.abs((double) north);
        double lo = Math.min(ax, ay);
        double hi = Math.max(ax, ay);
        if (hi == 0) {
            return 0;
        }
        double t = lo / hi;
        int k = (int) (t * 256 + 0.5);
        double t0 = k / 256.0;
        double r = (t - t0) / (1 + t * t0);
        double r2 = r * r;
        double phi = Math.atan(k / 256.0) + r * (1 - r2 * (1.0 / 3 - r2 * (1.0 / 5 - r2 * (1.0 / 7))));
        double base = Math.toDegrees(ax <= ay ? phi : Math.PI / 2 - phi);
        if (north >= 0) {
            return east >= 0 ? base : 360 - base;
        }
        return east >= 0 ? 180 - base : 180 + base;
    }

    private static double reference(int east, int north) {
        double t = Math.toDegrees(Math.atan2(east, north));
        return t < 0 ? t + 360 : t;
    }
}

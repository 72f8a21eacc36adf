package org.deconflict.engine.track;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import org.deconflict.engine.geo.Geo;

/**
 * The tracker's plausibility and horizon tests call {@link Geo#distanceUpperBoundM} per position; it takes the
 * floating remainder of the longitude difference only when that is 360° or more. Here against the bound that always
 * takes it, bit for bit, on ordinary and out-of-range longitudes (this suite lives with its only hot caller).
 */
class DistanceBoundRemainderTest {

    private static double alwaysRemainder(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
        double dLonDeg = Math.abs(lon2Deg - lon1Deg) % 360;
        if (dLonDeg > 180) {
            dLonDeg = 360 - dLonDeg;
        }
        double angleDeg = Math.abs(lat2Deg - lat1Deg) / (1 - Geo.WGS84_F) + dLonDeg;
        return Geo.WGS84_A_M * Math.toRadians(angleDeg) * (1 + 1e-9) + 1e-6;
    }

    @Property(tries = 2000)
    void sameBoundAsAlwaysTakingTheRemainder(@ForAll @DoubleRange(min = -90, max = 90) double lat1,
                                            @ForAll @DoubleRange(min = -900, max = 900) double lon1,
                                            @ForAll @DoubleRange(min = -90, max = 90) double lat2,
                                            @ForAll @DoubleRange(min = -900, max = 900) double lon2) {
        assertThat(Double.doubleToLongBits(Geo.distanceUpperBoundM(lat1, lon1, lat2, lon2)))
                .isEqualTo(Double.doubleToLongBits(alwaysRemainder(lat1, lon1, lat2, lon2)));
        assertThat(Double.doubleToLongBits(Geo.distanceUpperBoundM(lat1, 180, lat2, -180)))
                .isEqualTo(Double.doubleToLongBits(alwaysRemainder(lat1, 180, lat2, -180)));
    }
}

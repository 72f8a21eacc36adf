package org.deconflict.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;

/**
 * Geo against GeographicLib (Karney's geodesics on WGS-84, accurate to nanometres), over random points.
 * Stated tolerances: distance relative error ≤ 2e-6 up to 10 000 km, ≤ 5e-5 up to 19 000 km, ≤ 2e-3 beyond (nearly
 * antipodal); initial bearing ≤ 0.001° up to 15 000 km, ≤ 0.01° up to 19 000 km; destination ≤ 1 mm up to 10 000 km.
 */
class GeoTest {

    private static final Geodesic WGS84 = Geodesic.WGS84;

    /** The cheap bound is never below the distance: near (a fix apart) and far, across the antimeridian and poles. */
    @Property(tries = 5000)
    void upperBoundIsNeverBelowTheDistance(@ForAll @DoubleRange(min = -90, max = 90) double lat1,
                                           @ForAll @DoubleRange(min = -180, max = 180) double lon1,
                                           @ForAll @DoubleRange(min = -1, max = 1) double dLatFraction,
                                           @ForAll @DoubleRange(min = -1, max = 1) double dLonFraction,
                                           @ForAll @DoubleRange(min = -6, max = 2.3) double log10SpanDeg) {
        double span = Math.pow(10, log10SpanDeg);
        double lat2 = Math.max(-90, Math.min(90, lat1 + dLatFraction * span));
        double lon2 = Geo.normalize180(lon1 + dLonFraction * span);
        double d = Geo.distanceM(lat1, lon1, lat2, lon2);
        double bound = Geo.distanceUpperBoundM(lat1, lon1, lat2, lon2);
        assertThat(bound).isGreaterThanOrEqualTo(d);
        if (Math.abs(lat1) < 60 && span < 0.1) {
            assertThat(bound).isLessThan(4 * d + 1e-3);   // useful: a few times the distance at most
        }
    }

    @Property(tries = 3000)
    void distanceMatchesGeographicLib(@ForAll @DoubleRange(min = -89.9, max = 89.9) double lat1,
                                      @ForAll @DoubleRange(min = -180, max = 180) double lon1,
                                      @ForAll @DoubleRange(min = -89.9, max = 89.9) double lat2,
                                      @ForAll @DoubleRange(min = -180, max = 180) double lon2) {
        double ref = WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
        double ours = Geo.distanceM(lat1, lon1, lat2, lon2);
        double tol = ref <= 10_000_000 ? 2e-6 : ref <= 19_000_000 ? 5e-5 : 2e-3;
        assertThat(ours).isCloseTo(ref, within(Math.max(1e-3, tol * ref)));
    }

    @Property(tries = 3000)
    void shortDistancesMatchToCentimetres(@ForAll @DoubleRange(min = -85, max = 85) double lat1,
                                          @ForAll @DoubleRange(min = -180, max = 180) double lon1,
                                          @ForAll @DoubleRange(min = 0, max = 360) double az,
                                          @ForAll @DoubleRange(min = 0, max = 200_000) double s) {
        GeodesicData d = WGS84.Direct(lat1, lon1, az, s);
        double ours = Geo.distanceM(lat1, lon1, d.lat2, d.lon2);
        assertThat(ours).isCloseTo(s, within(Math.max(0.001, 2e-6 * s)));
    }

    @Property(tries = 3000)
    void bearingMatchesGeographicLib(@ForAll @DoubleRange(min = -85, max = 85) double lat1,
                                     @ForAll @DoubleRange(min = -180, max = 180) double lon1,
                                     @ForAll @DoubleRange(min = 0, max = 360) double az,
                                     @ForAll @DoubleRange(min = 1, max = 19_000_000) double s) {
        GeodesicData d = WGS84.Direct(lat1, lon1, az, s);
        double ref = WGS84.Inverse(lat1, lon1, d.lat2, d.lon2).azi1;
        double ours = Geo.bearingDeg(lat1, lon1, d.lat2, d.lon2);
        assertThat(ours).isBetween(0.0, 360.0);
        assertThat(Geo.angleDiffDeg(ours, ref)).isLessThan(s <= 15_000_000 ? 0.001 : 0.01);
    }

    @Property(tries = 3000)
    void destinationMatchesGeographicLib(@ForAll @DoubleRange(min = -85, max = 85) double lat1,
                                         @ForAll @DoubleRange(min = -180, max = 180) double lon1,
                                         @ForAll @DoubleRange(min = 0, max = 360) double az,
                                         @ForAll @DoubleRange(min = 0, max = 10_000_000) double s) {
        GeodesicData d = WGS84.Direct(lat1, lon1, az, s);
        double lat2 = Geo.destinationLatDeg(lat1, lon1, az, s);
        double lon2 = Geo.destinationLonDeg(lat1, lon1, az, s);
        double missM = WGS84.Inverse(d.lat2, d.lon2, lat2, lon2, GeodesicMask.DISTANCE).s12;
        assertThat(missM).isLessThan(1e-3);
        assertThat(lon2).isBetween(-180.0, 180.0);
    }

    @Test
    void radioHorizonOfKnownHeights() {
        // 4/3-earth: d ≈ 4.12 km · √h(m); 10 m antenna ≈ 13.03 km, aircraft at 10 000 m ≈ 412.2 km.
        assertThat(Geo.radioHorizonM(10, 0)).isCloseTo(13_034, within(5.0));
        assertThat(Geo.radioHorizonM(10, 10_000)).isCloseTo(13_034 + 412_167, within(50.0));
        assertThat(Geo.radioHorizonM(-5, -5)).isZero();
    }

    @Test
    void constantsAndKnownDistance() {
        // Helsinki-Vantaa (60.3172, 24.9633) to Stockholm-Arlanda (59.6519, 17.9186): ≈ 397 km by GeographicLib.
        double ref = WGS84.Inverse(60.3172, 24.9633, 59.6519, 17.9186).s12;
        assertThat(Geo.distanceM(60.3172, 24.9633, 59.6519, 17.9186)).isCloseTo(ref, within(ref * 2e-6));
        assertThat(Geo.MPS_PER_KT * 3600).isCloseTo(Geo.M_PER_NM, within(1e-9));
        assertThat(Geo.distanceM(54, 18, 54, 18)).isZero();
    }

    @Test
    void angleHelpers() {
        assertThat(Geo.normalize360(-10)).isEqualTo(350.0);
        assertThat(Geo.normalize360(720)).isEqualTo(0.0);
        assertThat(Geo.normalize180(190)).isEqualTo(-170.0);
        assertThat(Geo.angleDiffDeg(350, 10)).isEqualTo(20.0);
    }

    /** A longitude already in range comes back bit for bit (a round trip through +180 used to move the last bit). */
    @Test
    void normalizingAnInRangeLongitudeKeepsItExactly() {
        assertThat(Geo.normalize180(20.049965598366477)).isEqualTo(20.049965598366477);
        java.util.Random rnd = new java.util.Random(180);
        for (int i = 0; i < 100_000; i++) {
            double lonDeg = -180 + rnd.nextDouble() * 360;
            assertThat(Geo.normalize180(lonDeg)).isEqualTo(lonDeg);
        }
        assertThat(Geo.normalize180(180)).isEqualTo(-180.0);
    }
}

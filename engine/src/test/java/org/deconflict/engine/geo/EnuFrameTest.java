package org.deconflict.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

/**
 * EnuFrame against GeographicLib: a point placed by the exact geodesic at distance s ≤ 100 km and azimuth az from
 * the origin must land at planar range s (relative error ≤ 2e-4, the tangent-plane foreshortening (s/R)²/2 plus
 * ellipsoid curvature) and planar bearing az (≤ 0.02°); the inverse must round-trip to 1e-9°.
 */
class EnuFrameTest {

    @Property(tries = 3000)
    void rangeAndBearingFromOriginMatchGeodesic(@ForAll @DoubleRange(min = -80, max = 80) double lat0,
                                                @ForAll @DoubleRange(min = -180, max = 180) double lon0,
                                                @ForAll @DoubleRange(min = 0, max = 360) double az,
                                                @ForAll @DoubleRange(min = 10, max = 100_000) double s) {
        EnuFrame f = new EnuFrame(lat0, lon0);
        GeodesicData d = Geodesic.WGS84.Direct(lat0, lon0, az, s);
        double e = f.eastM(d.lat2, d.lon2);
        double n = f.northM(d.lat2, d.lon2);
        assertThat(Math.hypot(e, n)).isCloseTo(s, within(2e-4 * s));
        assertThat(Geo.angleDiffDeg(Math.toDegrees(Math.atan2(e, n)), az)).isLessThan(0.02);
    }

    @Property(tries = 3000)
    void inverseRoundTrips(@ForAll @DoubleRange(min = -80, max = 80) double lat0,
                           @ForAll @DoubleRange(min = -180, max = 180) double lon0,
                           @ForAll @DoubleRange(min = -150_000, max = 150_000) double e,
                           @ForAll @DoubleRange(min = -150_000, max = 150_000) double n) {
        EnuFrame f = new EnuFrame(lat0, lon0);
        double lat = f.latDeg(e, n);
        double lon = f.lonDeg(e, n);
        assertThat(f.eastM(lat, lon)).isCloseTo(e, within(1e-4));
        assertThat(f.northM(lat, lon)).isCloseTo(n, within(1e-4));
    }

    @Property(tries = 1000)
    void pairDistancesNearOriginMatchGeodesic(@ForAll @DoubleRange(min = -80, max = 80) double lat0,
                                              @ForAll @DoubleRange(min = -50_000, max = 50_000) double e1,
                                              @ForAll @DoubleRange(min = -50_000, max = 50_000) double n1,
                                              @ForAll @DoubleRange(min = -50_000, max = 50_000) double e2,
                                              @ForAll @DoubleRange(min = -50_000, max = 50_000) double n2) {
        EnuFrame f = new EnuFrame(lat0, 20);
        double ref = Geodesic.WGS84.Inverse(f.latDeg(e1, n1), f.lonDeg(e1, n1), f.latDeg(e2, n2), f.lonDeg(e2, n2)).s12;
        double planar = Math.hypot(e2 - e1, n2 - n1);
        assertThat(planar).isCloseTo(ref, within(Math.max(0.01, 2e-4 * ref)));
    }
}

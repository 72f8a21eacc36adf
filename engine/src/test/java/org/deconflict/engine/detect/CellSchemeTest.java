package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** The grid query finds the cell of every point within the radius, anywhere on earth (poles, antimeridian). */
class CellSchemeTest {

    /** A track derives both metric scales of its latitude at once; they are the one-latitude methods' bit for bit. */
    @Property(tries = 2_000)
    void aTracksScalesAreTheSchemesBitForBit(@ForAll @DoubleRange(min = -90, max = 90) double lat) {
        Track t = new Track(Scene.air(0x4840d6).value(), true, Scene.T0);
        t.apply(new TrackSnapshot(Scene.air(0x4840d6), Scene.T0, lat, 14, 30_000, 400, 90, 0, false, null, null, false,
                0, TransponderMode.ADSB, 9, 8, 1));
        assertThat(Double.doubleToRawLongBits(t.mPerDegLat))
                .isEqualTo(Double.doubleToRawLongBits(CellScheme.metresPerDegLat(lat)));
        assertThat(Double.doubleToRawLongBits(t.mPerDegLon))
                .isEqualTo(Double.doubleToRawLongBits(CellScheme.metresPerDegLon(lat)));
    }

    @Property(tries = 2_000)
    void everyPointWithinTheRadiusLiesInAReturnedCell(@ForAll @DoubleRange(min = -89.9, max = 89.9) double lat,
                                                      @ForAll @DoubleRange(min = -180, max = 180) double lon,
                                                      @ForAll @DoubleRange(min = 0, max = 360) double bearing,
                                                      @ForAll @DoubleRange(min = 0, max = 1) double fraction,
                                                      @ForAll @DoubleRange(min = 5_000, max = 100_000) double cellM) {
        CellScheme scheme = new CellScheme(cellM);
        double r = cellM;
        double d = fraction * r;
        double lat2 = Geo.destinationLatDeg(lat, lon, bearing, d);
        double lon2 = Geo.destinationLonDeg(lat, lon, bearing, d);
        CellScheme.Buffer buf = new CellScheme.Buffer();
        int n = scheme.cellsNear(lat, lon, r, buf);
        Set<Long> cells = new HashSet<>();
        for (int i = 0; i < n; i++) {
            cells.add(buf.get(i));
        }
        assertThat(cells).contains(scheme.cellOf(lat2, lon2));
        if (Math.abs(lat) < 80) {
            assertThat(n).isLessThanOrEqualTo(16);    // cells never narrower than the radius: 3×3, 4×4 with the margin
        }
    }

    /** A cell ruled beyond a radius never holds a point within it, whatever the radius relative to the cells. */
    @Property(tries = 2_000)
    void noPointWithinTheRadiusLiesInACellBeyondIt(@ForAll @DoubleRange(min = -89.9, max = 89.9) double lat,
                                                  @ForAll @DoubleRange(min = -180, max = 180) double lon,
                                                  @ForAll @DoubleRange(min = 0, max = 360) double bearing,
                                                  @ForAll @DoubleRange(min = 0, max = 1) double fraction,
                                                  @ForAll @DoubleRange(min = 5_000, max = 100_000) double cellM,
                                                  @ForAll @DoubleRange(min = 0.2, max = 4) double radiusCells) {
        CellScheme scheme = new CellScheme(cellM);
        double r = cellM * radiusCells;
        double d = fraction * r;
        long cell = scheme.cellOf(Geo.destinationLatDeg(lat, lon, bearing, d), Geo.destinationLonDeg(lat, lon, bearing, d));
        assertThat(scheme.beyond(cell, lat, lon, r)).isFalse();
    }

    /**
     * A rebuild-sized disc (1.7 cells) over Baltic latitudes: corner cells of the window are ruled beyond (about one in
     * eight), and no point sampled over such a cell, edges included, lies within the radius.
     */
    @Test
    void cornersOfTheWindowAreBeyondAndHoldNoPointWithin() {
        CellScheme scheme = new CellScheme(83_340);
        double r = 139_000;
        double rowDeg = 180.0 / Math.floor(180 * 110_574.0 / 83_340);
        CellScheme.Buffer buf = new CellScheme.Buffer();
        int windows = 0;
        int cells = 0;
        int beyond = 0;
        for (double lat = 50; lat < 65; lat += 0.7) {
            for (double lon = 0; lon < 30; lon += 1.3) {
                int n = scheme.cellsNear(lat, lon, r, buf);
                windows++;
                cells += n;
                for (int i = 0; i < n; i++) {
                    long id = buf.get(i);
                    if (!scheme.beyond(id, lat, lon, r)) {
                        continue;
                    }
                    beyond++;
                    double cLat = scheme.centerLatDeg(id);
                    double cLon = scheme.centerLonDeg(id);
                    for (int a = -5; a <= 5; a++) {
                        for (int b = -6; b <= 6; b++) {
                            double pLat = cLat + a / 10.0 * rowDeg;
                            double pLon = cLon + b / 10.0 * 83_340 / (111_320 * Math.cos(Math.toRadians(pLat)));
                            if (scheme.cellOf(pLat, pLon) == id) {
                                assertThat(Geo.distanceM(lat, lon, pLat, pLon)).isGreaterThan(r);
                            }
                        }
                    }
                }
            }
        }
        assertThat(beyond).isGreaterThan(windows).isGreaterThan(cells / 12);
    }

    @Property(tries = 300)
    void cellCentreLiesInItsCell(@ForAll @DoubleRange(min = -89.9, max = 89.9) double lat,
                                 @ForAll @DoubleRange(min = -180, max = 180) double lon) {
        CellScheme scheme = new CellScheme(83_000);
        long cell = scheme.cellOf(lat, lon);
        assertThat(scheme.cellOf(scheme.centerLatDeg(cell), scheme.centerLonDeg(cell))).isEqualTo(cell);
    }
}

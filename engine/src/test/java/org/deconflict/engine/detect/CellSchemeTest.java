package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.deconflict.engine.geo.Geo;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** The grid query finds the cell of every point within the radius, anywhere on earth (poles, antimeridian). */
class CellSchemeTest {

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

    @Property(tries = 300)
    void cellCentreLiesInItsCell(@ForAll @DoubleRange(min = -89.9, max = 89.9) double lat,
                                 @ForAll @DoubleRange(min = -180, max = 180) double lon) {
        CellScheme scheme = new CellScheme(83_000);
        long cell = scheme.cellOf(lat, lon);
        assertThat(scheme.cellOf(scheme.centerLatDeg(cell), scheme.centerLonDeg(cell))).isEqualTo(cell);
    }
}

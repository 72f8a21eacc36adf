package org.deconflict.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.track.TrackSnapshot;
import org.junit.jupiter.api.Test;

/**
 * The engine benchmark's feed: every target due in a second reports one velocity in it, a ship with its own position
 * report, an aircraft half a period away from its position, as separate ADS-B squitters arrive.
 */
class SyntheticTrafficTest {

    @Test
    void eachTargetReportsOneVelocityPerUpdateAndAircraftHalfAPeriodFromTheirPositions() {
        SyntheticTraffic traffic = new SyntheticTraffic(2_000, 7);
        for (int k = 0; k < 10; k++) {
            Map<Integer, Integer> velocities = new HashMap<>();
            int aircraft = 0;
            for (int j = 0, n = traffic.updatesIn(k); j < n; j++) {
                int due = traffic.due(k, j);
                int v = traffic.velocityOf(k, j);
                velocities.merge(v, 1, Integer::sum);
                assertThat(traffic.aircraft(v)).isEqualTo(traffic.aircraft(due));
                if (!traffic.aircraft(due)) {
                    assertThat(v).isEqualTo(due);
                    continue;
                }
                aircraft++;
                assertThat(v).isNotEqualTo(due);
                // received at the position time of `due`: about half a period from v's own position time
                double apartS = Math.abs(traffic.timeIn(k, due) - traffic.timeIn(k, v));
                assertThat(Math.min(apartS, 1 - apartS)).isBetween(0.4, 0.5);
            }
            assertThat(aircraft).isGreaterThan(300);
            for (int j = 0, n = traffic.updatesIn(k); j < n; j++) {
                assertThat(velocities.get(traffic.due(k, j))).as("velocities of target %d in second %d",
                        traffic.due(k, j), k).isEqualTo(1);
            }
        }
    }

    /**
     * A long run keeps its density: every target stays in the area (aircraft between the floor and the ceiling), and
     * between bounces it moves the way its reported track and vertical rate say. Without the bounces, a thousand
     * targets would have spread far outside their area within the rounds of one benchmark.
     */
    @Test
    void targetsStayInTheirAreaAndMoveAsTheyReport() {
        SyntheticTraffic traffic = new SyntheticTraffic(1_000, 11);
        double[] b = traffic.boundsDeg();
        int bounced = 0;
        for (int i = 0; i < traffic.size(); i++) {
            for (double tS = 0; tS < 20_000; tS += 97.5) {
                double lat = traffic.latAt(i, tS);
                double lon = traffic.lonAt(i, tS);
                assertThat(lat).isBetween(b[0], b[1]);
                assertThat(lon).isBetween(b[2], b[3]);
                TrackSnapshot s = traffic.snapshot(i, tS);
                assertThat(s.latDeg()).isEqualTo(lat);
                if (traffic.aircraft(i)) {
                    assertThat(traffic.altitudeAt(i, tS)).isBetween(SyntheticTraffic.FLOOR_FT,
                            SyntheticTraffic.CEILING_FT);
                }
                double track = traffic.trackDeg(i, tS);
                if (traffic.speedKt(i) == 0 || track != traffic.trackDeg(i, tS + 1)) {
                    bounced += traffic.speedKt(i) == 0 ? 0 : 1;
                    continue;                   // a bounce within the second: no straight line to compare
                }
                double northDeg = traffic.latAt(i, tS + 1) - lat;
                double eastDeg = traffic.lonAt(i, tS + 1) - lon;
                double kt = traffic.speedKt(i);
                // the northward move is the reported north component; the eastward one has the reported sign (its
                // size in metres follows the latitude's scale, which the traffic takes at the start latitude)
                assertThat(northDeg * 111_320 / Geo.MPS_PER_KT).isCloseTo(kt * Math.cos(Math.toRadians(track)),
                        Offset.offset(1e-6 * kt + 1e-9));
                double eastComponent = Math.sin(Math.toRadians(track));
                if (Math.abs(eastComponent) > 1e-6) {
                    assertThat(Math.signum(eastDeg)).isEqualTo(Math.signum(eastComponent));
                }
                if (traffic.aircraft(i) && traffic.verticalRateFpm(i, tS) == traffic.verticalRateFpm(i, tS + 1)) {
                    assertThat(traffic.altitudeAt(i, tS + 1) - traffic.altitudeAt(i, tS))
                            .isCloseTo(traffic.verticalRateFpm(i, tS) / 60, Offset.offset(1e-6));
                }
            }
        }
        assertThat(bounced).as("moves that cross a bounce").isGreaterThan(0);
    }
}

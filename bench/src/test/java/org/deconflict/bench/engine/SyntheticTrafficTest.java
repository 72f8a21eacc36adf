package org.deconflict.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

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
}

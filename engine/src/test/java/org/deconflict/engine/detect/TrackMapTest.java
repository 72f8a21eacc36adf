package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The detectors' track table behaves like a HashMap under any sequence of adds and removes (with growth). */
class TrackMapTest {

    @Property(tries = 300)
    void behavesLikeAHashMap(@ForAll @Size(max = 400) List<@LongRange(min = -40, max = 40) Long> ops) {
        TrackMap map = new TrackMap(4);
        Map<Long, Track> ref = new HashMap<>();
        int step = 0;
        for (long k : ops) {
            step++;
            if (step % 3 == 0) {
                assertThat(map.remove(k)).isSameAs(ref.remove(k));
            } else if (!ref.containsKey(k)) {
                Track t = new Track(k, true, step);
                map.add(t);
                ref.put(k, t);
            }
            assertThat(map.size()).isEqualTo(ref.size());
        }
        for (long k = -41; k <= 41; k++) {
            assertThat(map.get(k)).isSameAs(ref.get(k));
        }
    }
}

package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The primitive-keyed map behaves like a HashMap under any sequence of puts and removes. */
class LongObjectMapTest {

    @Property(tries = 300)
    void behavesLikeAHashMap(@ForAll @Size(max = 400) List<@LongRange(min = -40, max = 40) Long> ops) {
        LongObjectMap<String> map = new LongObjectMap<>(4);
        Map<Long, String> ref = new HashMap<>();
        int step = 0;
        for (long k : ops) {
            step++;
            if (step % 3 == 0) {
                assertThat(map.remove(k)).isEqualTo(ref.remove(k));
            } else {
                assertThat(map.put(k, "v" + step)).isEqualTo(ref.put(k, "v" + step));
            }
            assertThat(map.size()).isEqualTo(ref.size());
        }
        for (long k = -41; k <= 41; k++) {
            assertThat(map.get(k)).isEqualTo(ref.get(k));
        }
        assertThat(map.keys()).containsExactly(ref.keySet().stream().sorted().mapToLong(Long::longValue).toArray());
    }
}

package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The pair-keyed map behaves like a HashMap of pairs under any sequence of puts, removes and pruning. */
class LongPairMapTest {

    private record Pair(long first, long second) {
    }

    @Property(tries = 300)
    void behavesLikeAHashMap(@ForAll @Size(max = 400) List<@IntRange(min = 0, max = 80) Integer> ops) {
        LongPairMap<String> map = new LongPairMap<>(4);
        Map<Pair, String> ref = new HashMap<>();
        int step = 0;
        for (int op : ops) {
            step++;
            long first = op / 9 - 4;                 // few distinct values on each side: (a, b) and (b, a) both occur
            long second = op % 9 - 4;
            Pair p = new Pair(first, second);
            if (step % 3 == 0) {
                assertThat(map.remove(first, second)).isEqualTo(ref.remove(p));
            } else {
                assertThat(map.put(first, second, "v" + step)).isEqualTo(ref.put(p, "v" + step));
            }
            if (step % 50 == 0) {
                String cut = "v" + (step - 20);
                int removed = map.removeIf(v -> v.compareTo(cut) < 0);
                int before = ref.size();
                ref.values().removeIf(v -> v.compareTo(cut) < 0);
                assertThat(removed).isEqualTo(before - ref.size());
            }
            assertThat(map.size()).isEqualTo(ref.size());
        }
        for (long a = -5; a <= 5; a++) {
            for (long b = -5; b <= 5; b++) {
                assertThat(map.get(a, b)).isEqualTo(ref.get(new Pair(a, b)));
            }
        }
    }
}

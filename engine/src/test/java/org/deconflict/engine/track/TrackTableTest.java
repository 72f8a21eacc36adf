package org.deconflict.engine.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.deconflict.engine.ingest.TargetKey;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The tracker's table behaves like a HashMap from packed key to track under any sequence of adds and removes (growth
 * and backward-shift deletion included), keeps each slot's last-heard copy with its track, and its view holds
 * exactly the live tracks.
 */
class TrackTableTest {

    @Property(tries = 300)
    void behavesLikeAHashMap(@ForAll @Size(max = 400) List<@IntRange(min = 0, max = 60) Integer> ops) {
        TrackTable table = new TrackTable(4);
        Map<Long, TrackState> ref = new HashMap<>();
        Map<Long, Long> heard = new HashMap<>();
        int step = 0;
        for (int op : ops) {
            step++;
            TargetKey key = op % 2 == 0 ? TargetKey.icao(0x400000 + op, org.deconflict.engine.ingest.AddressType.ICAO)
                    : TargetKey.mmsi(219_000_000 + op);
            long k = key.value();
            if (step % 3 == 0) {
                table.remove(k);
                ref.remove(k);
                heard.remove(k);
            } else if (!ref.containsKey(k)) {
                TrackState s = new TrackState(key);
                s.lastSeenNanos = step;
                table.add(s);
                ref.put(k, s);
                heard.put(k, (long) step);
            } else {
                int slot = table.find(k);
                table.heard(slot, step);
                heard.put(k, (long) step);
            }
            assertThat(table.size()).isEqualTo(ref.size());
        }
        for (int op = 0; op <= 60; op++) {
            long k = (op % 2 == 0 ? TargetKey.icao(0x400000 + op, org.deconflict.engine.ingest.AddressType.ICAO)
                    : TargetKey.mmsi(219_000_000 + op)).value();
            assertThat(table.get(k)).isSameAs(ref.get(k));
            int slot = table.find(k);
            assertThat(slot >= 0).isEqualTo(ref.containsKey(k));
            if (slot >= 0) {
                assertThat(table.at(slot)).isSameAs(ref.get(k));
                assertThat(table.heardAt(slot)).isEqualTo(heard.get(k));
            }
        }
        assertThat(new HashSet<>(table.view())).isEqualTo(new HashSet<>(ref.values()));
    }
}

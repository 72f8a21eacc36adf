package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.deconflict.engine.event.Encounter;
import org.deconflict.engine.event.EncounterClosed;
import org.deconflict.engine.event.EncounterFlag;
import org.deconflict.engine.event.EncounterOpened;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.ingest.TargetKey;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * A target that goes silent or expires closes exactly the encounters it has open — every one, and no other — each
 * flagged as a lost track, in the order of (type, lower key, higher key); on the busy random scenes of
 * {@link NeighbourScanPropertyTest}, with silences of random targets (seen or not) added between updates.
 */
class LostTargetClosesItsEncountersTest {

    private static final Comparator<Encounter> BOOK_ORDER = Comparator.<Encounter>comparingInt(e -> e.type().ordinal())
            .thenComparingLong(e -> e.a().value()).thenComparingLong(e -> e.b().value());

    @Property(tries = 8)
    void closesExactlyItsOwnOpenEncounters(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        List<EngineEvent> events = new ArrayList<>();
        Detectors d = new Detectors(DetectionConfig.defaults(), events::add);
        Map<String, Encounter> open = new LinkedHashMap<>();
        List<TargetKey> seen = new ArrayList<>();
        Random rnd = new Random(seed + 1);
        int lostWithEncounters = 0;
        for (NeighbourScanPropertyTest.Step s : NeighbourScanPropertyTest.scene(new Random(seed))) {
            TargetKey lost = s.expired();
            if (lost == null && rnd.nextInt(200) == 0 && !seen.isEmpty()) {
                lost = rnd.nextInt(10) == 0 ? Scene.air(0x7fff00) : seen.get(rnd.nextInt(seen.size()));
            }
            if (lost != null) {
                TargetKey key = lost;
                List<Encounter> expected = open.values().stream()
                        .filter(e -> e.a().equals(key) || e.b().equals(key)).sorted(BOOK_ORDER).toList();
                int from = events.size();
                if (s.expired() != null) {
                    d.onExpired(key, s.timeNanos());
                } else {
                    d.onSilent(key, s.timeNanos(), s.timeNanos());
                }
                List<EngineEvent> emitted = events.subList(from, events.size());
                List<Encounter> closed = emitted.stream().filter(e -> e instanceof EncounterClosed)
                        .map(e -> ((EncounterClosed) e).encounter()).toList();
                assertThat(closed).extracting(Encounter::id).containsExactlyElementsOf(
                        expected.stream().map(Encounter::id).toList());
                assertThat(closed).allMatch(e -> e.flags().contains(EncounterFlag.TRACK_LOST));
                lostWithEncounters += expected.isEmpty() ? 0 : 1;
                track(emitted, open);
            }
            if (s.snapshot() != null) {
                int from = events.size();
                d.onUpdate(s.snapshot());
                track(events.subList(from, events.size()), open);
                if (!seen.contains(s.snapshot().key())) {
                    seen.add(s.snapshot().key());
                }
            }
            assertThat(d.state().openEncounterCount()).isEqualTo(open.size());
        }
        assertThat(lostWithEncounters).isPositive();
    }

    private static void track(List<EngineEvent> events, Map<String, Encounter> open) {
        for (EngineEvent e : events) {
            if (e instanceof EncounterOpened o) {
                open.put(o.encounter().id(), o.encounter());
            } else if (e instanceof EncounterClosed c) {
                open.remove(c.encounter().id());
            }
        }
    }
}

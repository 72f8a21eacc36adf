package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.deconflict.engine.event.EncounterClosed;
import org.deconflict.engine.event.EngineEvent;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The once-a-second sweep of stale encounters walks them only when one may be due: the time it keeps as the earliest
 * an open encounter can go stale stays at or below every open encounter's own, through openings, evaluations (also
 * slightly out of time order), closes and expiries, on the busy random scenes of {@link NeighbourScanPropertyTest}.
 * Otherwise a sweep would skip an encounter that was due, and close it late.
 */
class StaleSweepTest {

    @Property(tries = 8)
    void noOpenEncounterGoesStaleBeforeTheSweepLooks(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        List<EngineEvent> events = new ArrayList<>();
        DetectorState state = new DetectorState(DetectionConfig.defaults(), true);
        Detectors d = new Detectors(state, CoverageOracle.EVERYWHERE, ReceiverSites.NONE, events::add, null, 0);
        int skippable = 0;
        for (NeighbourScanPropertyTest.Step s : NeighbourScanPropertyTest.scene(new Random(seed))) {
            if (s.snapshot() != null) {
                d.onUpdate(s.snapshot());
            } else {
                d.onExpired(s.expired(), s.timeNanos());
            }
            assertThat(state.book.staleFloorHolds()).isTrue();
            skippable += state.book.openCount() > 0 && state.book.staleFloorNanos > s.timeNanos() ? 1 : 0;
        }
        assertThat(events).anyMatch(e -> e instanceof EncounterClosed);
        assertThat(skippable).as("steps at which a sweep would skip its walk").isPositive();
    }
}

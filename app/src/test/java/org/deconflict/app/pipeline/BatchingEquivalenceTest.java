package org.deconflict.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.app.input.ReplayClock;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackView;
import org.deconflict.sim.SimOptions;
import org.deconflict.sim.Simulation;
import org.junit.jupiter.api.Test;

/**
 * An unpaced run lets the engine apply observations in batches ({@link EngineCore#batching}); a paced one applies them
 * one by one. On the demo scenario (encounters, dark gaps, silences, expiries, Mode S only, AIS) both give exactly the
 * same track updates, events and expiries in the same order.
 */
class BatchingEquivalenceTest {

    @Test
    void batchedRunGivesTheCallsOfAOneByOneRun() throws Exception {
        Simulation sim = Simulation.load("demo", new SimOptions(42, false, 10));
        // paced at a speed no simulated second reaches, with a sleeper that never sleeps: one by one, as fast
        Calls oneByOne = run(sim, new ReplayClock(1e12, Long.MAX_VALUE, System::nanoTime, nanos -> { }));
        Calls batched = run(sim, new ReplayClock(0));

        assertThat(oneByOne.events).hasSizeGreaterThan(5);
        assertThat(oneByOne.count).isGreaterThan(10_000);
        assertThat(batched.events).isEqualTo(oneByOne.events);
        assertThat(batched.count).isEqualTo(oneByOne.count);
        for (int i = 0; i < oneByOne.count; i++) {
            if (batched.hashes[i] != oneByOne.hashes[i]) {
                assertThat(batched.hashes[i]).as("call %d of %d differs", i, oneByOne.count)
                        .isEqualTo(oneByOne.hashes[i]);
            }
        }
    }

    /** Every call the pipeline's listeners receive, in order: a hash of each (of every field), and events in full. */
    private static final class Calls implements PipelineListener {
        int[] hashes = new int[1 << 16];
        int count;
        final List<String> events = new ArrayList<>();

        @Override
        public void onTrack(TrackView track) {
            add(track.toSnapshot().hashCode());         // a record's hash: every field of the update
        }

        @Override
        public void onEvent(EngineEvent event) {
            events.add(event.toString());
            add(event.hashCode());
        }

        @Override
        public void onExpired(TargetKey key, long timeNanos) {
            add(31 * key.hashCode() + Long.hashCode(timeNanos));
        }

        private void add(int hash) {
            if (count == hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, count * 2);
            }
            hashes[count++] = hash;
        }
    }

    private static Calls run(Simulation sim, ReplayClock clock) throws Exception {
        Calls calls = new Calls();
        try (Pipeline p = Pipeline.builder(SimulationFeed.receivers(sim), SimulationFeed.receiverNames(sim)).build()) {
            p.core().addListener(calls);
            new SimulationFeed(sim, clock).run(p.core());
        }
        return calls;
    }
}

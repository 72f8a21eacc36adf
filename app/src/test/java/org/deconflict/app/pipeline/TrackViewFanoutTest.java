package org.deconflict.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.deconflict.app.input.ReplayClock;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TrackState;
import org.deconflict.engine.track.TrackView;
import org.deconflict.sim.SimOptions;
import org.deconflict.sim.Simulation;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Sinks read each track update through the tracker's reused view instead of a snapshot made per update: over 20 s of
 * the baltic-day peak (aircraft and ships, positions and identities), every view a sink sees holds exactly the
 * snapshot the tracker builds of the same state ({@link TrackState#snapshot}), which is what sinks were handed before.
 */
class TrackViewFanoutTest {

    @Test
    void everyUpdateASinkReadsEqualsTheTrackersSnapshotOfIt() throws Exception {
        Scenario day = ScenarioLoader.load("baltic-day");
        Scenario peak = new Scenario(day.name(), day.description(), "2016-04-12T07:00:00Z", 20, day.seed(),
                day.area(), day.receivers(), day.radars(), day.aircraft(), day.ships(), day.traffic(),
                day.incidents(), null);
        Simulation sim = new Simulation(peak, SimOptions.of(1));
        EngineCore core = EngineCore.withDefaults(SimulationFeed.receivers(sim), SimulationFeed.receiverNames(sim));
        long adsbFreshNanos = core.tracker().config().aircraftSilenceNanos();
        List<String> differing = new ArrayList<>();
        Set<TargetKey.Kind> kinds = EnumSet.noneOf(TargetKey.Kind.class);
        long[] updates = new long[3];   // all, with a position, with a call sign or ship name
        core.addListener(new PipelineListener() {
            @Override
            public void onTrack(TrackView view) {
                TrackSnapshot seen = view.toSnapshot();
                TrackSnapshot made = core.tracker().get(view.key())
                        .snapshot(view.timeNanos(), view.receiverId(), adsbFreshNanos);
                if (!seen.equals(made) && differing.size() < 5) {
                    differing.add(seen + " != " + made);
                }
                kinds.add(view.key().kind());
                updates[0]++;
                updates[1] += view.hasPosition() ? 1 : 0;
                updates[2] += view.callsignOrName() != null ? 1 : 0;
            }
        });
        new SimulationFeed(sim, new ReplayClock(0)).run(core);
        core.finish();

        assertThat(updates[0]).isGreaterThan(50_000);
        assertThat(updates[1]).isGreaterThan(10_000);
        assertThat(updates[2]).isGreaterThan(10_000);
        assertThat(kinds).contains(TargetKey.Kind.AIRCRAFT, TargetKey.Kind.SHIP);
        assertThat(differing).isEmpty();
    }
}

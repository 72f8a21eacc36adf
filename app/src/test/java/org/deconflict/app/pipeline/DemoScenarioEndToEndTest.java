package org.deconflict.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.deconflict.app.input.ReplayClock;
import org.deconflict.sim.SimOptions;
import org.deconflict.sim.Simulation;
import org.deconflict.sim.truth.TruthIncident;
import org.junit.jupiter.api.Test;

/**
 * The README's main job, end to end: the built-in {@code demo} scenario's bytes through decoders, tracker and
 * detectors. Every truth incident the sensors can observe (the simulator's {@code observability}) must be found, and
 * no incident may be filed between targets that share no truth incident (background separation is kept legal).
 * With every transponder on, every designed encounter becomes observable and must be found too.
 */
class DemoScenarioEndToEndTest {

    private static final long SEED = 42;

    /** A finding as the truth can state it: kind and participants ({@link TruthScorecard}'s matching rule). */
    private record Found(String kind, Set<String> participants) {
        @Override
        public String toString() {
            return kind + " " + new TreeSet<>(participants);
        }
    }

    @Test
    void demoAsScriptedFindsEveryObservableTruthIncidentAndNothingElse() throws Exception {
        Simulation sim = Simulation.load("demo", new SimOptions(SEED, false, 10));
        List<TruthIncident> truth = sim.truthIncidents();
        List<TruthIncident> observable = truth.stream().filter(TruthIncident::observable).toList();
        assertThat(observable).as("the demo designs observable incidents: %s", describe(truth))
                .extracting(t -> t.kind().name())
                .contains("DARK_GAP", "MODE_S_ONLY");

        Set<Found> found = run(sim);
        assertThat(missed(observable, found))
                .as("observable truth incidents not found; found: %s; truth: %s", found, describe(truth))
                .isEmpty();
        assertThat(extra(truth, found))
                .as("incidents filed between targets the scenario keeps apart; truth: %s", describe(truth))
                .isEmpty();
    }

    @Test
    void demoWithAllTranspondersOnFindsEveryDesignedEncounter() throws Exception {
        Simulation sim = Simulation.load("demo", new SimOptions(SEED, true, 10));
        List<TruthIncident> pairwise = sim.truthIncidents().stream().filter(t -> t.kind().pairwise()).toList();
        assertThat(pairwise).as("designed encounters").hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(t -> assertThat(t.observable()).as("%s observable with all transponders on", t).isTrue());

        Set<Found> found = run(sim);
        assertThat(missed(pairwise, found))
                .as("encounters not found with every transponder on; found: %s", found)
                .isEmpty();
        assertThat(extra(pairwise, found)).as("incidents between targets the scenario keeps apart").isEmpty();
    }

    /** Runs the scenario through the pipeline as fast as it goes; kind and participants of every finding. */
    private static Set<Found> run(Simulation sim) throws Exception {
        TruthScorecard scorecard = new TruthScorecard();
        try (Pipeline p = Pipeline.builder(SimulationFeed.receivers(sim), SimulationFeed.receiverNames(sim)).build()) {
            p.core().addListener(scorecard);
            new SimulationFeed(sim, new ReplayClock(0)).run(p.core());
        }
        return scorecard.findings().stream().map(f -> new Found(f.kind(), f.participants()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Truth incidents whose kind and participants were not found. */
    private static List<String> missed(List<TruthIncident> expected, Set<Found> found) {
        List<String> missed = new ArrayList<>();
        for (TruthIncident t : expected) {
            if (!found.contains(new Found(t.kind().name(), Set.copyOf(t.participants())))) {
                missed.add(t.kind() + " " + t.participants() + " (" + t.note() + ")");
            }
        }
        return missed;
    }

    /** Engine incidents (not per-target findings) whose participants form no truth incident's set. */
    private static Set<String> extra(List<TruthIncident> truth, Set<Found> found) {
        Set<Set<String>> groups = truth.stream().map(t -> Set.copyOf(t.participants())).collect(Collectors.toSet());
        Set<String> extra = new TreeSet<>();
        for (Found f : found) {
            boolean perTarget = f.kind().equals("DARK_GAP") || f.kind().equals("MODE_S_ONLY");
            if (!perTarget && !groups.contains(f.participants())) {
                extra.add(f.toString());
            }
        }
        return extra;
    }

    private static String describe(List<TruthIncident> truth) {
        return truth.stream().map(t -> t.kind() + " " + t.participants() + " " + t.observability())
                .collect(Collectors.joining("; ", "[", "]"));
    }
}

package org.deconflict.app.pipeline.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.deconflict.app.input.ReplayClock;
import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.app.pipeline.PipelineListener;
import org.deconflict.app.pipeline.SimulationFeed;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.track.TrackState;
import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.sim.SimOptions;
import org.deconflict.sim.Simulation;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.TrafficSpec;

/**
 * One monitoring node in a test: its own receivers (a subset of the scenario's), its own engine, and a
 * {@link LedgerSink} filing into its own ledger with its own key. Records the engine incidents it raised and the
 * receipts the sink reported.
 */
final class Node {

    /** The demo scenario's designed encounters and receivers without background traffic (seed 42). */
    static Scenario demoEncountersOnly() {
        Scenario s = Simulation.load("demo", SimOptions.of(42)).scenario();
        return new Scenario(s.name(), s.description(), s.start(), s.durationS(), s.seed(), s.area(),
                s.receivers(), List.of(), s.aircraft(), s.ships(), TrafficSpec.NONE, s.incidents(), List.of());
    }

    /** Every aircraft's transponder on, so each node's receivers hear the encounters. */
    static SimOptions allOn(Scenario s) {
        return new SimOptions(s.defaultSeed(), true, 10);
    }


    final String name;
    final NoteKeys.Signer key;
    final Ledger ledger;
    final List<Incident> raised = new ArrayList<>();
    final List<LedgerSink.Receipt> receipts = Collections.synchronizedList(new ArrayList<>());
    final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    Node(String name, NoteKeys.Signer key, Ledger ledger) {
        this.name = name;
        this.key = key;
        this.ledger = ledger;
    }

    /**
     * Runs {@code scenario} as heard by the receivers in {@code receiverIds} only (the simulator models each receiver's
     * reception on its own), through an engine with default thresholds, filing into this node's ledger.
     */
    LedgerSink run(Scenario scenario, SimOptions options, Set<Integer> receiverIds) throws InterruptedException, java.io.IOException {
        return run(scenario, options, receiverIds, sink -> {
        }, sink -> {
        });
    }

    /** {@link #run(Scenario, SimOptions, Set)}, calling {@code started} before the feed and {@code finished} before the sink closes. */
    LedgerSink run(Scenario scenario, SimOptions options, Set<Integer> receiverIds, SinkStep started, SinkStep finished)
            throws InterruptedException, java.io.IOException {
        Scenario mine = new Scenario(scenario.name(), scenario.description(), scenario.start(), scenario.durationS(),
                scenario.seed(), scenario.area(),
                scenario.receivers().stream().filter(r -> receiverIds.contains(r.id())).toList(),
                scenario.radars(), scenario.aircraft(), scenario.ships(), scenario.traffic(), scenario.incidents(), List.of());
        Simulation sim = new Simulation(mine, options);
        EngineCore core = EngineCore.withDefaults(SimulationFeed.receivers(sim), SimulationFeed.receiverNames(sim));
        LedgerSink sink = new LedgerSink(ledger, key, core.detectors().state().config(), k -> {
            TrackState s = core.tracker().get(k);
            return s == null ? null : s.trail();
        }, LedgerSink.Config.defaults().withWarn(warnings::add).withOnFiled(receipts::add));
        core.addListener(sink);
        core.addListener(new PipelineListener() {
            @Override
            public void onEvent(EngineEvent e) {
                if (e instanceof Incident i) {
                    raised.add(i);
                }
            }
        });
        started.accept(sink);
        new SimulationFeed(sim, new ReplayClock(0)).run(core);
        core.finish();
        finished.accept(sink);
        sink.close();
        return sink;
    }

    /** Something a test does with the node's sink during a run. */
    @FunctionalInterface
    interface SinkStep {
        void accept(LedgerSink sink) throws java.io.IOException, InterruptedException;
    }
}

package org.deconflict.sim;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.deconflict.sim.emit.Generator;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ScenarioLoader;
import org.deconflict.sim.truth.TruthIncident;
import org.deconflict.sim.truth.TruthSink;
import org.deconflict.sim.world.World;

/**
 * A scenario ready to run: yields the frames every receiver hears, in time order, either pushed into an
 * {@link EmissionSink} (no allocation per frame) or pulled as {@link Emission}s. Each run rebuilds the world from
 * the seed, so runs are repeatable bit for bit.
 *
 * <pre>{@code
 * Simulation sim = Simulation.load("demo", SimOptions.of(1));
 * sim.stream().forEach(e -> pipeline.accept(e.receiverId(), e.timeNanos(), e.protocol(), e.bytes()));
 * List<TruthIncident> truth = sim.truthIncidents();
 * }</pre>
 */
public final class Simulation implements Iterable<Emission> {

    private final Scenario scenario;
    private final SimOptions options;

    public Simulation(Scenario scenario, SimOptions options) {
        this.scenario = scenario;
        this.options = options;
    }

    /** A built-in scenario by name ({@link ScenarioLoader#BUILT_IN}) or a YAML file path. */
    public static Simulation load(String nameOrPath, SimOptions options) {
        return new Simulation(ScenarioLoader.load(nameOrPath), options);
    }

    public Scenario scenario() {
        return scenario;
    }

    public SimOptions options() {
        return options;
    }

    /** Builds the targets of one run (scripted and generated); a fresh, unstarted world each call. */
    public World newWorld() {
        return World.build(scenario, options.seed(), options.allTranspondersOn());
    }

    /**
     * Runs the whole scenario, pushing every reception into {@code sink} and the truth (positions every truth
     * period, then the incidents) into {@code truth} (may be null). Returns the number of frames delivered.
     */
    public long run(EmissionSink sink, TruthSink truth) {
        Generator g = new Generator(scenario, newWorld(), options.seed(), true, options.truthPeriodS(), truth);
        g.run(sink);
        return g.framesOut();
    }

    /**
     * The designed incidents that occur in this run (kind, participants, true window and minimum separations),
     * measured on the true trajectories without generating frames.
     */
    public List<TruthIncident> truthIncidents() {
        Generator g = new Generator(scenario, newWorld(), options.seed(), false, options.truthPeriodS(), null);
        g.run((r, t, p, b, o, l, s) -> {
        });
        return g.incidents();
    }

    /** Runs motion only and hands true positions (every truth period) and incidents to {@code truth}. */
    public void runTruth(TruthSink truth) {
        new Generator(scenario, newWorld(), options.seed(), false, options.truthPeriodS(), truth).run((r, t, p, b, o, l, s) -> {
        });
    }

    /** Pulls emissions lazily, in time order (each {@link Emission} owns a copy of its bytes). */
    @Override
    public Iterator<Emission> iterator() {
        Generator g = new Generator(scenario, newWorld(), options.seed(), true, options.truthPeriodS(), null);
        return new Iterator<>() {
            private final ArrayDeque<Emission> ready = new ArrayDeque<>();
            private final EmissionSink collect = (r, t, p, b, o, l, s) ->
                    ready.add(new Emission(r, t, p, java.util.Arrays.copyOfRange(b, o, o + l), s));
            private boolean more = true;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && more) {
                    more = g.next(collect);
                }
                return !ready.isEmpty();
            }

            @Override
            public Emission next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    /** The emissions as a sequential stream. */
    public Stream<Emission> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}

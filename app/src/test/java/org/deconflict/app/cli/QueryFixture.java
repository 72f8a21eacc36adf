package org.deconflict.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.deconflict.app.input.ReplayClock;
import org.deconflict.app.pipeline.Pipeline;
import org.deconflict.app.pipeline.SimulationFeed;
import org.deconflict.app.pipeline.feed.FeedFixtures;
import org.deconflict.sim.Simulation;

/** A store filled by a short in-process run of the crossing scenario, and a way to run a command and capture it. */
final class QueryFixture {

    /** An hour of silence after the scenario, longer than any track is kept. */
    private static final long SILENCE_AFTER_NANOS = 3_600_000_000_000L;

    private QueryFixture() {
    }

    static void fill(Path db) throws InterruptedException {
        Simulation sim = FeedFixtures.scenario("crossing");
        try (Pipeline p = Pipeline.builder(SimulationFeed.receivers(sim), SimulationFeed.receiverNames(sim))
                .store(db.toString()).build()) {
            SimulationFeed feed = new SimulationFeed(sim, new ReplayClock(0));
            feed.run(p.core());
            p.core().advanceTo(feed.lastTimeNanos() + SILENCE_AFTER_NANOS); // tracks expire: their flights are stored

        }
    }

    record Output(int rc, String out, String err) {
    }

    static Output run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int rc = Main.commandLine().execute(args);
            return new Output(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}

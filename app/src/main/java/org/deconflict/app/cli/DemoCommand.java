package org.deconflict.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.deconflict.app.http.LedgerAccess;
import org.deconflict.app.http.WebConfig;
import org.deconflict.app.http.WebServer;
import org.deconflict.app.input.ReplayClock;
import org.deconflict.app.input.Sources;
import org.deconflict.app.pipeline.Pipeline;
import org.deconflict.app.pipeline.SimulationFeed;
import org.deconflict.app.pipeline.TruthScorecard;
import org.deconflict.app.pipeline.ledger.LedgerSink;
import org.deconflict.app.store.Store;
import org.deconflict.sim.SimOptions;
import org.deconflict.sim.Simulation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code deconflict demo}: runs a built-in scenario (the documented Baltic incidents amid background traffic) through
 * the whole pipeline — simulator bytes, decoders, tracker, detectors, store — printing incidents as they are found.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the built-in Baltic scenario through the whole pipeline and print incidents as they are found.",
            "",
            "Examples:",
            "  deconflict demo                 # about a minute, stores into ./data/deconflict.db",
            "  deconflict demo --speed max     # as fast as the machine goes",
            "  deconflict demo --transponders all-on   # what if every aircraft had its transponder on?"})
public final class DemoCommand implements Callable<Integer> {

    /** The demo should take about a minute on a laptop: the default pace compresses the scenario to this. */
    private static final double DEFAULT_WALL_SECONDS = 60;

    @Option(names = "--scenario", description = "built-in scenario name or YAML file (default: ${DEFAULT-VALUE})")
    String scenario = "demo";

    @Option(names = "--speed", description = "pace: N × real time, or max (default: the scenario in about a minute)")
    String speed;

    @Option(names = "--seed", description = "random seed (default: the scenario's own)")
    Long seed;

    @Option(names = "--transponders", description = "as-scripted (default) or all-on (every aircraft squits ADS-B)")
    String transponders = "as-scripted";

    @Option(names = "--db", description = "store location: a SQLite file or postgresql://... (default: ${DEFAULT-VALUE})")
    String db = Store.DEFAULT_LOCATION;

    @Option(names = "--no-store", description = "do not store anything")
    boolean noStore;

    @Option(names = "--events", description = "also write every event as JSON lines to this file")
    Path events;

    @Option(names = "--ledger", description = "ledger directory of this node (default: ${DEFAULT-VALUE})")
    Path ledgerDir = LedgerSink.DEFAULT_DIR;

    @Option(names = "--no-ledger", description = "do not file incidents into the ledger")
    boolean noLedger;

    @Option(names = "--node", description = "this node's name in the ledger (default: ${DEFAULT-VALUE})")
    String node = "deconflict-node";

    @Option(names = "--nation", description = "ISO 3166 code of the party running this node (optional)")
    String nation;

    @Option(names = "--once", description = "exit at the end of the scenario (otherwise the map keeps serving until Ctrl-C)")
    boolean once;

    @Option(names = "--no-web", description = "never start the web server")
    boolean noWeb;

    @Option(names = "--port", description = "web map and API port (default: ${DEFAULT-VALUE})")
    int port = WebConfig.DEFAULT_PORT;

    @Override
    public Integer call() {
        boolean allOn;
        switch (transponders.toLowerCase(Locale.ROOT)) {
            case "all-on" -> allOn = true;
            case "as-scripted", "scripted" -> allOn = false;
            default -> {
                System.err.println("demo: --transponders must be as-scripted or all-on, not '" + transponders + "'");
                return 2;
            }
        }
        Simulation sim;
        try {
            Simulation probe = Simulation.load(scenario, SimOptions.of(0));
            long s = seed != null ? seed : probe.scenario().seed();
            sim = new Simulation(probe.scenario(), new SimOptions(s, allOn, 10));
        } catch (RuntimeException e) {
            System.err.println("demo: cannot load scenario '" + scenario + "': " + e.getMessage());
            return 2;
        }
        double pace;
        try {
            pace = speed == null ? sim.scenario().durationS() / DEFAULT_WALL_SECONDS : ReplayClock.parseSpeed(speed);
        } catch (Sources.InputException e) {
            System.err.println("demo: " + e.getMessage());
            return 2;
        }
        System.err.printf(Locale.ROOT, "demo: scenario %s (%s), %.0f min of traffic at %s%n", sim.scenario().name(),
                sim.scenario().description(), sim.scenario().durationS() / 60.0,
                pace == 0 ? "full speed" : String.format(Locale.ROOT, "%.0f× real time", pace));
        SimulationFeed feed = new SimulationFeed(sim, new ReplayClock(pace));
        Pipeline pipeline;
        try {
            pipeline = Pipeline.builder(SimulationFeed.receivers(sim), SimulationFeed.receiverNames(sim))
                    .console(System.out)
                    .store(noStore ? null : db)
                    .events(events)
                    .ledger(noLedger ? null : ledgerDir, node, nation)
                    .build();
        } catch (RuntimeException e) {
            System.err.println("demo: " + e.getMessage());
            return 1;
        }
        TruthScorecard scorecard = new TruthScorecard();
        pipeline.core().addListener(scorecard);
        Thread main = Thread.currentThread();
        CountDownLatch interrupted = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            feed.stop();
            interrupted.countDown();
            try {
                main.join(30_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (pipeline) {
            WebServer web = startWeb(pipeline);
            try {
                feed.run(pipeline.core());
                if (web != null && !once && interrupted.getCount() > 0) {
                    System.err.println("demo: scenario finished; the map stays at " + web.url() + " — Ctrl-C to exit");
                    interrupted.await();
                }
            } finally {
                if (web != null) {
                    web.close();
                }
            }
        } catch (InterruptedException e) {
            System.err.println("demo: interrupted");
        } catch (RuntimeException e) {
            System.err.println("demo: " + e.getMessage());
            return 1;
        }
        pipeline.printSummary(System.err);
        scorecard.print(sim.truthIncidents(), System.err);
        if (!allOn) {
            System.err.println("  (aircraft with their transponders off send nothing: try --transponders all-on)");
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is running and waits for us
        }
        return 0;
    }

    /** The web map and API, unless --no-web; the ledger endpoints share the pipeline's ledger. */
    private WebServer startWeb(Pipeline pipeline) {
        if (noWeb) {
            return null;
        }
        LedgerAccess ledger = pipeline.ledgerSink() == null ? null : new LedgerAccess(pipeline.ledgerSink().ledger());
        WebServer web = WebServer.start(WebConfig.onPort(port), pipeline, ledger);
        System.err.println("demo: map and API at " + web.url());
        return web;
    }
}

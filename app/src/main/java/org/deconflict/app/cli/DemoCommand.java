package org.deconflict.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.deconflict.app.config.ConfigException;
import org.deconflict.app.config.ConfigLoader;
import org.deconflict.app.config.DeconflictConfig;
import org.deconflict.app.config.WebSettings;
import org.deconflict.app.http.WebConfig;
import org.deconflict.app.http.WebServer;
import org.deconflict.app.input.ReplayClock;
import org.deconflict.app.input.Sources;
import org.deconflict.app.pipeline.Pipeline;
import org.deconflict.app.pipeline.SimulationFeed;
import org.deconflict.app.pipeline.TruthScorecard;
import org.deconflict.sim.SimOptions;
import org.deconflict.sim.Simulation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ConfigOptions configOptions;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    LedgerOptions ledgerOptions;

    @Option(names = "--once", description = "exit at the end of the scenario (otherwise the map keeps serving until Ctrl-C)")
    boolean once;

    @Mixin
    WebOptions webOptions;

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
        DeconflictConfig config;
        try {
            ConfigLoader.Loaded loaded = configOptions.load();
            if (loaded.file() != null) {
                System.err.println("demo: configuration from " + loaded.file() + " (receivers and inputs come from "
                        + "the scenario)");
            }
            config = loaded.config();
            config = config.withStore(storeOptions.apply(config.store()))
                    .withWeb(webOptions.apply(config.web()))
                    .withLedger(ledgerOptions.apply(config.ledger()));
        } catch (ConfigException e) {
            System.err.println("demo: " + e.getMessage());
            return 2;
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
            pipeline = LedgerOptions.fileInto(Pipeline.builder(SimulationFeed.receivers(sim),
                            SimulationFeed.receiverNames(sim))
                    .detection(config.detection())
                    .tracker(config.tracker())
                    .console(System.out)
                    .store(config.store().enabled() ? config.store().location() : null)
                    .storeWriter(config.store().writerConfig())
                    .events(storeOptions.events), config.ledger())
                    .build();
        } catch (RuntimeException e) {
            System.err.println("demo: " + e.getMessage());
            return 1;
        }
        try {
            ledgerOptions.attachRemote(pipeline);
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
            WebServer web = startWeb(pipeline, config.web());
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

    /** The web map and API, unless disabled; the ledger endpoints share the pipeline's ledger. */
    private static WebServer startWeb(Pipeline pipeline, WebSettings settings) {
        if (!settings.enabled()) {
            return null;
        }
        WebServer web = WebServer.start(WebConfig.onPort(settings.port()), pipeline, LedgerOptions.webAccess(pipeline));
        System.err.println("demo: map and API at " + web.url());
        return web;
    }
}

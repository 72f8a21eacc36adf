package org.deconflict.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.deconflict.app.config.ConfigException;
import org.deconflict.app.config.DeconflictConfig;
import org.deconflict.app.config.WebSettings;
import org.deconflict.app.http.WebConfig;
import org.deconflict.app.http.WebServer;
import org.deconflict.app.input.InputConfig;
import org.deconflict.app.input.InputSpec;
import org.deconflict.app.input.InputSpecs;
import org.deconflict.app.input.InputStats;
import org.deconflict.app.input.Sources;
import org.deconflict.app.pipeline.Pipeline;
import org.deconflict.app.pipeline.feed.LiveRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code deconflict run}: live monitoring. Inputs decode on their own threads, one engine thread tracks and detects,
 * a bounded queue sits between them; Ctrl-C stops the inputs, drains the queue and commits everything to the store.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Monitor live feeds: decode, track, detect and store until stopped (Ctrl-C flushes everything).",
            "",
            "Receiver ids are given to inputs in this order, starting at 1: every --beast, then --avr, then --sbs,",
            "then --ais, then --beast-listen (each feeder connection of a listening input gets the next free id).",
            "Event time of a live frame is its arrival time, unless --start names when the 12 MHz counters read zero;",
            "an SBS record's is its generated date and time read as UTC (readsb), else (none, or more than 5 minutes",
            "from its arrival, e.g. dump1090 writing local time) its arrival time.",
            "Without input flags, the inputs listed in the configuration file are read (--config, ./deconflict.yaml).",
            "",
            "Examples:",
            "  deconflict run --beast localhost:30005 --receiver 1:55.61,12.99,30",
            "  deconflict run --beast radar1 --ais udp://:10110 --events events.jsonl --status-every 10"})
public final class RunCommand implements Callable<Integer> {

    /**
     * How long a TCP receiver may take to accept the first connection before the run gives up (sooner once every
     * missing one has failed twice, e.g. refused).
     */
    static final Duration FIRST_CONNECT_WAIT = Duration.ofSeconds(10);

    @Option(names = "--beast", paramLabel = "HOST[:PORT]", description = "Beast TCP feed to connect to (default port 30005)")
    List<String> beast = new ArrayList<>();

    @Option(names = "--avr", paramLabel = "HOST[:PORT]", description = "AVR TCP feed to connect to (default port 30002)")
    List<String> avr = new ArrayList<>();

    @Option(names = "--sbs", paramLabel = "HOST[:PORT]",
            description = "SBS/BaseStation TCP feed to connect to (default port 30003)")
    List<String> sbs = new ArrayList<>();

    @Option(names = "--ais", paramLabel = "udp://[HOST]:PORT|tcp://HOST:PORT", description = "AIS NMEA feed")
    List<String> ais = new ArrayList<>();

    @Option(names = "--beast-listen", paramLabel = "[HOST]:PORT", description = "accept Beast feeders on this port")
    List<String> beastListen = new ArrayList<>();

    @Mixin
    PipelineOptions options;

    @Option(names = "--queue", paramLabel = "ITEMS", description = "frames queued for the engine before the oldest are shed (default: ${DEFAULT-VALUE})")
    int queueCapacity = 200_000;

    @Option(names = "--stop-after", paramLabel = "SECONDS", description = "stop by itself after this many seconds")
    Double stopAfterS;

    @Option(names = "--status-every", paramLabel = "SECONDS",
            description = "print a status line (items, shed, incidents, rejects per input) this often; 0: never "
                    + "(default: ${DEFAULT-VALUE})")
    double statusEveryS = 60;

    @Mixin
    LedgerOptions ledgerOptions;

    @Mixin
    WebOptions webOptions;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        DeconflictConfig config;
        List<InputSpec> specs = new ArrayList<>();
        Long tickZeroNanos;
        WebSettings webSettings;
        try {
            config = options.resolve("run", err);
            config = config.withLedger(ledgerOptions.apply(config.ledger()));
            beast.forEach(v -> specs.add(InputSpecs.parse("beast", v)));
            avr.forEach(v -> specs.add(InputSpecs.parse("avr", v)));
            sbs.forEach(v -> specs.add(InputSpecs.parse("sbs", v)));
            ais.forEach(v -> specs.add(InputSpecs.parse("ais", v)));
            beastListen.forEach(v -> specs.add(InputSpecs.parse("beast-listen", v)));
            if (specs.isEmpty()) {
                config.inputs().forEach(i -> specs.add(i.spec()));
            }
            tickZeroNanos = options.startNanos();
            webSettings = webOptions.apply(config.web());
        } catch (ConfigException | Sources.InputException e) {
            err.println("run: " + e.getMessage());
            return 2;
        }
        if (specs.isEmpty()) {
            err.println("run: no input; give e.g. --beast localhost:30005 or --ais udp://:10110, or list them under "
                    + "inputs in the configuration file (see --help)");
            return 2;
        }
        if (!(statusEveryS >= 0)) {
            err.println("run: --status-every must be 0 or more seconds");
            return 2;
        }
        if (queueCapacity < 1) {
            err.println("run: --queue must be at least 1");
            return 2;
        }
        Pipeline pipeline;
        try {
            pipeline = LedgerOptions.fileInto(options.pipeline(config, true), config.ledger()).build();
            ledgerOptions.attachRemote(pipeline);
        } catch (RuntimeException e) {
            err.println("run: " + e.getMessage());
            return 1;
        }
        LiveRunner runner;
        try {
            runner = new LiveRunner(pipeline.core(), specs, InputConfig.defaults(), queueCapacity, tickZeroNanos, err);
        } catch (Sources.InputException e) {
            err.println("run: " + e.getMessage());
            pipeline.close();
            return 2;
        }
        String unreachable = awaitFirstConnections(runner, specs);
        if (unreachable != null) {
            runner.close();
            pipeline.close();
            err.println("run: " + unreachable);
            return 1;
        }
        err.println("run: " + specs.size() + " input(s) started" + (pipeline.store() == null ? "" : ", storing into "
                + pipeline.store().describe()) + "; Ctrl-C to stop");
        WebServer web = null;
        if (webSettings.enabled()) {
            try {
                web = WebServer.start(WebConfig.onPort(webSettings.port()), pipeline, LedgerOptions.webAccess(pipeline));
                err.println("run: map and API at " + web.url());
            } catch (RuntimeException e) {
                err.println("run: cannot serve the map on port " + webSettings.port() + ": " + e.getMessage()
                        + " (--port, --no-web)");
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            stopped.countDown();
            try {
                main.join(30_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "run-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            waitForStop(runner, pipeline, stopped, err);
        } catch (InterruptedException e) {
            err.println("run: interrupted; stopping"); // a stop request like Ctrl-C: the flush below must not be cut short
        }
        runner.close();
        if (web != null) {
            web.close();
        }
        int rc = 0;
        try {
            pipeline.close();
        } catch (RuntimeException e) {
            err.println("run: could not flush everything: " + e.getMessage());
            rc = 1;
        }
        pipeline.printSummary(err);
        err.println("  " + runner.describeQueue());
        for (InputStats s : runner.inputStats()) {
            err.printf(Locale.ROOT, "  input %-30s %,d bytes, %,d connects, %,d rejected, %,d errors%s%n",
                    s.id().name(), s.bytes(), s.connects(), s.rejected(), s.errorTotal(),
                    s.lastError() == null ? "" : " (last: " + s.lastError() + ")");
        }
        if (runner.engineFailure() != null) {
            err.println("run: the engine stopped: " + runner.engineFailure());
            rc = 1;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is running and waits for us
        }
        return rc;
    }

    private void waitForStop(LiveRunner runner, Pipeline pipeline, CountDownLatch stopped, PrintStream err)
            throws InterruptedException {
        long deadline = stopAfterS == null ? Long.MAX_VALUE : System.nanoTime() + (long) (stopAfterS * 1e9);
        long statusNanos = (long) (statusEveryS * 1e9);
        long nextStatus = System.nanoTime() + statusNanos;
        long lastDelivered = 0;
        while (runner.engineFailure() == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || stopped.await(Math.min(left, 500_000_000L), TimeUnit.NANOSECONDS)) {
                return;
            }
            if (statusNanos > 0 && System.nanoTime() >= nextStatus) {
                lastDelivered = printStatus(runner, pipeline, lastDelivered, statusEveryS, err);
                nextStatus += statusNanos;
            }
        }
    }

    /**
     * One status line: items handed to the engine (and their rate over the last interval), items shed, incidents
     * so far, and each input's rejected frames or lines. Returns the items delivered so far.
     */
    static long printStatus(LiveRunner runner, Pipeline pipeline, long deliveredBefore, double intervalS,
                            PrintStream err) {
        long delivered = runner.delivered();
        int incidents = pipeline.incidents().values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder rejects = new StringBuilder();
        for (InputStats s : runner.inputStats()) {
            rejects.append(rejects.length() == 0 ? "" : ", ").append(s.id().name()).append(' ')
                    .append(String.format(Locale.ROOT, "%,d", s.rejected()));
        }
        err.printf(Locale.ROOT, "run: status: %,d items to the engine (%,.0f/s), %,d shed, %,d incidents; rejected: %s%n",
                delivered, (delivered - deliveredBefore) / intervalS, runner.queueStats().shed(), incidents, rejects);
        return delivered;
    }

    /** Null when every TCP client connected at least once within the wait; else one line naming those that did not. */
    private static String awaitFirstConnections(LiveRunner runner, List<InputSpec> specs) {
        long deadline = System.nanoTime() + FIRST_CONNECT_WAIT.toNanos();
        while (true) {
            List<String> missing = new ArrayList<>();
            boolean failedTwice = true;
            List<InputStats> stats = runner.inputStats();
            for (int i = 0; i < stats.size(); i++) {
                InputStats s = stats.get(i);
                if (specs.get(i) instanceof InputSpec.TcpClient && s.connects() == 0) {
                    missing.add(s.id().name() + (s.lastError() == null ? "" : " (" + s.lastError() + ")"));
                    failedTwice &= s.errorTotal() >= 2;
                }
            }
            if (missing.isEmpty()) {
                return null;
            }
            if (failedTwice || System.nanoTime() > deadline) {
                return "cannot reach " + String.join(", ", missing);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}

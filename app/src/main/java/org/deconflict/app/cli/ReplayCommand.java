package org.deconflict.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.deconflict.app.config.ConfigException;
import org.deconflict.app.config.DeconflictConfig;
import org.deconflict.app.config.InputEntry;
import org.deconflict.app.input.InputSpec;
import org.deconflict.app.input.InputSpecs;
import org.deconflict.app.input.ReplayClock;
import org.deconflict.app.input.ReplayProgress;
import org.deconflict.app.input.Sources;
import org.deconflict.app.input.StreamFormat;
import org.deconflict.app.input.WallClock;
import org.deconflict.app.pipeline.Pipeline;
import org.deconflict.app.pipeline.PipelineListener;
import org.deconflict.app.pipeline.feed.FileFeed;
import org.deconflict.app.pipeline.feed.ReplayRunner;
import org.deconflict.app.pipeline.feed.ReplayStart;
import org.deconflict.app.pipeline.feed.TickClock;
import org.deconflict.app.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code deconflict replay}: offline analysis of recordings merged in event-time order, with a progress bar, a
 * summary, and resumable storing (progress markers commit with the rows).
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replay recordings (Beast, AVR, SBS, NMEA, hex; gzip'd or not) through the pipeline in event-time order.",
            "",
            "Event time comes from the data: AIS tag blocks, $PGHP and USCG times; hex lines TS,HEX (TS in seconds",
            "since 1970); SBS records' generated date and time (UTC); the Beast/AVR 12 MHz counter counted from",
            "--start. Without --start the first Mode S frame of each Beast/AVR file is placed at the first time found",
            "in the NMEA or SBS files, or at the current time if none (a file's modification time is not event time).",
            "Files get receiver ids 1, 2, ... in the order given. A replay that was killed resumes where its store",
            "says it got (--from-start to start over). Incidents are filed into this node's ledger as demo and run",
            "file them (--no-ledger to skip); an incident the node filed before (same id) is not filed again.",
            "",
            "Examples:",
            "  deconflict replay capture.beast.gz ais.nmea --start 2024-06-01T00:00:00Z",
            "  deconflict replay hex:frames.csv --speed 10 --no-store"})
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(paramLabel = "[FORMAT:]FILE", arity = "0..*",
            description = "recordings; FORMAT one of beast, avr, sbs, nmea, hex (default: the file inputs of the configuration)")
    List<String> files = new ArrayList<>();

    @Option(names = "--speed", description = "N × real time, or max (default: ${DEFAULT-VALUE})")
    String speed = "max";

    @Mixin
    PipelineOptions options;

    @Option(names = "--from-start", description = "ignore stored progress and store everything again")
    boolean fromStart;

    @Option(names = "--no-progress", description = "no progress bar")
    boolean noProgress;

    @Mixin
    LedgerOptions ledgerOptions;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        List<ReplayStart.Recording> recordings = new ArrayList<>();
        DeconflictConfig config;
        double pace;
        long startNanos;
        Long counterZero;
        try {
            config = options.resolve("replay", err);
            config = config.withLedger(ledgerOptions.apply(config.ledger()));
            List<InputSpec> specs = new ArrayList<>();
            for (String f : files) {
                specs.add(InputSpecs.parseFile(f));
            }
            if (specs.isEmpty()) {
                config.inputs().stream().map(InputEntry::spec).filter(s -> s instanceof InputSpec.File)
                        .forEach(specs::add);
            }
            if (specs.isEmpty()) {
                err.println("replay: no recordings; name them (deconflict replay FILE...) or list them as - file: "
                        + "entries under inputs in the configuration file");
                return 2;
            }
            for (InputSpec spec : specs) {
                if (!(spec instanceof InputSpec.File file)) {
                    throw new Sources.InputException("replay reads files, not standard input: " + spec.name());
                }
                recordings.add(new ReplayStart.Recording(file.path(), file.format()));
            }
            pace = ReplayClock.parseSpeed(speed);
            counterZero = options.startNanos();
            startNanos = counterZero != null ? counterZero : defaultStart(recordings, err);
        } catch (ConfigException | Sources.InputException | IOException | UncheckedIOException e) {
            err.println("replay: " + e.getMessage());
            return 2;
        }
        List<FileFeed> feeds = new ArrayList<>();
        try {
            for (int i = 0; i < recordings.size(); i++) {
                ReplayStart.Recording r = recordings.get(i);
                TickClock ticks = counterZero != null ? TickClock.countingFrom(startNanos)
                        : TickClock.anchorFirst(startNanos);
                feeds.add(new FileFeed(r.path(), r.format(), i + 1, ticks, startNanos));
            }
        } catch (Sources.InputException e) {
            feeds.forEach(FileFeed::close);
            err.println("replay: " + e.getMessage());
            return 2;
        }
        Pipeline pipeline;
        Map<String, Long> resume;
        try {
            resume = config.store().enabled() ? storedProgress(config.store().location(), feeds, err) : Map.of();
            pipeline = LedgerOptions.fileInto(options.pipeline(config, resume.isEmpty()), config.ledger()).build();
            ledgerOptions.attachRemote(pipeline);
        } catch (RuntimeException e) {
            feeds.forEach(FileFeed::close);
            err.println("replay: " + e.getMessage());
            return 1;
        }
        if (!resume.isEmpty() && feeds.stream().allMatch(f -> resume.getOrDefault(ReplayRunner.inputName(f), -1L)
                == f.contentBytes())) {
            err.println("replay: everything in these files was stored before; nothing new to do (--from-start to "
                    + "store it again)");
            feeds.forEach(FileFeed::close);
            pipeline.close();
            return 0;
        }
        for (FileFeed f : feeds) {
            err.printf(Locale.ROOT, "replay: %s (%s%s)%n", f.path(), f.format().cliName(),
                    f.sizeBytes() >= 0 ? String.format(Locale.ROOT, ", %,d bytes", f.sizeBytes()) : "");
        }
        ReplayRunner runner = new ReplayRunner(feeds, pipeline.core(), new ReplayClock(pace), pipeline.storeWiring(),
                resume);
        pipeline.core().addListener(new PipelineListener() {
            @Override
            public void onFinish() {
                runner.finish(); // after the engine's last rows, before the store closes: marks how far each file got
            }
        });
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            runner.stop();
            try {
                main.join(30_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "replay-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int rc = 0;
        ReplayProgress bar = noProgress ? null : ReplayProgress.toConsole("replay", runner.bytesRead(), runner.totalBytes());
        try {
            runner.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("replay: interrupted");
        } catch (UncheckedIOException e) {
            err.println("replay: " + e.getMessage());
            rc = 1;
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        try {
            pipeline.close();
        } catch (RuntimeException e) {
            err.println("replay: could not store everything: " + e.getMessage());
            rc = 1;
        } finally {
            feeds.forEach(FileFeed::close);
        }
        pipeline.printSummary(err);
        err.printf(Locale.ROOT, "  %-28s %,14d%n", "replay.items", runner.items());
        err.printf(Locale.ROOT, "  %-28s %,14d%n", "replay.items.out-of-order", runner.lateItems());
        for (FileFeed f : feeds) {
            err.printf(Locale.ROOT, "  %-28s %,14d  (%s)%n", "rejected " + f.format().cliName(), f.decoder().rejected(),
                    f.path().getFileName());
            if (f.format() == StreamFormat.SBS) {
                err.printf(Locale.ROOT, "  %-28s %,14d  (%s)%n", "ignored sbs records", f.decoder().sbsIgnored(),
                        f.path().getFileName());
            }
        }
        if (runner.stopped()) {
            err.println("replay: stopped early; run the same command again to resume");
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is running and waits for us
        }
        return rc;
    }

    /** Byte offsets up to which an earlier run stored each file (resume points), unless --from-start. */
    private Map<String, Long> storedProgress(String location, List<FileFeed> feeds, PrintStream err) {
        Map<String, Long> resume = new HashMap<>();
        if (fromStart) {
            return resume;
        }
        try (Store probe = Store.open(location)) {
            for (FileFeed f : feeds) {
                Optional<org.deconflict.app.store.ReplayProgress> p = probe.progress(ReplayRunner.inputName(f));
                if (p.isPresent() && p.get().byteOffset() > 0) {
                    resume.put(ReplayRunner.inputName(f), p.get().byteOffset());
                    err.printf(Locale.ROOT, "replay: %s was stored up to byte %,d before; resuming after it "
                            + "(re-reading the earlier part without storing it, to rebuild the tracks; "
                            + "--from-start to store it all again)%n", f.path(), p.get().byteOffset());
                }
            }
        }
        return resume;
    }

    private static long defaultStart(List<ReplayStart.Recording> recordings, PrintStream err) throws IOException {
        boolean counters = false;
        for (ReplayStart.Recording r : recordings) {
            counters |= r.format() == null || r.format() == StreamFormat.BEAST || r.format() == StreamFormat.AVR;
        }
        long first = ReplayStart.firstTimeNanos(recordings);
        if (first >= 0) {
            return first;
        }
        if (counters) {
            err.println("replay: no --start and no AIS or SBS time in the files: Mode S counters are placed at the current "
                    + "time (give --start for repeatable times)");
        }
        return WallClock.system().epochNanos();
    }
}

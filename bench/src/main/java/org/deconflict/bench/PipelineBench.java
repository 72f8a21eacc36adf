package org.deconflict.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;
import org.deconflict.ais.AisReport;
import org.deconflict.engine.ingest.Observation;
import org.deconflict.app.input.ReplayClock;
import org.deconflict.app.input.StreamFormat;
import org.deconflict.app.pipeline.Pipeline;
import org.deconflict.app.pipeline.SimulationFeed;
import org.deconflict.app.pipeline.feed.FileFeed;
import org.deconflict.app.pipeline.feed.FrameDecoder;
import org.deconflict.app.pipeline.feed.ReplayRunner;
import org.deconflict.app.pipeline.feed.StoreWiring;
import org.deconflict.app.pipeline.feed.TickClock;
import org.deconflict.sim.Protocol;
import org.deconflict.sim.SimOptions;
import org.deconflict.sim.Simulation;
import org.deconflict.sim.out.BeastFrames;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ScenarioLoader;

/**
 * The whole replay pipeline on one thread (plus the store's writer thread): a window of the baltic-day scenario at its daytime peak is generated into
 * memory as recordings (one Beast stream per receiver, one NMEA stream), then replayed bytes → framing and decoding →
 * dedupe, tracking, detection → SQLite store, exactly as {@code deconflict replay} does. The peer is decoding alone
 * (the same framers and decoders over the same bytes), so the ratio says how much of decode speed the full pipeline
 * keeps. Rates are frames per CPU second of the calling thread, which runs everything but the store's commits, i.e.
 * frames/s per core, so they hold on a loaded machine; frames per CPU second of the whole process (adds the store
 * writer, GC and the JIT compiler) and per wall second are printed beside them. A replay of a day runs for an hour,
 * so the pipeline is measured warm: whole runs are repeated unmeasured for at least {@code --warm-up-s} seconds of
 * engine-thread CPU and until the JIT compilers fall quiet (the cold first run is printed too), then {@code --runs}
 * runs are measured and the best is reported; decoding alone is warmed up and measured the same way. Also prints the
 * projected wall time of a full day: the window's frame count scaled to 24 h at the peak rate (an upper bound, since
 * the day is busiest at 07:00), divided by the measured rate.
 */
public final class PipelineBench {

    private static final int SECONDS_PER_DAY = 86_400;
    /** JIT compilation time during one warm-up run below which the code is taken as compiled. */
    private static final long JIT_QUIET_MS = 20;

    private PipelineBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = BenchResult.quick(args);
        Scenario day = ScenarioLoader.load("baltic-day");
        double windowS = numberArg(args, "--window-s", quick ? 15 : 180);
        Scenario peak = new Scenario(day.name(), day.description(), "2016-04-12T07:00:00Z", windowS, day.seed(),
                day.area(), day.receivers(), day.radars(), day.aircraft(), day.ships(), day.traffic(),
                day.incidents(), null);
        Simulation sim = new Simulation(peak, SimOptions.of(1));
        long start = peak.startNanos();
        Map<Integer, ByteArrayOutputStream> beast = new TreeMap<>();
        ByteArrayOutputStream nmea = new ByteArrayOutputStream();
        byte[] buf = new byte[64];
        long[] frames = new long[1];
        sim.run((rx, t, protocol, frame, off, len, signal) -> {
            frames[0]++;
            if (protocol == Protocol.MODE_S) {
                beast.computeIfAbsent(rx, k -> new ByteArrayOutputStream(1 << 20))
                        .write(buf, 0, BeastFrames.write(buf, 0, BeastFrames.ticks(t, start), signal, frame, off, len));
            } else {
                nmea.write(frame, off, len);
                nmea.write('\n');
            }
        }, null);
        List<Recording> recordings = new ArrayList<>();
        beast.forEach((rx, out) -> recordings.add(new Recording("rx" + rx + ".beast", out.toByteArray(),
                StreamFormat.BEAST, rx)));
        recordings.add(new Recording("ais.nmea", nmea.toByteArray(), StreamFormat.NMEA, 0));
        long bytes = recordings.stream().mapToLong(r -> r.content().length).sum();
        System.out.printf(Locale.ROOT, "baltic-day 07:00 UTC, %.0f s window: %,d frames (%,d bytes) in memory%n",
                windowS, frames[0], bytes);

        warmUp("decode alone", quick ? 2 : 5, () -> decodeAlone(recordings, start), frames[0]);
        Rate decode = bestOf(quick ? 3 : 5, () -> decodeAlone(recordings, start), frames[0]);
        // no per-process rate here: a run of decoding alone takes about 25 ms, and the process CPU clock ticks in 10 ms
        System.out.printf(Locale.ROOT, "decode alone:  %,.0f frames/s/core (%,.0f per wall second)%n",
                decode.perThreadCpuSecond(), decode.perWallSecond());
        warmUp("full pipeline", numberArg(args, "--warm-up-s", quick ? 5 : 15),
                () -> fullPipeline(sim, recordings, start, false), frames[0]);
        Rate full = bestOf((int) numberArg(args, "--runs", quick ? 3 : 5),
                () -> fullPipeline(sim, recordings, start, true), frames[0]);
        double framesPerDay = frames[0] / windowS * SECONDS_PER_DAY;
        int cores = Runtime.getRuntime().availableProcessors();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "full pipeline (bytes → decode → dedupe → track → detect → store), best of the runs:%n");
        System.out.printf(Locale.ROOT, "  %,12.0f frames per engine-thread CPU second (the replay thread: framing, dedupe, "
                + "engine, sinks; = frames/s/core; median of the runs %,.0f)%n", full.perThreadCpuSecond(),
                full.medianPerThreadCpuSecond());
        System.out.printf(Locale.ROOT, "  %,12.0f frames per process CPU second (adds the store writer, GC and the JIT "
                + "compiler)%n", full.perCpuSecond());
        System.out.printf(Locale.ROOT, "  %,12.0f frames per wall second on this machine (%d cores, load average %.1f)%n",
                full.perWallSecond(), cores, load);
        double engineH = framesPerDay / full.perThreadCpuSecond() / 3600;
        double processH = framesPerDay / full.perCpuSecond() / 3600;
        System.out.printf(Locale.ROOT, "a full day at this peak rate (%,.0f frames, an upper bound: the day is busiest "
                + "at 07:00):%n", framesPerDay);
        System.out.printf(Locale.ROOT, "  wall time %.2f h on an otherwise idle machine of %d cores (the single engine "
                + "thread is the bound, %.1f× faster than real time; process CPU %.2f h)%n",
                Math.max(engineH, processH / cores), cores, 24 / Math.max(engineH, processH / cores), processH);
        System.out.printf(Locale.ROOT, "  wall time %.2f h at the wall rate measured here (load average %.1f)%n",
                framesPerDay / full.perWallSecond() / 3600, load);
        BenchResult.print("pipeline", full.perThreadCpuSecond(), decode.perThreadCpuSecond(), "frames/s/core");
    }

    /**
     * {@code NAME N} among the arguments gives N, else {@code otherwise}: {@code --window-s} the length of the peak
     * window in seconds, {@code --warm-up-s} engine-thread CPU seconds of unmeasured runs, {@code --runs} measured runs.
     */
    private static double numberArg(String[] args, String name, double otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Double.parseDouble(args[i + 1]);
            }
        }
        return otherwise;
    }

    private record Recording(String name, byte[] content, StreamFormat format, int receiverId) {
    }

    /**
     * Of the best run: frames per CPU second of the process, per CPU second of the calling (engine) thread and per
     * wall second; and the median over the runs per thread CPU second.
     */
    private record Rate(double perCpuSecond, double perThreadCpuSecond, double perWallSecond,
                        double medianPerThreadCpuSecond) {
    }

    /**
     * Repeats {@code run} unmeasured until it has used {@code cpuS} seconds of this thread's CPU (at least once) and
     * then until a run during which the JIT compilers worked less than {@link #JIT_QUIET_MS} (at most {@code 4 cpuS}
     * in all), so what is measured is what a long run executes; prints the rate of the first, cold run and of the last.
     */
    private static void warmUp(String what, double cpuS, LongSupplier run, long expectedFrames) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = threads.getCurrentThreadCpuTime();
        int runs = 0;
        double first = 0;
        double last;
        long jitMs;
        double usedS;
        do {
            long thread0 = threads.getCurrentThreadCpuTime();
            long jit0 = jitTimed ? jit.getTotalCompilationTime() : 0;
            long n = checked(run.getAsLong(), expectedFrames);
            last = n / ((threads.getCurrentThreadCpuTime() - thread0) / 1e9);
            jitMs = jitTimed ? jit.getTotalCompilationTime() - jit0 : 0;
            first = runs++ == 0 ? last : first;
            usedS = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        } while (usedS < cpuS || jitMs >= JIT_QUIET_MS && usedS < 4 * cpuS);
        System.out.printf(Locale.ROOT, "%s warm-up: %d unmeasured runs (%.1f s of thread CPU, %d ms of JIT work in the "
                + "last): the first, cold, at %,.0f frames per thread CPU second, the last at %,.0f%n", what, runs, usedS,
                jitMs, first, last);
    }

    private static long checked(long handled, long expectedFrames) {
        if (handled < expectedFrames * 0.99) {
            throw new IllegalStateException("handled " + handled + " of " + expectedFrames + " frames");
        }
        return handled;
    }

    /** The run with the best rate per thread CPU second of {@code runs}; each run returns the frames it handled. */
    private static Rate bestOf(int runs, LongSupplier run, long expectedFrames) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Rate best = new Rate(0, 0, 0, 0);
        double[] perThread = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpu0 = os.getProcessCpuTime();
            long thread0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long n = checked(run.getAsLong(), expectedFrames);
            double wallS = (System.nanoTime() - t0) / 1e9;
            double cpuS = (os.getProcessCpuTime() - cpu0) / 1e9;
            double threadS = (threads.getCurrentThreadCpuTime() - thread0) / 1e9;
            perThread[i] = n / threadS;
            if (n / threadS > best.perThreadCpuSecond()) {
                best = new Rate(n / cpuS, n / threadS, n / wallS, 0);
            }
        }
        return new Rate(best.perCpuSecond(), best.perThreadCpuSecond(), best.perWallSecond(),
                BenchResult.median(perThread));
    }

    private static long decodeAlone(List<Recording> recordings, long start) {
        long[] items = new long[1];
        FrameDecoder.Output count = new FrameDecoder.Output() {
            @Override
            public void modes(byte[] buf, int off, int len, long timestamp12MHz, long timeNanos, int receiverId,
                              long endOffset) {
                items[0]++;
            }

            @Override
            public void ais(AisReport report, long receivedNanos, long endOffset) {
                items[0]++;
            }

            @Override
            public void observation(Observation o, long endOffset) {
                items[0]++;
            }
        };
        for (Recording r : recordings) {
            FrameDecoder d = new FrameDecoder(r.format(), r.receiverId(), TickClock.countingFrom(start), count);
            byte[] c = r.content();
            for (int off = 0; off < c.length; off += 16 * 1024) {
                int len = Math.min(16 * 1024, c.length - off);
                d.feed(c, off, len, start, off + len);
            }
            d.finish(start, c.length);
        }
        return items[0];
    }

    /** One replay of the recordings through a fresh pipeline and store; {@code report}: print its counts. */
    private static long fullPipeline(Simulation sim, List<Recording> recordings, long start, boolean report) {
        Path dir;
        try {
            dir = Files.createTempDirectory("pipeline-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FileFeed> feeds = new ArrayList<>();
        for (Recording r : recordings) {
            feeds.add(new FileFeed(r.name(), r.content(), r.format(), r.receiverId(), TickClock.countingFrom(start),
                    start));
        }
        long items;
        StoreWiring stored;
        Map<?, Integer> incidents;
        try (Pipeline p = Pipeline.builder(SimulationFeed.receivers(sim), SimulationFeed.receiverNames(sim)).build();
             StoreWiring store = new StoreWiring(p.core(), dir.resolve("bench.db").toString(), true)) {
            ReplayRunner runner = new ReplayRunner(feeds, p.core(), new ReplayClock(0), store, Map.of());
            items = runner.run();
            p.close();
            runner.finish();
            stored = store;
            incidents = p.incidents();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteTree(dir);
        }
        if (report) {
            System.out.printf(Locale.ROOT, "  run: %,d items, %,d store rows, incidents %s%n", items,
                    stored.writer().stats().rowsCommitted(), incidents);   // the store is closed: every row committed
        }
        return items;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.deconflict.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.deconflict.sim.EmissionSink;
import org.deconflict.sim.emit.Generator;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ScenarioLoader;
import org.deconflict.sim.world.World;

/**
 * Simulator throughput: frames generated per CPU second on one thread for the baltic-day scenario at its daytime
 * peak (07:00 UTC, several hundred aircraft and ~2,000 ships), every frame encoded with the project's encoders and
 * received per receiver, delivered to a sink that counts frames and bytes (nothing is kept, so the heap stays flat).
 * One unmeasured warm-up pass of the same length, then several measured passes; each pass builds its world outside the timed part and
 * the result is the median pass. Per pass it prints the garbage collections (count, time; GC runs on other threads,
 * so it shows as pauses, not in this thread's CPU time) and a memory-latency probe (dependent reads over 1 MB), which
 * shows how much the other processes on the machine slow cache-bound code down at that moment. No peer exists, so
 * the reference is the project's target of 5 M frames/s ({@code peer} in the result line; ratio = ours / target).
 */
public final class SimulateBench {

    private static final double TARGET_FRAMES_PER_S = 5e6;
    private static final long SEED = 1;
    private static final double TRUTH_PERIOD_S = 10;

    private SimulateBench() {
    }

    public static void main(String[] args) {
        boolean quick = BenchResult.quick(args);
        int passes = quick ? 3 : 5;
        Scenario peak = peak(quick ? 120 : 600);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        MemoryProbe probe = new MemoryProbe();
        run(peak, null);               // warm-up, as long as a pass: before it ends the JIT is still compiling hot paths
        double[] rates = new double[passes];
        for (int p = 0; p < passes; p++) {
            double probeReadsPerUs = probe.readsPerMicrosecond();
            World w = World.build(peak, SEED, false);
            long gcCount0 = gcCount(), gcMs0 = gcMillis();
            long wall0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            long[] counted = run(peak, w);
            long cpuNanos = cpu.getCurrentThreadCpuTime() - c0;
            long wallNanos = System.nanoTime() - wall0;
            long gcMs = gcMillis() - gcMs0;
            rates[p] = counted[0] / (cpuNanos / 1e9);
            System.out.printf(Locale.ROOT, "pass %d: %d frames (%d bytes) for %.0f simulated s in %.2f s CPU (%.2f s wall): "
                            + "%.3g frames/s; GC %d collections, %d ms (%.1f %% of wall); memory probe %.1f reads/µs; "
                            + "load %.1f%n", p, counted[0], counted[1], peak.durationS(), cpuNanos / 1e9, wallNanos / 1e9,
                    rates[p], gcCount() - gcCount0, gcMs, 100.0 * gcMs * 1e6 / wallNanos, probeReadsPerUs,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "median of %d passes %.3g frames/s per CPU second (min %.3g, max %.3g)%n", passes,
                BenchResult.median(rates), sorted[0], sorted[passes - 1]);
        BenchResult.print("simulate", BenchResult.median(rates), TARGET_FRAMES_PER_S, "frames/s");
    }

    /** The baltic-day scenario from 07:00 UTC for {@code durationS} seconds. */
    private static Scenario peak(double durationS) {
        Scenario day = ScenarioLoader.load("baltic-day");
        return new Scenario(day.name(), day.description(), "2016-04-12T07:00:00Z", durationS, day.seed(), day.area(),
                day.receivers(), day.radars(), day.aircraft(), day.ships(), day.traffic(), day.incidents(), null);
    }

    /** Generates every frame of {@code sc} (world built here when null); returns {frames, bytes}. */
    private static long[] run(Scenario sc, World world) {
        World w = world != null ? world : World.build(sc, SEED, false);
        long[] counted = new long[2];
        EmissionSink count = (rid, t, p, b, off, len, sig) -> counted[1] += len;
        Generator g = new Generator(sc, w, SEED, true, TRUTH_PERIOD_S, null);
        g.run(count);
        counted[0] = g.framesOut();
        return counted;
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, b.getCollectionCount());
        }
        return n;
    }

    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, b.getCollectionTime());
        }
        return ms;
    }

    /** Dependent random reads over a 1 MB cycle: falls when other processes evict this core's caches. */
    private static final class MemoryProbe {
        private static final int READS = 4_000_000;
        private final int[] next = new int[1 << 18];
        private long sink;

        MemoryProbe() {
            int n = next.length;
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            SplittableRandom rng = new SplittableRandom(1);
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i = 0; i < n; i++) {
                next[order[i]] = order[(i + 1) % n];
            }
        }

        double readsPerMicrosecond() {
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            int x = 0;
            for (int i = 0; i < READS; i++) {
                x = next[x];
            }
            sink += x;
            return READS / ((cpu.getCurrentThreadCpuTime() - c0) / 1e3);
        }
    }
}

package org.deconflict.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;

/**
 * What one load costs on the running machine when the data it reads spans a given number of bytes: a chain of
 * dependent loads (each address read from the line before, as a lookup reaches a track and a track its partner), and
 * loads of random lines whose addresses are known ahead (as a batch's warm-up issues them), which the processor
 * overlaps. Benchmarks print these beside cost per update, since whether a scene's state stays in cache or not decides
 * that cost more than anything in the code.
 */
public final class MemoryLatency {

    /** Bytes of a cache line on the processors we run on (x86-64 and ARMv8 server cores). */
    static final int LINE_BYTES = 64;
    private static final int LONGS_PER_LINE = LINE_BYTES / Long.BYTES;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Where the loads' results go, so the compiler keeps every load. */
    private static volatile long sink;

    /** Nanoseconds per load over {@code bytes} of memory: one after another, or overlapped. */
    public record Figures(long bytes, double dependentNanos, double independentNanos) {
    }

    private MemoryLatency() {
    }

    /**
     * Measures both load costs over a region of {@code bytes}, the least of {@code passes} passes of {@code loads}
     * loads each (the least, as a slow pass only measures what else the machine was doing).
     */
    public static Figures measure(long bytes, int loads, int passes) {
        int lines = (int) Math.max(2, bytes / LINE_BYTES);
        long[] region = chain(lines, new SplittableRandom(lines));
        int[] starts = randomLines(loads, lines, new SplittableRandom(-lines));
        double dependent = Double.MAX_VALUE;
        double independent = Double.MAX_VALUE;
        long keep = 0;
        for (int p = 0; p < passes; p++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long at = 0;
            for (int i = 0; i < loads; i++) {
                at = region[(int) at];
            }
            long c1 = THREADS.getCurrentThreadCpuTime();
            long sum = 0;
            for (int start : starts) {
                sum += region[start];
            }
            long c2 = THREADS.getCurrentThreadCpuTime();
            keep += at + sum;
            dependent = Math.min(dependent, (c1 - c0) / (double) loads);
            independent = Math.min(independent, (c2 - c1) / (double) loads);
        }
        sink = keep;
        return new Figures(lines * (long) LINE_BYTES, dependent, independent);
    }

    /**
     * A region of {@code lines} cache lines whose first long on each line holds the index of the next line's, the lines
     * visited in a random order and all of them before the chain returns to its start: a random cyclic permutation
     * (Sattolo's algorithm, Inf. Process. Lett. 22(6), 1986), so no stride or order lets the processor guess ahead.
     */
    static long[] chain(int lines, SplittableRandom random) {
        int[] next = new int[lines];
        for (int i = 0; i < lines; i++) {
            next[i] = i;
        }
        for (int i = lines - 1; i > 0; i--) {
            int j = random.nextInt(i);          // j < i, never i itself: what makes the permutation one cycle
            int swap = next[i];
            next[i] = next[j];
            next[j] = swap;
        }
        long[] region = new long[lines * LONGS_PER_LINE];
        for (int i = 0; i < lines; i++) {
            region[i * LONGS_PER_LINE] = (long) next[i] * LONGS_PER_LINE;
        }
        return region;
    }

    private static int[] randomLines(int count, int lines, SplittableRandom random) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = random.nextInt(lines) * LONGS_PER_LINE;
        }
        return out;
    }
}

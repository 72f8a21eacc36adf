package org.deconflict.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.deconflict.bench.engine.SyntheticTraffic;
import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.detect.CoverageOracle;
import org.deconflict.engine.detect.DetectorState;
import org.deconflict.engine.detect.Detectors;
import org.deconflict.engine.detect.ReceiverSites;
import org.deconflict.engine.ingest.Channel;
import org.deconflict.engine.ingest.Observation;
import org.deconflict.engine.ingest.PositionObservation;
import org.deconflict.engine.ingest.PositionSource;
import org.deconflict.engine.ingest.ReceiverList;
import org.deconflict.engine.ingest.VelocityObservation;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.Tracker;
import org.deconflict.engine.track.TrackerConfig;
import org.deconflict.engine.track.Trail;

/**
 * {@code bench/run engine-scale [--quick]}: cost of one track update through {@link Detectors} with 1 k, 10 k and
 * 100 k live synthetic targets at Baltic density ({@link SyntheticTraffic}); then the same through the tracker and
 * the detectors together, with the heap each live target holds; and, at 10 k, the detectors with the reference pair
 * search (a full grid scan per update) against the neighbour lists, in the same JVM. The "peer" is our own cost at 1 k: the ratio
 * (µs at 1 k / µs at 100 k, higher is better, target ≥ 0.5) shows whether the cost of an update stays flat as the
 * number of targets grows. Each figure is the median of {@link #ROUNDS} consecutive measured rounds; the line shows
 * the least and the most round too.
 */
public final class EngineScaleBench {

    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final long SEED = 20_140_303L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /**
     * Updates built just before they are fed and timed together: a tracker hands the detectors a snapshot it has just
     * built, so the input is in cache at every scale (a whole second built ahead would not be at 100 k).
     */
    private static final int CHUNK = 256;
    /**
     * Measured rounds per configuration, each of the measured simulated seconds: a round at 10 k lasts tens of
     * milliseconds, and one slow stretch of a shared machine would decide a single round, so the median is reported.
     */
    private static final int ROUNDS = 5;

    private EngineScaleBench() {
    }

    /**
     * One measured configuration. {@code microsPerUpdate} is the CPU time of the measuring thread per update (the cost
     * on one core, unaffected by other processes competing for the machine), the median of {@link #ROUNDS} rounds
     * measured one after the other, whose least and most are {@code leastMicros} and {@code mostMicros};
     * {@code wallMicrosPerUpdate} the elapsed time over all rounds.
     */
    record Measure(int targets, long updates, double microsPerUpdate, double wallMicrosPerUpdate, long events,
                   double bytesPerTarget, double leastMicros, double mostMicros) {
        double updatesPerSecond() {
            return 1e6 / microsPerUpdate;
        }
    }

    public static void main(String[] args) {
        boolean quick = BenchResult.quick(args);
        int warmS = quick ? 20 : 60;      // past the start-up burst; neighbour-list renewals are staggered from the start
        int measureS = quick ? 10 : 120;
        int minUpdates = quick ? 30_000 : 300_000;      // small scenes run longer so every size measures enough
        System.out.printf(Locale.ROOT, "engine-scale: %.1f targets per 1000 km² (%.0f %% aircraft, 1 s; ships 10 s),"
                        + " warm-up %d s, measured %d s of simulated traffic%n",
                SyntheticTraffic.TARGETS_PER_KM2 * 1000, SyntheticTraffic.AIRCRAFT_SHARE * 100, warmS, measureS);
        // JIT warm-up on a throw-away run, so the first (1 k) measurement is not paying for compilation
        detectorsOnly(new SyntheticTraffic(10_000, SEED + 1), warmS, warmS);
        withTracker(new SyntheticTraffic(10_000, SEED + 1), warmS, warmS);
        Measure[] detectors = new Measure[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            SyntheticTraffic traffic = new SyntheticTraffic(SIZES[s], SEED);
            detectors[s] = detectorsOnly(traffic, warmS, secondsFor(traffic, measureS, minUpdates));
            print("detectors", detectors[s]);
        }
        Measure[] whole = new Measure[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            SyntheticTraffic traffic = new SyntheticTraffic(SIZES[s], SEED);
            whole[s] = withTracker(traffic, warmS, secondsFor(traffic, measureS, minUpdates));
            print("tracker+detectors", whole[s]);
        }
        // Same JVM, same traffic: the reference pair search (a full grid scan per update) at 10 k
        Measure fullScan = detectorsOnly(new SyntheticTraffic(SIZES[1], SEED), warmS,
                secondsFor(new SyntheticTraffic(SIZES[1], SEED), measureS, minUpdates), true);
        print("detectors-fullscan", fullScan);
        Measure at1k = detectors[0];
        Measure at100k = detectors[SIZES.length - 1];
        System.out.printf(Locale.ROOT, "updates/s at 10k: %.3g per core detectors, %.3g tracker+detectors"
                + " (target ≥ 1e6)%n", detectors[1].updatesPerSecond(), whole[1].updatesPerSecond());
        // an update through the tracker is a report of both kinematics: a velocity and a position observation, each
        // accepted and handed to the detectors on its own, as two ADS-B squitters are in a live feed
        System.out.printf(Locale.ROOT, "  tracker+detectors counts a velocity and a position observation as one update;"
                + " per observation (each one tracker update and one detector pass): %.3g/s%n",
                2 * whole[1].updatesPerSecond());
        System.out.printf(Locale.ROOT, "neighbour lists vs full grid scan at 10k (detectors, same JVM): %.2fx faster%n",
                fullScan.microsPerUpdate() / detectors[1].microsPerUpdate());
        System.out.printf(Locale.ROOT, "heap per live target at 100k, tracker+detectors without trail: %.0f B"
                + " (target ≤ 1024; detectors alone %.0f B)%n", whole[SIZES.length - 1].bytesPerTarget(),
                at100k.bytesPerTarget());
        BenchResult.print("engine-scale", at100k.microsPerUpdate(), at1k.microsPerUpdate(), "us",
                at1k.microsPerUpdate() / at100k.microsPerUpdate());
    }

    /** Simulated seconds to measure: at least {@code measureS}, and enough for {@code minUpdates} updates. */
    private static int secondsFor(SyntheticTraffic traffic, int measureS, int minUpdates) {
        return Math.max(measureS, (int) Math.ceil(minUpdates / (double) traffic.updatesIn(0)));
    }

    static Measure detectorsOnly(SyntheticTraffic traffic, int warmS, int measureS) {
        return detectorsOnly(traffic, warmS, measureS, false);
    }

    /**
     * Feeds snapshots second by second in chunks of {@link #CHUNK}; only the detector calls are timed. With {@code fullScan} the pair
     * search scans the grid in full on every update (the reference the neighbour lists reproduce).
     */
    static Measure detectorsOnly(SyntheticTraffic traffic, int warmS, int measureS, boolean fullScan) {
        long[] events = new long[1];
        long before = usedHeap();
        DetectionConfig config = DetectionConfig.defaults();
        Detectors detectors = fullScan
                ? new Detectors(DetectorState.fullScan(config), CoverageOracle.EVERYWHERE, ReceiverSites.NONE,
                        e -> events[0]++, null, 0)
                : new Detectors(config, e -> events[0]++);
        TrackSnapshot[] batch = new TrackSnapshot[CHUNK];
        for (int k = 0; k < warmS; k++) {
            for (int from = 0, n = traffic.updatesIn(k); from < n; from += CHUNK) {
                int c = traffic.second(k, from, Math.min(CHUNK, n - from), batch);
                for (int j = 0; j < c; j++) {
                    detectors.onUpdate(batch[j]);
                }
            }
        }
        double bytesPerTarget = (usedHeap() - before) / (double) detectors.state().targetCount();
        Rounds rounds = new Rounds(events);
        for (int r = 0; r < ROUNDS; r++) {
            rounds.start();
            for (int k = warmS + r * measureS; k < warmS + (r + 1) * measureS; k++) {
                for (int from = 0, n = traffic.updatesIn(k); from < n; from += CHUNK) {
                    int c = traffic.second(k, from, Math.min(CHUNK, n - from), batch);
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    for (int j = 0; j < c; j++) {
                        detectors.onUpdate(batch[j]);
                    }
                    rounds.add(c, System.nanoTime() - t0, THREADS.getCurrentThreadCpuTime() - c0);
                }
            }
            rounds.end();
        }
        return rounds.measure(traffic.size(), bytesPerTarget);
    }

    /** Sums of consecutive measured rounds: CPU µs per update of each round, and totals over all of them. */
    private static final class Rounds {
        private final long[] events;
        private final double[] micros = new double[ROUNDS];
        private final long eventsBefore;
        private int done;
        private long updates;
        private long nanos;
        private long roundUpdates;
        private long roundCpuNanos;

        Rounds(long[] events) {
            this.events = events;
            this.eventsBefore = events[0];
        }

        void start() {
            roundUpdates = 0;
            roundCpuNanos = 0;
        }

        void add(long updatesTimed, long wallNanos, long cpuNanos) {
            roundUpdates += updatesTimed;
            roundCpuNanos += cpuNanos;
            updates += updatesTimed;
            nanos += wallNanos;
        }

        void end() {
            micros[done++] = roundCpuNanos / 1e3 / roundUpdates;
        }

        Measure measure(int targets, double bytesPerTarget) {
            double[] sorted = java.util.Arrays.copyOf(micros, done);
            java.util.Arrays.sort(sorted);
            return new Measure(targets, updates, sorted[done / 2], nanos / 1e3 / updates, events[0] - eventsBefore,
                    bytesPerTarget, sorted[0], sorted[done - 1]);
        }
    }

    /**
     * Feeds observations (velocity then position per update, in chunks of {@link #CHUNK} updates) to the tracker,
     * which calls the detectors.
     * Tracks keep a one-point trail, whose exact allocation is subtracted, so the heap per target excludes trail
     * history as the target (≤ 1 KB per live target) does.
     */
    static Measure withTracker(SyntheticTraffic traffic, int warmS, int measureS) {
        long[] events = new long[1];
        Observation[] batch = new Observation[2 * CHUNK];
        long before = usedHeap();
        Detectors detectors = new Detectors(DetectionConfig.defaults(), e -> events[0]++);
        Tracker tracker = new Tracker(TrackerConfig.defaults().withTrailCapacity(1), new ReceiverRegistry(), detectors);
        for (int k = 0; k < warmS; k++) {
            for (int from = 0, n = traffic.updatesIn(k); from < n; from += CHUNK) {
                int c = observations(traffic, k, from, Math.min(CHUNK, n - from), batch);
                for (int j = 0; j < c; j++) {
                    tracker.accept(batch[j]);
                }
            }
        }
        double bytesPerTarget = (usedHeap() - before) / (double) tracker.size() - oneTrailBytes();
        Rounds rounds = new Rounds(events);
        for (int r = 0; r < ROUNDS; r++) {
            rounds.start();
            for (int k = warmS + r * measureS; k < warmS + (r + 1) * measureS; k++) {
                for (int from = 0, n = traffic.updatesIn(k); from < n; from += CHUNK) {
                    int c = observations(traffic, k, from, Math.min(CHUNK, n - from), batch);
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    for (int j = 0; j < c; j++) {
                        tracker.accept(batch[j]);
                    }
                    rounds.add(c / 2, System.nanoTime() - t0, THREADS.getCurrentThreadCpuTime() - c0);
                }
            }
            rounds.end();
        }
        return rounds.measure(traffic.size(), bytesPerTarget);
    }

    /** Bytes one single-point {@link Trail} allocates (the per-thread allocation counter around its construction). */
    private static long oneTrailBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) THREADS;
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long a0 = threads.getCurrentThreadAllocatedBytes();
            Trail t = new Trail(1);
            long a1 = threads.getCurrentThreadAllocatedBytes();
            if (t.size() == 0) {
                least = Math.min(least, a1 - a0);
            }
        }
        return least;
    }

    /**
     * Velocity then position observations of updates {@code from} to {@code from + count − 1} of second {@code k}, each
     * with its own key object as the adapters build them.
     */
    private static int observations(SyntheticTraffic traffic, int k, int from, int count, Observation[] out) {
        ReceiverList rx = ReceiverList.of(1);
        int m = 0;
        for (int j = from; j < from + count; j++) {
            int i = traffic.due(k, j);
            double tS = traffic.timeIn(k, i);
            long t = SyntheticTraffic.T0_NANOS + Math.round(tS * 1e9);
            boolean air = traffic.aircraft(i);
            Channel channel = air ? Channel.ADSB : Channel.AIS;
            out[m++] = new VelocityObservation(traffic.newKey(i), t, rx, channel, traffic.speedKt(i),
                    traffic.trackDeg(i), traffic.verticalRateFpm(i), false, traffic.trackDeg(i), Double.NaN,
                    Double.NaN);
            out[m++] = new PositionObservation(traffic.newKey(i), t, rx, channel,
                    air ? PositionSource.ADSB_AIRBORNE_GLOBAL : PositionSource.AIS, traffic.latAt(i, tS),
                    traffic.lonAt(i, tS), traffic.altitudeAt(i, tS), false, !air, air ? 8 : -1, air ? 9 : 10);
        }
        return m;
    }

    private static void print(String path, Measure m) {
        System.out.printf(Locale.ROOT, "engine-scale %-18s targets=%7d updates=%9d cpu-us/update=%7.3f"
                        + " (rounds %.3f..%.3f) updates/s/core=%10.0f wall-us/update=%7.3f events=%d bytes/target=%.0f%n",
                path, m.targets(), m.updates(), m.microsPerUpdate(), m.leastMicros(), m.mostMicros(),
                m.updatesPerSecond(), m.wallMicrosPerUpdate(), m.events(), m.bytesPerTarget());
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}

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
 * 100 k live synthetic targets at Baltic density ({@link SyntheticTraffic}), and with 100 detector states of 1 k
 * targets each fed round-robin, which touch as much memory as the 100 k scene (so the growth of the cost with the number
 * of targets is told apart from what the processor's caches add), and fed the same snapshots in batches
 * ({@link Detectors#onUpdates}); then the same through the tracker and
 * the detectors together (observations applied in batches, as for unpaced replay), with the heap each live target
 * holds; and, at 10 k, in the same JVM, the detectors with the reference pair search (a full grid scan per update)
 * against the neighbour lists, and the tracker applying observations one by one (paced input, or live input that
 * keeps up) against batches. The "peer" is our own cost at 1 k: the ratio (µs at 1 k / µs at 100 k, higher is
 * better, target ≥ 0.5) shows whether the cost of an update stays flat as the number of targets grows. First it
 * measures what a load costs on this machine over as much memory as each size's state spans ({@link MemoryLatency}),
 * and it names the difference between 100 k and 1 k in such loads. Each figure is the median of {@link #ROUNDS}
 * measured rounds, the sizes taking turns round by round; the line shows the least and the most round too.
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
     * milliseconds, and one slow stretch of a shared machine would decide a single round, so the median is reported;
     * the sizes take turns round by round, so such a stretch does not fall on one size only and tilt the ratio.
     */
    private static final int ROUNDS = 5;
    /** Detector states of the smallest size fed together by the cold-cache scene ({@link ColdDetectorScene}). */
    private static final int COLD_PARTS = 100;
    /**
     * About what a live target holds in the tracker and the detectors (the heap figure, target ≤ 1 KB): the load
     * figures of each size are measured over this many bytes per target.
     */
    private static final long STATE_BYTES_PER_TARGET = 1_024;

    private EngineScaleBench() {
    }

    /**
     * One measured configuration. {@code microsPerUpdate} is the CPU time of the measuring thread per update (the cost
     * on one core, unaffected by other processes competing for the machine), the median of {@link #ROUNDS} rounds,
     * whose least and most are {@code leastMicros} and {@code mostMicros}; {@code wallMicrosPerUpdate} the elapsed
     * time over all rounds.
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
                        + " warm-up %d s, %d rounds of at least %d s of simulated traffic, the sizes' rounds"
                        + " interleaved%n", SyntheticTraffic.TARGETS_PER_KM2 * 1000,
                SyntheticTraffic.AIRCRAFT_SHARE * 100, warmS, ROUNDS, measureS);
        MemoryLatency.Figures[] memory = memory(quick ? 1_000_000 : 4_000_000);
        // JIT warm-up on throw-away scenes, so the first measured rounds are not paying for compilation
        measure(new Scene[] {new DetectorScene(new SyntheticTraffic(10_000, SEED + 1), false, warmS, warmS),
                new DetectorScene(new SyntheticTraffic(10_000, SEED + 1), false, true, warmS, warmS),
                new TrackerScene(new SyntheticTraffic(10_000, SEED + 1), true, warmS, warmS),
                new TrackerScene(new SyntheticTraffic(10_000, SEED + 1), false, warmS, warmS)});
        // the detectors at each size, and (rounds interleaved with them) the smallest size's detector states many
        // times over, fed round-robin so that they touch as much memory as the largest scene; and each size's
        // detectors fed the same snapshots in batches
        Scene[] sized = scenes(false, warmS, measureS, minUpdates);
        int n = SIZES.length;
        Scene[] scenes = java.util.Arrays.copyOf(sized, 2 * n + 1);
        scenes[n] = new ColdDetectorScene(SIZES[0], warmS, measureS);
        for (int s = 0; s < n; s++) {
            SyntheticTraffic traffic = new SyntheticTraffic(SIZES[s], SEED);
            scenes[n + 1 + s] = new DetectorScene(traffic, false, true, warmS,
                    secondsFor(traffic, measureS, minUpdates));
        }
        Measure[] all = measure(scenes);
        Measure[] detectors = java.util.Arrays.copyOf(all, n);
        for (Measure m : detectors) {
            print("detectors", m);
        }
        Measure coldMeasure = all[n];
        print("detectors-" + COLD_PARTS + "x" + SIZES[0] / 1000 + "k", coldMeasure);
        Measure[] inBatches = java.util.Arrays.copyOfRange(all, n + 1, 2 * n + 1);
        for (Measure m : inBatches) {
            print("detectors-batched", m);
        }
        Measure[] whole = measure(scenes(true, warmS, measureS, minUpdates));
        for (Measure m : whole) {
            print("tracker+detectors", m);
        }
        // Same JVM, same traffic: the reference pair search (a full grid scan per update) at 10 k, its rounds
        // interleaved with the neighbour lists' on the same traffic
        SyntheticTraffic at10k = new SyntheticTraffic(SIZES[1], SEED);
        int seconds10k = secondsFor(at10k, measureS, minUpdates);
        Measure[] pairSearch = measure(new Scene[] {new DetectorScene(at10k, true, warmS, seconds10k),
                new DetectorScene(new SyntheticTraffic(SIZES[1], SEED), false, warmS, seconds10k)});
        print("detectors-fullscan", pairSearch[0]);
        // Same JVM, same traffic: the tracker applying observations one by one, as for paced input or live input that
        // keeps up, its rounds interleaved with the batches the figures above use (unpaced replay and simulation)
        Measure[] application = measure(new Scene[] {new TrackerScene(at10k, false, warmS, seconds10k),
                new TrackerScene(new SyntheticTraffic(SIZES[1], SEED), true, warmS, seconds10k)});
        print("tracker+detectors-one-by-one", application[0]);
        Measure at1k = detectors[0];
        Measure at100k = detectors[SIZES.length - 1];
        System.out.printf(Locale.ROOT, "updates/s at 10k: %.3g per core detectors, %.3g tracker+detectors"
                + " (target ≥ 1e6)%n", detectors[1].updatesPerSecond(), whole[1].updatesPerSecond());
        // an update through the tracker is a report of both kinematics: a velocity and a position observation, each
        // accepted and handed to the detectors on its own, as two ADS-B squitters are in a live feed (an aircraft's
        // half a period apart; a ship's from one AIS report)
        System.out.printf(Locale.ROOT, "  tracker+detectors counts a velocity and a position observation as one update;"
                + " per observation (each one tracker update and one detector pass): %.3g/s%n",
                2 * whole[1].updatesPerSecond());
        System.out.printf(Locale.ROOT, "neighbour lists vs full grid scan at 10k (detectors, rounds interleaved):"
                + " %.2fx faster%n", pairSearch[0].microsPerUpdate() / pairSearch[1].microsPerUpdate());
        System.out.printf(Locale.ROOT, "tracker+detectors at 10k, batches (unpaced replay, simulation) vs one by one"
                + " (paced, or live that keeps up), rounds interleaved: %.2fx faster; one by one %.3g updates/s per"
                + " core%n",
                application[0].microsPerUpdate() / application[1].microsPerUpdate(),
                application[0].updatesPerSecond());
        System.out.printf(Locale.ROOT, "cache held equal: %d detector states of %,d targets fed round-robin (%.3f us) vs"
                + " one of %,d (%.3f us): ratio %.2f, the growth with the number of targets a detector holds; vs one"
                + " of %,d alone (%.3f us): ratio %.2f, what the cache adds%n", COLD_PARTS, SIZES[0],
                coldMeasure.microsPerUpdate(), SIZES[SIZES.length - 1], at100k.microsPerUpdate(),
                coldMeasure.microsPerUpdate() / at100k.microsPerUpdate(), SIZES[0], at1k.microsPerUpdate(),
                at1k.microsPerUpdate() / coldMeasure.microsPerUpdate());
        MemoryLatency.Figures far = memory[n - 1];
        double moreMicros = at100k.microsPerUpdate() - at1k.microsPerUpdate();
        System.out.printf(Locale.ROOT, "one by one, an update at %,d costs %.3f us more than at %,d: the time of %.1f"
                + " loads one after another over %,d targets' state (%.0f ns each on this machine)%n", SIZES[n - 1],
                moreMicros, SIZES[0], moreMicros * 1e3 / far.dependentNanos(), SIZES[n - 1], far.dependentNanos());
        System.out.printf(Locale.ROOT, "detectors fed in batches (as a partition cell's operator could), same"
                + " traffic, rounds interleaved: %.3f us at %,d, %.3f at %,d (%.2fx faster than one by one), %.3f at %,d"
                + " (%.2fx): ratio %.3f (the faster of the two at %,d over batches at %,d)%n",
                inBatches[0].microsPerUpdate(), SIZES[0], inBatches[1].microsPerUpdate(), SIZES[1],
                detectors[1].microsPerUpdate() / inBatches[1].microsPerUpdate(), inBatches[n - 1].microsPerUpdate(),
                SIZES[n - 1], detectors[n - 1].microsPerUpdate() / inBatches[n - 1].microsPerUpdate(),
                Math.min(detectors[0].microsPerUpdate(), inBatches[0].microsPerUpdate())
                        / inBatches[n - 1].microsPerUpdate(), SIZES[0], SIZES[n - 1]);
        // The engine's own path for a busy input: each observation through the tracker, which hands it to the
        // detectors, in the batches of unpaced replay, simulation and a live backlog
        System.out.printf(Locale.ROOT, "tracker+detectors (the engine's path when input queues up), rounds interleaved:"
                + " %.3f us at %,d, %.3f at %,d: ratio %.3f%n", whole[0].microsPerUpdate(), SIZES[0],
                whole[n - 1].microsPerUpdate(), SIZES[n - 1],
                whole[0].microsPerUpdate() / whole[n - 1].microsPerUpdate());
        System.out.printf(Locale.ROOT, "heap per live target at 100k, tracker+detectors without trail: %.0f B"
                + " (target ≤ 1024; detectors alone %.0f B)%n", whole[SIZES.length - 1].bytesPerTarget(),
                at100k.bytesPerTarget());
        BenchResult.print("engine-scale", at100k.microsPerUpdate(), at1k.microsPerUpdate(), "us",
                at1k.microsPerUpdate() / at100k.microsPerUpdate());
    }

    /**
     * Measures and prints what a load costs over the state of each size's targets ({@link #STATE_BYTES_PER_TARGET}
     * each), one after another and overlapped: the machine's side of the cost per update.
     */
    private static MemoryLatency.Figures[] memory(int loads) {
        MemoryLatency.Figures[] out = new MemoryLatency.Figures[SIZES.length];
        StringBuilder line = new StringBuilder("memory of this machine, ns per load over the state of");
        for (int s = 0; s < SIZES.length; s++) {
            out[s] = MemoryLatency.measure(SIZES[s] * STATE_BYTES_PER_TARGET, loads, 3);
            line.append(String.format(Locale.ROOT, "%s %,d targets (%.1f MB)", s == 0 ? "" : ",", SIZES[s],
                    out[s].bytes() / 1e6));
        }
        line.append(": one after another");
        for (MemoryLatency.Figures f : out) {
            line.append(String.format(Locale.ROOT, " %.1f", f.dependentNanos()));
        }
        line.append(", overlapped");
        for (MemoryLatency.Figures f : out) {
            line.append(String.format(Locale.ROOT, " %.1f", f.independentNanos()));
        }
        System.out.println(line);
        return out;
    }

    /** One scene per size: the detectors alone, or with {@code tracker} the tracker calling them. */
    private static Scene[] scenes(boolean tracker, int warmS, int measureS, int minUpdates) {
        Scene[] out = new Scene[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            SyntheticTraffic traffic = new SyntheticTraffic(SIZES[s], SEED);
            int seconds = secondsFor(traffic, measureS, minUpdates);
            out[s] = tracker ? new TrackerScene(traffic, true, warmS, seconds) : new DetectorScene(traffic, false,
                    warmS, seconds);
        }
        return out;
    }

    /**
     * Warms each scene (measuring the heap it holds), then runs {@link #ROUNDS} rounds of each, the scenes taking turns
     * round by round, so a slow stretch of a shared machine falls on every size alike rather than on one.
     */
    private static Measure[] measure(Scene[] scenes) {
        for (Scene s : scenes) {
            long before = usedHeap();
            s.warm();
            s.bytesPerTarget = (usedHeap() - before) / (double) s.targets() - s.excludedBytesPerTarget();
        }
        for (int r = 0; r < ROUNDS; r++) {
            for (Scene s : scenes) {
                s.round();
            }
        }
        Measure[] out = new Measure[scenes.length];
        for (int i = 0; i < scenes.length; i++) {
            out[i] = scenes[i].measure();
        }
        return out;
    }

    /** Simulated seconds to measure: at least {@code measureS}, and enough for {@code minUpdates} updates. */
    private static int secondsFor(SyntheticTraffic traffic, int measureS, int minUpdates) {
        return Math.max(measureS, (int) Math.ceil(minUpdates / (double) traffic.updatesIn(0)));
    }

    /**
     * One configuration kept alive across rounds: synthetic traffic, what consumes it, and the simulated second
     * reached. Inputs are built chunk by chunk of {@link #CHUNK} updates just before they are fed; only the feeding is
     * timed. A round's figure is the CPU time of the measuring thread per update (the cost on one core, unaffected by
     * other processes competing for the machine).
     */
    private abstract static class Scene {
        final SyntheticTraffic traffic;
        final long[] events = new long[1];
        private final int warmS;
        private final int measureS;
        private final double[] micros = new double[ROUNDS];
        private int rounds;
        private int second;
        private long updates;
        private long wallNanos;
        private long eventsAtStart;
        double bytesPerTarget;

        Scene(SyntheticTraffic traffic, int warmS, int measureS) {
            this.traffic = traffic;
            this.warmS = warmS;
            this.measureS = measureS;
        }

        /** Builds the inputs of updates {@code from} to {@code from + count − 1} of second {@code k}. */
        abstract void build(int k, int from, int count);

        /** Targets the scene's consumers hold in all. */
        int size() {
            return traffic.size();
        }

        /** Updates in simulated second {@code k}. */
        int updatesIn(int k) {
            return traffic.updatesIn(k);
        }

        /** Feeds what {@link #build} made; returns the number of updates fed. */
        abstract int feed();

        /** Live targets held. */
        abstract int targets();

        /** Bytes per target the heap figure leaves out (trail history). */
        double excludedBytesPerTarget() {
            return 0;
        }

        void warm() {
            for (; second < warmS; second++) {
                for (int from = 0, n = updatesIn(second); from < n; from += CHUNK) {
                    build(second, from, Math.min(CHUNK, n - from));
                    feed();
                }
            }
            eventsAtStart = events[0];
        }

        void round() {
            long roundUpdates = 0;
            long roundCpuNanos = 0;
            for (int end = second + measureS; second < end; second++) {
                for (int from = 0, n = updatesIn(second); from < n; from += CHUNK) {
                    build(second, from, Math.min(CHUNK, n - from));
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    int fed = feed();
                    wallNanos += System.nanoTime() - t0;
                    roundCpuNanos += THREADS.getCurrentThreadCpuTime() - c0;
                    roundUpdates += fed;
                }
            }
            updates += roundUpdates;
            micros[rounds++] = roundCpuNanos / 1e3 / roundUpdates;
        }

        /** The median round, with the least and most, and the totals over all rounds. */
        Measure measure() {
            double[] sorted = java.util.Arrays.copyOf(micros, rounds);
            java.util.Arrays.sort(sorted);
            return new Measure(size(), updates, sorted[rounds / 2], wallNanos / 1e3 / updates,
                    events[0] - eventsAtStart, bytesPerTarget, sorted[0], sorted[rounds - 1]);
        }
    }

    /**
     * The detectors fed snapshots, as a tracker hands them over: one at a time, or with {@code batched} a chunk at a
     * time through {@link Detectors#onUpdates}, as a caller holding a batch (such as a partition cell's operator)
     * hands them over. With {@code fullScan} the pair search scans the grid in full on every update (the
     * reference the neighbour lists reproduce).
     */
    private static final class DetectorScene extends Scene {
        private final Detectors detectors;
        private final boolean batched;
        private final TrackSnapshot[] batch = new TrackSnapshot[CHUNK];
        private int built;

        DetectorScene(SyntheticTraffic traffic, boolean fullScan, int warmS, int measureS) {
            this(traffic, fullScan, false, warmS, measureS);
        }

        DetectorScene(SyntheticTraffic traffic, boolean fullScan, boolean batched, int warmS, int measureS) {
            super(traffic, warmS, measureS);
            this.batched = batched;
            DetectionConfig config = DetectionConfig.defaults();
            this.detectors = fullScan
                    ? new Detectors(DetectorState.fullScan(config), CoverageOracle.EVERYWHERE, ReceiverSites.NONE,
                            e -> events[0]++, null, 0)
                    : new Detectors(config, e -> events[0]++);
        }

        @Override
        void build(int k, int from, int count) {
            built = traffic.second(k, from, count, batch);
        }

        @Override
        int feed() {
            if (batched) {
                detectors.onUpdates(batch, 0, built);
            } else {
                for (int j = 0; j < built; j++) {
                    detectors.onUpdate(batch[j]);
                }
            }
            return built;
        }

        @Override
        int targets() {
            return detectors.state().targetCount();
        }
    }

    /**
     * {@link #COLD_PARTS} independent detector states of {@link #SIZES}[0] targets each (each its own synthetic scene
     * and seed), fed round-robin one update at a time: each pair search sees as many targets as in the smallest scene,
     * while the memory the updates touch, and the order they touch it in, are those of the largest. Its cost against
     * the largest scene's is the growth due to the number of targets a detector holds, with the cache held equal; its
     * cost against the smallest scene's is what the cache alone adds.
     */
    private static final class ColdDetectorScene extends Scene {
        private final SyntheticTraffic[] parts = new SyntheticTraffic[COLD_PARTS];
        private final Detectors[] detectors = new Detectors[COLD_PARTS];
        private final TrackSnapshot[] one = new TrackSnapshot[1];
        private final TrackSnapshot[] batch = new TrackSnapshot[CHUNK];
        private final int[] owner = new int[CHUNK];
        private int built;

        ColdDetectorScene(int partSize, int warmS, int measureS) {
            super(new SyntheticTraffic(partSize, SEED), warmS, measureS);
            DetectionConfig config = DetectionConfig.defaults();
            for (int p = 0; p < COLD_PARTS; p++) {
                parts[p] = p == 0 ? traffic : new SyntheticTraffic(partSize, SEED + 1 + p);
                detectors[p] = new Detectors(config, e -> events[0]++);
            }
        }

        /** Update {@code j} of a second is part {@code j mod parts}' update {@code j / parts}, where it has one. */
        @Override
        int updatesIn(int k) {
            int most = 0;
            for (SyntheticTraffic t : parts) {
                most = Math.max(most, t.updatesIn(k));
            }
            return most * COLD_PARTS;
        }

        @Override
        void build(int k, int from, int count) {
            built = 0;
            for (int j = from; j < from + count; j++) {
                int p = j % COLD_PARTS;
                int u = j / COLD_PARTS;
                if (u < parts[p].updatesIn(k) && parts[p].second(k, u, 1, one) == 1) {
                    owner[built] = p;
                    batch[built++] = one[0];
                }
            }
        }

        @Override
        int feed() {
            for (int j = 0; j < built; j++) {
                detectors[owner[j]].onUpdate(batch[j]);
            }
            return built;
        }

        @Override
        int size() {
            return traffic.size() * COLD_PARTS;
        }

        @Override
        int targets() {
            int n = 0;
            for (Detectors d : detectors) {
                n += d.state().targetCount();
            }
            return n;
        }
    }

    /**
     * Observations (a velocity and a position per update) fed to the tracker, which calls the detectors; an update is
     * the pair. An aircraft's velocity arrives half a period from its position, as separate ADS-B squitters do, so its
     * pass finds the track's state no warmer than a live feed would ({@link SyntheticTraffic#velocityOf}). Applied in
     * batches ({@link Tracker#acceptAll}), as the engine does for unpaced replay and simulation, or one by one, as for
     * paced input and live input that keeps up. Tracks keep a one-point trail, whose exact allocation is subtracted,
     * so the heap per target excludes trail history as the target (≤ 1 KB per live target) does.
     */
    private static final class TrackerScene extends Scene {
        private final Tracker tracker;
        private final boolean batched;
        private final Observation[] batch = new Observation[2 * CHUNK];
        private int built;

        /** With {@code batched}, observations are applied by {@link Tracker#acceptAll}, else one by one. */
        TrackerScene(SyntheticTraffic traffic, boolean batched, int warmS, int measureS) {
            super(traffic, warmS, measureS);
            this.batched = batched;
            Detectors detectors = new Detectors(DetectionConfig.defaults(), e -> events[0]++);
            this.tracker = new Tracker(TrackerConfig.defaults().withTrailCapacity(1), new ReceiverRegistry(),
                    detectors);
        }

        @Override
        void build(int k, int from, int count) {
            built = observations(traffic, k, from, count, batch);
        }

        @Override
        int feed() {
            if (batched) {
                tracker.acceptAll(batch, 0, built);
            } else {
                for (int j = 0; j < built; j++) {
                    tracker.accept(batch[j]);
                }
            }
            return built / 2;
        }

        @Override
        int targets() {
            return tracker.size();
        }

        @Override
        double excludedBytesPerTarget() {
            return oneTrailBytes();
        }
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
     * with its own key object as the adapters build them: the velocity of the target {@link SyntheticTraffic#velocityOf}
     * names (the ship itself; for an aircraft, the aircraft half a period away), the position of the target due.
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
            int v = traffic.velocityOf(k, j);
            double trackDeg = traffic.trackDeg(v, tS);
            out[m++] = new VelocityObservation(traffic.newKey(v), t, rx, channel, traffic.speedKt(v), trackDeg,
                    traffic.verticalRateFpm(v, tS), false, trackDeg, Double.NaN, Double.NaN);
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

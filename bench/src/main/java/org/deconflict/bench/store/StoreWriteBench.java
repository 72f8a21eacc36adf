package org.deconflict.bench.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.deconflict.app.store.Batch;
import org.deconflict.app.store.EventRow;
import org.deconflict.app.store.LocalPostgres;
import org.deconflict.app.store.PositionRow;
import org.deconflict.app.store.ReplayProgress;
import org.deconflict.app.store.Store;
import org.deconflict.app.store.StoreWriter;
import org.deconflict.app.store.TargetKind;
import org.deconflict.app.store.TargetRow;
import org.deconflict.bench.BenchResult;

/**
 * Write rate of the store, per backend: the batched {@link StoreWriter} (5,000-row transactions; positions via
 * prepared-statement batches on SQLite, COPY on PostgreSQL) against one row per transaction through the same
 * {@link Store}. Workload: 2,000 targets reporting round-robin, one target upsert per 20 positions, one event per
 * 1,000, a progress marker per 10,000. PostgreSQL runs on a throwaway local server with fsync on (or {@code --db URL}).
 *
 * <p>Prints {@code RESULT store-write-sqlite ...} and {@code RESULT store-write-postgresql ...}: ours = batched rows/s,
 * peer = one-row-transaction rows/s, ratio = speed-up of batching.
 */
public final class StoreWriteBench {

    private static final int TARGETS = 2_000;
    private static final long T0 = 1_718_000_000_000L;

    private StoreWriteBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = BenchResult.quick(args);
        int batchedPositions = quick ? 100_000 : 1_000_000;
        int singleRows = quick ? 300 : 3_000;
        String db = option(args, "--db");

        Path dir = Files.createTempDirectory("store-bench");
        try {
            measure("store-write-sqlite", dir.resolve("bench.db").toString(), dir.resolve("single.db").toString(),
                    batchedPositions, singleRows);
        } finally {
            deleteTree(dir);
        }
        if (db != null) {
            measure("store-write-postgresql", db, db, batchedPositions, singleRows);
            return;
        }
        Optional<Path> bin = LocalPostgres.findBinaries();
        if (bin.isEmpty()) {
            System.out.println("store-write-postgresql: skipped, no PostgreSQL binaries (give --db postgresql://...)");
            return;
        }
        try (LocalPostgres pg = LocalPostgres.start(bin.get(), true)) {
            measure("store-write-postgresql", pg.createDatabase(), pg.createDatabase(), batchedPositions, singleRows);
        }
    }

    private static void measure(String name, String batchedLocation, String singleLocation, int batchedPositions,
                                int singleRows) {
        double[] batched;
        try (Store store = Store.open(batchedLocation)) {
            warmUp(store);
            batched = batchedRate(store, batchedPositions);
        }
        double single;
        try (Store store = Store.open(singleLocation)) {
            single = singleRate(store, singleRows);
        }
        System.out.println(String.format(Locale.ROOT, "%s: batched %,.0f rows/s (%,.0f rows; %,.0f rows per CPU-second "
                + "of this JVM), one row per transaction %,.0f rows/s (%,d rows)", name, batched[0], batched[1],
                batched[2], single, singleRows));
        BenchResult.print(name, batched[0], single, "rows/s");
    }

    private static void warmUp(Store store) {
        try (StoreWriter w = new StoreWriter(store, StoreWriter.Config.defaults().withPositionIntervalMs(0))) {
            for (int i = 0; i < 20_000; i++) {
                w.add(position(i, -1_000_000_000L));
            }
        }
    }

    /** {rows/s from the first add until flush returned, rows written, rows per CPU-second of this JVM}. */
    private static double[] batchedRate(Store store, int rows) {
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        int written = 0;
        try (StoreWriter w = new StoreWriter(store, StoreWriter.Config.defaults().withPositionIntervalMs(0))) {
            for (int i = 0; i < rows; i++) {
                written += write(w, i);
            }
            w.flush();
        }
        long wallNanos = System.nanoTime() - t0;
        return new double[] {written * 1e9 / wallNanos, written, written * 1e9 / (processCpuNanos() - cpu0)};
    }

    /** CPU time of this JVM (all threads); the machine may be shared, so wall-clock rates alone can mislead. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Adds position i and the target / event / progress rows that go with it; returns the data rows added. */
    private static int write(StoreWriter w, int i) {
        w.add(position(i, 0));
        int n = 1;
        if (i % 20 == 0) {
            w.add(target(i));
            n++;
        }
        if (i % 1_000 == 0) {
            w.add(event(i));
            n++;
        }
        if (i % 10_000 == 0) {
            w.progress(new ReplayProgress("bench", i * 64L, T0 + i));
        }
        return n;
    }

    private static double singleRate(Store store, int rows) {
        long t0 = System.nanoTime();
        for (int i = 0; i < rows; i++) {
            PositionRow row = position(i, 1_000_000_000L);
            store.write(new Batch(List.of(), List.of(), List.of(row), List.of(), List.of(), List.of()));
        }
        return rows * 1e9 / (System.nanoTime() - t0);
    }

    /** Target {@code i % TARGETS}, one report per target per second of event time. */
    private static PositionRow position(int i, long offsetMs) {
        int target = i % TARGETS;
        long timeMs = T0 + offsetMs + (long) (i / TARGETS) * 1_000 + target;
        double lat = 54 + (target % 100) * 0.05 + (i / TARGETS) * 1e-4;
        double lon = 10 + (target / 100) * 0.5 + (i / TARGETS) * 2e-4;
        return new PositionRow(key(target), timeMs, lat, lon, 30_000.0 + target, 420.0, 75.5, "adsb");
    }

    private static TargetRow target(int i) {
        int target = i % TARGETS;
        long timeMs = T0 + (long) (i / TARGETS) * 1_000 + target;
        return new TargetRow(key(target), TargetKind.AIRCRAFT, "CS" + target, "SE", target % 50 == 0,
                target % 50 == 0 ? "icao-block" : null, "A3", timeMs, timeMs);
    }

    private static EventRow event(int i) {
        return new EventRow("ev-" + i, "bench", T0 + i, List.of(key(i % TARGETS)), "C", "{\"i\": " + i + "}");
    }

    private static String key(int target) {
        return String.format(Locale.ROOT, "icao:%06x", 0x400000 + target);
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

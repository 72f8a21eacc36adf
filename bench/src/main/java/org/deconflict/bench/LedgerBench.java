package org.deconflict.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.deconflict.bench.ledger.AppendLoad;
import org.deconflict.bench.ledger.SignedLog;
import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.merkle.ProofVerifier;
import org.deconflict.ledger.merkle.Rfc9162;
import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.Ed25519;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.ledger.note.SignedNote;
import org.deconflict.ledger.tiles.DirectoryTileSource;
import org.deconflict.ledger.tiles.Durable;
import org.deconflict.ledger.tiles.LogVerifier;
import org.deconflict.ledger.tiles.TileLog;

/**
 * {@code bench/run ledger}: durable appends per second with group commit (several appender threads) against the same
 * log with one fsync per entry; inclusion/consistency proof time; full re-verification time of the tiled log.
 * Then the semantic verify of signed entries (every Ed25519 signature and rule; {@code --signed N}, default 100,000,
 * 1,500 with {@code --quick}) on every core and on one thread. Files go to {@code bench/target/} (a real disk, not
 * tmpfs, so fsync costs what it costs).
 */
public final class LedgerBench {

    private static final int ENTRY_BYTES = 200; // a typical statement entry; incidents with evidence are larger
    private static final int THREADS = 4;
    private static final int WINDOW = 1024;

    private LedgerBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = BenchResult.quick(args);
        long entries = quick ? 200_000 : 1_000_000;
        int signed = signedEntries(args, quick ? 1_500 : 100_000);
        Path root = Path.of("bench", "target", "ledger-bench-" + System.nanoTime());
        Files.createDirectories(root);
        try {
            run(root, entries, quick, signed);
        } finally {
            deleteTree(root);
        }
    }

    private static void run(Path root, long entries, boolean quick, int signed) throws Exception {
        Path dir = root.resolve("grouped");
        NoteKeys.Signer logKey = NoteKeys.generate("bench-log");
        // warm-up of the code paths on a throwaway log
        try (TileLog warm = TileLog.open(root.resolve("warm"))) {
            AppendLoad.run(warm, 50_000, THREADS, WINDOW, ENTRY_BYTES);
        }

        double ours;
        try (TileLog log = TileLog.open(dir)) {
            long cpu0 = cpuNanos();
            long nanos = AppendLoad.run(log, entries, THREADS, WINDOW, ENTRY_BYTES);
            double cpuS = (cpuNanos() - cpu0) / 1e9;
            ours = entries / (nanos / 1e9);
            System.out.printf(Locale.ROOT, "group commit: %d entries of %d B from %d threads in %.2f s = %.0f appends/s,"
                    + " %d fsyncs (%.0f entries each, %.2f ms apart); process CPU %.2f s = %.0f appends per CPU-second;"
                    + " load average %.1f on %d cores%n",
                    entries, ENTRY_BYTES, THREADS, nanos / 1e9, ours, log.journalForces(), entries / (double) log.journalForces(),
                    nanos / 1e6 / log.journalForces(), cpuS, entries / cpuS, loadAverage(), cores());

            long size = log.size();
            long t = System.nanoTime();
            log.persistTilesFor(size);
            SignedNote note = SignedNote.sign(new Checkpoint("bench/ledger", size, log.root(size)).text(), logKey);
            Durable.replace(dir.resolve("checkpoint"), note.encode());
            System.out.printf(Locale.ROOT, "checkpoint of %d entries published in %.1f ms%n", size, (System.nanoTime() - t) / 1e6);

            proofs(log, size, quick);
        }

        long t = System.nanoTime();
        long cpu0 = cpuNanos();
        LogVerifier.Report report = new LogVerifier(new DirectoryTileSource(dir), logKey.verifier(), "bench/ledger", List.of(), null).verify();
        double verifyS = (System.nanoTime() - t) / 1e9;
        if (!report.ok()) {
            throw new IllegalStateException("benchmark log does not verify: " + report);
        }
        System.out.printf(Locale.ROOT, "full verify (re-hash all entries and tiles, check checkpoint): %d entries in %.2f s"
                + " (process CPU %.2f s; load average %.1f)%n", report.size(), verifyS, (cpuNanos() - cpu0) / 1e9, loadAverage());
        signatureCost();
        semanticVerify(root, signed, quick ? signed : Math.min(signed, 10_000));

        double peer;
        long perEntry = quick ? 1_000 : 3_000;
        try (TileLog log = TileLog.open(root.resolve("per-entry"), new TileLog.Options(65_536, 64, 1))) {
            long nanos = AppendLoad.run(log, perEntry, THREADS, WINDOW, ENTRY_BYTES);
            peer = perEntry / (nanos / 1e9);
            System.out.printf(Locale.ROOT, "fsync per entry: %d entries in %.2f s = %.0f appends/s%n", perEntry, nanos / 1e9, peer);
        }
        BenchResult.print("ledger", ours, peer, "appends/s");
    }

    private static void proofs(TileLog log, long size, boolean quick) throws IOException {
        Random rnd = new Random(42);
        Rfc9162 h = new Rfc9162();
        byte[] root = log.root(size);
        int n = quick ? 5_000 : 20_000;
        double[] incl = new double[n];
        double[] cons = new double[n];
        for (int k = 0; k < n; k++) {
            long i = (long) (rnd.nextDouble() * size);
            long s = System.nanoTime();
            List<byte[]> proof = log.inclusionProof(i, size);
            incl[k] = (System.nanoTime() - s) / 1e3;
            if (k % 97 == 0 && ProofVerifier.verifyInclusion(i, size, h.leaf(log.entry(i)), proof, root) != ProofVerifier.Failure.OK) {
                throw new IllegalStateException("inclusion proof for " + i + " does not verify");
            }
            long s1 = 1 + (long) (rnd.nextDouble() * (size - 1));
            s = System.nanoTime();
            log.consistencyProof(s1, size);
            cons[k] = (System.nanoTime() - s) / 1e3;
        }
        System.out.printf(Locale.ROOT, "inclusion proof in a tree of %d: median %.1f us, p99 %.1f us (%d random leaves)%n",
                size, BenchResult.median(incl), percentile(incl, 0.99), n);
        System.out.printf(Locale.ROOT, "consistency proof to %d: median %.1f us, p99 %.1f us%n",
                size, BenchResult.median(cons), percentile(cons, 0.99));
    }

    /**
     * Per-entry Ed25519 verification cost in CPU time of the measuring thread (wall time on a shared machine counts
     * other people's work too) with this JDK's provider, which the ledger uses.
     */
    private static void signatureCost() {
        NoteKeys.Signer k = NoteKeys.generate("bench-party");
        byte[] msg = AppendLoad.entry(0, 0, 900);
        byte[] sig = Ed25519.sign(k.privateKey(), msg);
        double jdkUs = verifyCpuUs(() -> Ed25519.verify(k.keys().getPublic(), msg, sig), 300);
        System.out.printf(Locale.ROOT, "Ed25519 verify of a 900-byte entry on JDK %s (%s), thread-CPU: %.0f us"
                + " -> 1 M signed entries: %.0f CPU-s (spread over every core by verify)%n",
                System.getProperty("java.version"), System.getProperty("java.vm.vendor"), jdkUs, jdkUs);
    }

    /** Thread-CPU microseconds per call of {@code verify} (which must say true), after as many warm-up calls. */
    private static double verifyCpuUs(java.util.function.BooleanSupplier verify, int n) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n; i++) {
            if (!verify.getAsBoolean()) {
                throw new IllegalStateException("benchmark signature does not verify");
            }
        }
        long c = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            verify.getAsBoolean();
        }
        return (threads.getCurrentThreadCpuTime() - c) / 1e3 / n;
    }

    /**
     * Semantic verify (structure, every Ed25519 signature, the admission rules in log order) of {@code n} signed
     * entries on every core, and on one thread against every core for a log of {@code compared} entries.
     */
    private static void semanticVerify(Path root, int n, int compared) throws IOException {
        SignedLog signed = new SignedLog();
        Path big = root.resolve("signed");
        long t = System.nanoTime();
        double meanBytes = signed.write(big, n);
        System.out.printf(Locale.ROOT, "signed log: %d entries of %.0f B signed (on %d cores) and written in %.1f s%n",
                n, meanBytes, cores(), (System.nanoTime() - t) / 1e9);
        Path small = big;
        if (compared != n) {
            small = root.resolve("signed-small");
            signed.write(small, compared);
        }
        timedVerify(small, signed, cores(), compared); // warm-up: the timed runs below all run compiled code
        long cpu0 = cpuNanos();
        double allS = timedVerify(big, signed, cores(), n);
        double cpuS = (cpuNanos() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "semantic verify (structure + every signature + rules): %d signed entries in %.2f s on %d"
                + " threads = %.0f entries/s, process CPU %.1f s (%.0f us per entry) -> 1 M signed entries: %.0f s wall here,"
                + " %.0f s on %d idle cores (projected from these rates); load average %.1f%n",
                n, allS, cores(), n / allS, cpuS, cpuS * 1e6 / n, allS * 1_000_000.0 / n, cpuS * 1_000_000.0 / n / cores(),
                cores(), loadAverage());
        double oneS = timedVerify(small, signed, 1, compared);
        double manyS = compared == n ? allS : timedVerify(small, signed, cores(), compared);
        System.out.printf(Locale.ROOT, "semantic verify of %d signed entries: 1 thread %.2f s, %d threads %.2f s (x%.2f wall;"
                + " the gain needs idle cores); load average %.1f%n", compared, oneS, cores(), manyS, oneS / manyS, loadAverage());
    }

    private static double timedVerify(Path dir, SignedLog signed, int threads, int want) throws IOException {
        long t = System.nanoTime();
        LogVerifier.Report r = Ledger.verify(new DirectoryTileSource(dir), signed.parties(), threads);
        double s = (System.nanoTime() - t) / 1e9;
        if (!r.ok() || r.size() != want) {
            throw new IllegalStateException("signed benchmark log does not verify: " + r);
        }
        return s;
    }

    /** {@code --signed N}: how many signed entries the semantic verify runs on. */
    private static int signedEntries(String[] args, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--signed")) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static double percentile(double[] v, double p) {
        double[] c = v.clone();
        java.util.Arrays.sort(c);
        return c[Math.min(c.length - 1, (int) (p * c.length))];
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package org.deconflict.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.deconflict.bench.modes.BenchFrames;
import org.deconflict.bench.modes.OursRecords;
import org.deconflict.bench.modes.OursZeroAlloc;
import org.deconflict.bench.modes.PeerLibadsb;

/**
 * {@code bench/run modes-decode [--quick]}: decodes the frames of pyModeS' three sample CSVs (12,000 DF17/20/21
 * frames, repeated) with our decoder and with OpenSky libadsb 3.4.0 in the same JVM, single thread. Decode = CRC
 * check (parity, or address recovered from parity) + every field of the message + CPR position where a pair exists,
 * on both sides. RESULT compares our zero-allocation path ({@link OursZeroAlloc}: reads every field the record API
 * would hold, resolves CPR) with libadsb; it does strictly more than the peer on DF20/21 (Comm-B register inference
 * and register fields; libadsb keeps the MB field raw); positions resolved per frame are printed for both sides.
 * Each side decodes a pass through its own loop, so no call per frame is megamorphic. Our record API (immutable
 * objects, like libadsb's) is reported too. Rates are frames per CPU-second of the decoding thread (frames/s/core),
 * medians of the timed rounds, which take turns with the three sides after a warm-up that lasts until the JIT is
 * quiet; the zero-allocation rate of every round is printed, since a busy neighbour slows whole seconds.
 */
public final class ModesDecodeBench {
    private ModesDecodeBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = BenchResult.quick(args);
        BenchFrames corpus = BenchFrames.load();
        int n = corpus.frames.length;
        int rounds = quick ? 5 : 15; // the median of several rounds rides out a few seconds of a busy neighbour
        double seconds = quick ? 0.5 : 3.0;
        System.out.printf(Locale.ROOT, "modes-decode: %d frames per pass, %d timed rounds of >= %.1f s each%n",
                n, rounds, seconds);

        OursZeroAlloc view = new OursZeroAlloc();
        OursRecords records = new OursRecords();
        PeerLibadsb peer = new PeerLibadsb();
        // one call per pass: each side runs its own monomorphic loop over the corpus (no megamorphic call per frame)
        PassDecoder viewFn = pass -> view.decodePass(corpus, pass);
        PassDecoder recFn = pass -> records.decodePass(corpus, pass);
        PassDecoder peerFn = pass -> peer.decodePass(corpus, pass);

        double[] v = new double[rounds];
        double[] r = new double[rounds];
        double[] p = new double[rounds];
        int[] pass = {0};
        // warm-up: all three, interleaved, at least 2 (quick) / 3 rounds and then until a round in which the JIT
        // compilers worked under JIT_QUIET_MS (at most 20 rounds): a deoptimised method recompiled during a timed
        // round (seen: the CPR resolver and the ADS-B branch 3 s into a quick run) measures C1 code, not the decoder
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        int warmRounds = 0;
        long jitMs;
        do {
            long jit0 = jitTimed ? jit.getTotalCompilationTime() : 0;
            measure(viewFn, n, seconds / 2, pass);
            measure(recFn, n, seconds / 2, pass);
            measure(peerFn, n, seconds / 2, pass);
            jitMs = jitTimed ? jit.getTotalCompilationTime() - jit0 : 0;
            warmRounds++;
        } while (warmRounds < (quick ? 2 : 3) || jitMs >= JIT_QUIET_MS && warmRounds < 20);
        System.out.printf(Locale.ROOT, "warm-up: %d rounds, %d ms of JIT work in the last%n", warmRounds, jitMs);
        for (int k = 0; k < rounds; k++) {
            v[k] = measure(viewFn, n, seconds, pass);
            r[k] = measure(recFn, n, seconds, pass);
            p[k] = measure(peerFn, n, seconds, pass);
        }
        System.out.printf(Locale.ROOT, "zero-allocation path per round: %s M frames/s/core%n", millions(v));
        double ours = BenchResult.median(r);
        double zero = BenchResult.median(v);
        double theirs = BenchResult.median(p);
        long allocated = allocatedPerPass(viewFn, n, pass);
        System.out.printf(Locale.ROOT, "ours (record API):           %,.0f frames/s/core%n", ours);
        System.out.printf(Locale.ROOT, "ours (zero-allocation path): %,.0f frames/s/core, %.2f bytes allocated/frame%n",
                zero, allocated / (double) n);
        System.out.printf(Locale.ROOT, "peer (libadsb 3.4.0):        %,.0f frames/s/core%n", theirs);
        System.out.printf(Locale.ROOT, "positions resolved per frame: ours %.3f, peer %.3f%n",
                view.positions / (double) view.frames, peer.positions / (double) peer.frames);
        System.out.printf(Locale.ROOT, "record API vs peer: ratio %.2f%n", ours / theirs);
        System.out.println("note: RESULT ours = zero-allocation path: CRC + every field (incl. Comm-B inference) + CPR,"
                + " a superset of the peer's decode");
        BenchResult.print("modes-decode", zero, theirs, "frames/s");
    }

    private static long sink;
    /** JIT compilation time during one warm-up round below which the code is taken as compiled. */
    private static final long JIT_QUIET_MS = 20;

    private static String millions(double[] rates) {
        StringBuilder sb = new StringBuilder();
        for (double x : rates) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", x / 1e6));
        }
        return sb.toString();
    }

    /** Decodes every frame of the corpus once as pass number {@code pass}; returns a checksum. */
    @FunctionalInterface
    private interface PassDecoder {
        long decodePass(int pass);
    }

    /**
     * Frames per CPU-second of this thread (= frames/s/core) over whole passes of the corpus lasting at least
     * {@code seconds} of CPU time. CPU time, not wall time, because the benchmark host is shared: other processes
     * steal wall-clock time from both sides unevenly.
     */
    private static double measure(PassDecoder fn, int n, double seconds, int[] pass) {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long frames = 0;
        long start = mx.getCurrentThreadCpuTime();
        long deadline = start + (long) (seconds * 1e9);
        long s = 0;
        long now;
        do {
            s += fn.decodePass(pass[0]++);
            frames += n;
            now = mx.getCurrentThreadCpuTime();
        } while (now < deadline);
        sink += s;
        return frames / ((now - start) / 1e9);
    }

    private static long allocatedPerPass(PassDecoder fn, int n, int[] pass) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        int passes = 5;
        long s = 0;
        for (int k = 0; k < passes; k++) {
            s += fn.decodePass(pass[0]++);
        }
        sink += s;
        return (mx.getThreadAllocatedBytes(tid) - before) / passes;
    }
}

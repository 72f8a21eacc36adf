package org.deconflict.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.deconflict.bench.ais.AisCorpus;
import org.deconflict.bench.ais.OursAis;
import org.deconflict.bench.ais.PeerDmaAis;

/**
 * {@code bench/run ais-decode [--quick]}: the VDM/VDO sentences of the DMA, gpsd and pyais files (repeated) through
 * our decoder and through DMA AisLib 2.8.5 in the same JVM, single thread, rates per CPU-second of the thread.
 * Decode = checksum, fields, multi-part assembly and every field of the message, on every side: AisLib builds its
 * message objects (names as strings, binary data copied); our record API builds records; our view decodes every
 * field of every type into a reused object (names into reused buffers) and the harness reads each field, every
 * character and every binary data bit.
 * RESULT compares the view with AisLib; the record API is reported on its own line.
 */
public final class AisDecodeBench {

    private static long sink;

    private AisDecodeBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = BenchResult.quick(args);
        AisCorpus corpus = AisCorpus.load();
        int n = corpus.lines.length;
        // CPU-seconds per round: under load a CPU-second takes several wall seconds, and --quick must end within 60 s
        int rounds = quick ? 5 : 11;
        double seconds = quick ? 0.7 : 2.0;
        System.out.printf(Locale.ROOT, "ais-decode: %d sentences per pass, %d timed rounds of >= %.1f CPU-s per side "
                + "each, the sides taking turns of 50 ms%n", n,
                rounds, seconds);

        OursAis recordsOnce = OursAis.records();
        OursAis viewOnce = OursAis.view();
        PeerDmaAis peerOnce = new PeerDmaAis();
        for (int i = 0; i < n; i++) {
            recordsOnce.decode(corpus.bytes[i]);
            viewOnce.decode(corpus.bytes[i]);
            peerOnce.decode(corpus.lines[i]);
        }
        System.out.printf(Locale.ROOT, "one pass: ours %d messages (%d rejects), view %d messages (%d rejects), "
                        + "peer %d messages (%d exceptions)%n", recordsOnce.messages, recordsOnce.rejects,
                viewOnce.messages, viewOnce.rejects, peerOnce.messages, peerOnce.rejects);

        OursAis records = OursAis.records();
        OursAis zero = OursAis.view();
        PeerDmaAis peer = new PeerDmaAis();
        // one call per pass of the corpus: the loop over sentences runs inside each side, so the timing holds no
        // per-sentence dispatch between the three sides
        LongSupplier recFn = () -> records.decodeAll(corpus.bytes);
        LongSupplier zeroFn = () -> zero.decodeAll(corpus.bytes);
        LongSupplier peerFn = () -> peer.decodeAll(corpus.lines);

        LongSupplier[] sides = {recFn, zeroFn, peerFn};
        for (int w = 0; w < (quick ? 2 : 3); w++) {
            measureInterleaved(sides, n, seconds / 2);
        }
        double[] r = new double[rounds];
        double[] z = new double[rounds];
        double[] p = new double[rounds];
        for (int k = 0; k < rounds; k++) {
            double[] rates = measureInterleaved(sides, n, seconds);
            r[k] = rates[0];
            z[k] = rates[1];
            p[k] = rates[2];
        }
        double recordRate = BenchResult.median(r);
        double ours = BenchResult.median(z);
        double theirs = BenchResult.median(p);
        System.out.printf(Locale.ROOT, "ours (record API, every field into records): %,.0f sentences/CPU-s, "
                + "%.1f bytes allocated/sentence%n", recordRate, allocatedPerPass(recFn) / (double) n);
        System.out.printf(Locale.ROOT, "ours (view, every field, reused buffers):    %,.0f sentences/CPU-s, "
                + "%.1f bytes allocated/sentence%n", ours, allocatedPerPass(zeroFn) / (double) n);
        System.out.printf(Locale.ROOT, "peer (DMA AisLib 2.8.5, every field):        %,.0f sentences/CPU-s, "
                + "%.1f bytes allocated/sentence%n", theirs, allocatedPerPass(peerFn) / (double) n);
        System.out.printf(Locale.ROOT, "record API / peer: %.2f%n", recordRate / theirs);
        BenchResult.print("ais-decode", ours, theirs, "sentences/s");
    }

    /** CPU time each side runs before the next takes over: short, so the machine's drift hits every side alike. */
    private static final long SLICE_NANOS = 50_000_000L;

    /**
     * Sentences per CPU-second of this thread for each side, over whole passes of the corpus, each side given at least
     * {@code seconds} of CPU time in turns of {@link #SLICE_NANOS}. The machine is shared and its speed drifts within
     * seconds, so timing one side after the other would charge the drift to whichever ran in the slow moment; taking
     * turns puts every side in the same moments, and wall time would mostly measure the other processes.
     */
    private static double[] measureInterleaved(LongSupplier[] sides, int n, double seconds) {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] count = new long[sides.length];
        long[] cpu = new long[sides.length];
        long budget = (long) (seconds * 1e9);
        long s = 0;
        while (cpu[sides.length - 1] < budget || cpu[0] < budget) {
            for (int i = 0; i < sides.length; i++) {
                long start = mx.getCurrentThreadCpuTime();
                long now;
                do {
                    s += sides[i].getAsLong();
                    count[i] += n;
                    now = mx.getCurrentThreadCpuTime();
                } while (now - start < SLICE_NANOS);
                cpu[i] += now - start;
            }
        }
        sink += s;
        double[] rates = new double[sides.length];
        for (int i = 0; i < sides.length; i++) {
            rates[i] = count[i] / (cpu[i] / 1e9);
        }
        return rates;
    }

    private static long allocatedPerPass(LongSupplier pass) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        int passes = 5;
        long s = 0;
        for (int k = 0; k < passes; k++) {
            s += pass.getAsLong();
        }
        sink += s;
        return (mx.getThreadAllocatedBytes(tid) - before) / passes;
    }
}

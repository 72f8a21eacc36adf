package org.deconflict.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.IntToLongFunction;

import org.deconflict.bench.ais.AisCorpus;
import org.deconflict.bench.ais.OursAis;
import org.deconflict.bench.ais.PeerDmaAis;

/**
 * {@code bench/run ais-decode [--quick]}: the VDM/VDO sentences of the DMA, gpsd and pyais files (repeated) through
 * our decoder and through DMA AisLib 2.8.5 in the same JVM, single thread. Decode = checksum, fields, multi-part
 * assembly and every field of the message, on both sides. RESULT compares our record API with AisLib (both build
 * objects); our zero-allocation path is reported on its own line.
 */
public final class AisDecodeBench {

    private static long sink;

    private AisDecodeBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = BenchResult.quick(args);
        AisCorpus corpus = AisCorpus.load();
        int n = corpus.lines.length;
        int rounds = quick ? 5 : 15;
        double seconds = quick ? 1.0 : 3.0;
        System.out.printf(Locale.ROOT, "ais-decode: %d sentences per pass, %d timed rounds of >= %.1f s each%n", n,
                rounds, seconds);

        OursAis oursOnce = OursAis.records();
        PeerDmaAis peerOnce = new PeerDmaAis();
        for (int i = 0; i < n; i++) {
            oursOnce.decode(corpus.bytes[i]);
            peerOnce.decode(corpus.lines[i]);
        }
        System.out.printf(Locale.ROOT, "one pass: ours %d messages (%d rejects), peer %d messages (%d exceptions)%n",
                oursOnce.messages, oursOnce.rejects, peerOnce.messages, peerOnce.rejects);

        OursAis records = OursAis.records();
        OursAis zero = OursAis.zeroAllocation();
        PeerDmaAis peer = new PeerDmaAis();
        IntToLongFunction recFn = i -> records.decode(corpus.bytes[i]);
        IntToLongFunction zeroFn = i -> zero.decode(corpus.bytes[i]);
        IntToLongFunction peerFn = i -> peer.decode(corpus.lines[i]);

        for (int w = 0; w < 3; w++) {
            measure(recFn, n, seconds / 2);
            measure(zeroFn, n, seconds / 2);
            measure(peerFn, n, seconds / 2);
        }
        double[] r = new double[rounds];
        double[] z = new double[rounds];
        double[] p = new double[rounds];
        for (int k = 0; k < rounds; k++) {
            r[k] = measure(recFn, n, seconds);
            z[k] = measure(zeroFn, n, seconds);
            p[k] = measure(peerFn, n, seconds);
        }
        double ours = BenchResult.median(r);
        double zeroRate = BenchResult.median(z);
        double theirs = BenchResult.median(p);
        System.out.printf(Locale.ROOT, "ours (record API):           %,.0f sentences/s%n", ours);
        System.out.printf(Locale.ROOT, "ours (zero-allocation path): %,.0f sentences/s/core, %.2f bytes allocated/sentence%n",
                zeroRate, allocatedPerPass(zeroFn, n) / (double) n);
        System.out.printf(Locale.ROOT, "peer (DMA AisLib 2.8.5):     %,.0f sentences/s%n", theirs);
        BenchResult.print("ais-decode", ours, theirs, "sentences/s");
    }

    /**
     * Sentences per CPU-second of this thread, over whole passes of the corpus for at least {@code seconds} of CPU
     * time: the machine is shared, so wall time would mostly measure the other processes.
     */
    private static double measure(IntToLongFunction fn, int n, double seconds) {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long count = 0;
        long start = mx.getCurrentThreadCpuTime();
        long deadline = start + (long) (seconds * 1e9);
        long s = 0;
        long now;
        do {
            for (int i = 0; i < n; i++) {
                s += fn.applyAsLong(i);
            }
            count += n;
            now = mx.getCurrentThreadCpuTime();
        } while (now < deadline);
        sink += s;
        return count / ((now - start) / 1e9);
    }

    private static long allocatedPerPass(IntToLongFunction fn, int n) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        int passes = 5;
        long s = 0;
        for (int k = 0; k < passes; k++) {
            for (int i = 0; i < n; i++) {
                s += fn.applyAsLong(i);
            }
        }
        sink += s;
        return (mx.getThreadAllocatedBytes(tid) - before) / passes;
    }
}

package org.deconflict.bench.ledger;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.deconflict.ledger.tiles.TileLog;

/** Drives a {@link TileLog} from several appender threads, each keeping a window of unacknowledged appends in flight. */
public final class AppendLoad {

    private AppendLoad() {
    }

    /** A deterministic entry of about {@code bytes} bytes for appender {@code thread}, sequence {@code seq}. */
    public static byte[] entry(int thread, long seq, int bytes) {
        byte[] e = new byte[bytes];
        long x = (thread * 0x9E3779B97F4A7C15L) ^ (seq * 0xBF58476D1CE4E5B9L);
        for (int i = 0; i < bytes; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            e[i] = (byte) ('a' + (x & 15));
        }
        return e;
    }

    /**
     * Appends {@code total} entries from {@code threads} threads with up to {@code window} in flight each; returns the
     * elapsed nanoseconds until the last one was acknowledged (durable).
     */
    public static long run(TileLog log, long total, int threads, int window, int entryBytes) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            final int thread = t;
            workers[t] = new Thread(() -> {
                ArrayDeque<CompletableFuture<Long>> inFlight = new ArrayDeque<>(window);
                while (true) {
                    long seq = next.getAndIncrement();
                    if (seq >= total) {
                        break;
                    }
                    if (inFlight.size() == window) {
                        inFlight.poll().join();
                    }
                    inFlight.add(log.appendAsync(entry(thread, seq, entryBytes)));
                }
                inFlight.forEach(CompletableFuture::join);
            }, "appender-" + t);
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return System.nanoTime() - start;
    }
}

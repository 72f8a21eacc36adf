package org.deconflict.ledger.tiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Child process of {@link CrashRecoveryTest}: appends from several threads until killed, printing
 * {@code ACK <index> <round> <thread> <seq>} for every acknowledged append.
 */
public final class CrashAppender {

    private CrashAppender() {
    }

    static byte[] content(int round, int thread, int seq) {
        return ("round " + round + " thread " + thread + " seq " + seq + " " + "#".repeat(seq % 50)).getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        TileLog log = TileLog.open(dir, new TileLog.Options(700, 64, 512));
        System.out.println("OPEN " + log.size());
        System.out.flush();
        for (int t = 0; t < 4; t++) {
            final int thread = t;
            Thread w = new Thread(() -> {
                for (int seq = 0; ; seq++) {
                    CompletableFuture<Long>[] window = new CompletableFuture[16];
                    for (int k = 0; k < window.length; k++) {
                        window[k] = log.appendAsync(content(round, thread, seq + k));
                    }
                    for (int k = 0; k < window.length; k++) {
                        long idx = window[k].join();
                        synchronized (System.out) {
                            System.out.println("ACK " + idx + " " + round + " " + thread + " " + (seq + k));
                            System.out.flush();
                        }
                    }
                    seq += window.length - 1;
                }
            });
            w.start();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}

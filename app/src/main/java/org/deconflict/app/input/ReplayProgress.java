package org.deconflict.app.input;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * A progress line for replays and imports: bytes read of the total (MiB), rate and time left, drawn by
 * {@code me.tongfei:progressbar}. A daemon thread ({@code dc-progress-<task>}) samples the byte count every interval;
 * {@link #close()} draws the final state and stops it. Gzip'd files count compressed bytes against the file size.
 */
public final class ReplayProgress implements AutoCloseable {
    private static final long MIB = 1L << 20;
    private static final Duration DEFAULT_INTERVAL = Duration.ofMillis(500);

    private final ProgressBar bar;
    private final LongSupplier bytesRead;
    private final Thread sampler;

    private ReplayProgress(String task, LongSupplier bytesRead, long totalBytes, ProgressBarConsumer consumer,
                           Duration interval) {
        this.bytesRead = bytesRead;
        this.bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(totalBytes < 0 ? -1 : totalBytes)
                .setUnit("MiB", MIB)
                .showSpeed()
                .setUpdateIntervalMillis((int) interval.toMillis())
                .setConsumer(consumer)
                .build();
        this.sampler = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    bar.stepTo(bytesRead.getAsLong());
                    Thread.sleep(interval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dc-progress-" + task);
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Draws on stderr, redrawing one line in place. {@code totalBytes} -1 = unknown (no percentage). */
    public static ReplayProgress toConsole(String task, LongSupplier bytesRead, long totalBytes) {
        return new ReplayProgress(task, bytesRead, totalBytes, new ConsoleProgressBarConsumer(System.err),
                DEFAULT_INTERVAL);
    }

    /** Hands each rendered line to {@code lines} (for logs that are not a terminal), every {@code interval}. */
    public static ReplayProgress toLines(String task, LongSupplier bytesRead, long totalBytes, Consumer<String> lines,
                                         Duration interval) {
        return new ReplayProgress(task, bytesRead, totalBytes, new DelegatingProgressBarConsumer(lines), interval);
    }

    /** Bytes read so far by the finite inputs among {@code inputs} (files, stdin). */
    public static LongSupplier bytesRead(Collection<? extends Input> inputs) {
        List<Input> finite = inputs.stream().filter(Input::isFinite).map(i -> (Input) i).toList();
        return () -> finite.stream().mapToLong(i -> i.stats().sourceBytesRead()).sum();
    }

    /** Total size of the finite inputs among {@code inputs}, or -1 if any size is unknown (stdin). */
    public static long totalBytes(Collection<? extends Input> inputs) {
        long total = 0;
        for (Input i : inputs) {
            if (i.isFinite()) {
                long size = i.stats().sourceBytesTotal();
                if (size < 0) {
                    return -1;
                }
                total += size;
            }
        }
        return total;
    }

    /** Stops sampling and draws the final count. */
    @Override
    public void close() {
        sampler.interrupt();
        try {
            sampler.join(DEFAULT_INTERVAL.toMillis() * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        bar.stepTo(bytesRead.getAsLong());
        bar.close();
    }
}

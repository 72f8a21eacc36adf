package org.deconflict.app.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Collects rows from the pipeline and commits them to a {@link Store} in batches, on its own thread, so the pipeline
 * never waits for the database unless it runs more than {@link Config#maxQueuedBatches()} batches ahead. A batch is
 * sealed when it holds {@link Config#maxBatchRows()} rows or its first row is {@link Config#maxDelayMs()} old.
 * Positions are down-sampled per target ({@link PositionDownsampler}).
 *
 * <p>Durability: a {@link ReplayProgress} marker is committed in the same transaction as every row added before it,
 * and {@link #flush()} returns only when everything added so far is committed. After a crash, the stored marker
 * tells exactly where to resume. Call the add methods (and {@link #forgetTarget}) from one thread: the down-sampler
 * is that thread's alone.
 */
public final class StoreWriter implements AutoCloseable {

    /**
     * Writer settings.
     *
     * @param maxBatchRows       rows per batch (seal when reached)
     * @param maxDelayMs         longest time a row waits before its batch is sealed, milliseconds
     * @param positionIntervalMs keep at most one position per target per this many milliseconds (0 keeps all)
     * @param maxQueuedBatches   sealed batches waiting for the database before adds block (back pressure)
     */
    public record Config(int maxBatchRows, long maxDelayMs, long positionIntervalMs, int maxQueuedBatches) {

        public Config {
            if (maxBatchRows < 1 || maxDelayMs < 1 || positionIntervalMs < 0 || maxQueuedBatches < 1) {
                throw new IllegalArgumentException("invalid writer config " + maxBatchRows + "/" + maxDelayMs
                        + "/" + positionIntervalMs + "/" + maxQueuedBatches);
            }
        }

        /** 5,000 rows or 1 s per batch, one position per target per 5 s, 2 batches queued. */
        public static Config defaults() {
            return new Config(5_000, 1_000, 5_000, 2);
        }

        public Config withPositionIntervalMs(long ms) {
            return new Config(maxBatchRows, maxDelayMs, ms, maxQueuedBatches);
        }

        public Config withBatch(int rows, long delayMs) {
            return new Config(rows, delayMs, positionIntervalMs, maxQueuedBatches);
        }
    }

    /**
     * What the writer did so far.
     *
     * @param rowsCommitted      data rows committed (after folding, progress markers not counted)
     * @param batchesCommitted   transactions committed
     * @param commitNanos        time spent inside {@link Store#write(Batch)}
     * @param positionsDropped   positions refused by the down-sampler
     */
    public record Stats(long rowsCommitted, long batchesCommitted, long commitNanos, long positionsDropped) {

        /** Rows committed per second of database time (NaN before the first commit). */
        public double rowsPerSecond() {
            return commitNanos == 0 ? Double.NaN : rowsCommitted * 1e9 / commitNanos;
        }
    }

    private final Store store;
    private final Config config;
    private final PositionDownsampler downsampler;
    private final Thread thread;
    private final Object lock = new Object();
    private final Deque<SealedBatch> sealed = new ArrayDeque<>();
    private final PendingBatch pending = new PendingBatch();
    private long lastSealedSeq;
    private long committedSeq;
    private long rowsCommitted;
    private long batchesCommitted;
    private long commitNanos;
    /** Written by the adding thread only (lazySet), read by {@link #stats()} from any thread. */
    private final AtomicLong positionsDropped = new AtomicLong();
    private boolean closing;
    private RuntimeException failure;

    private record SealedBatch(long seq, Batch batch) {
    }

    /** Starts the writer thread; the store stays owned by the caller. */
    public StoreWriter(Store store, Config config) {
        this.store = store;
        this.config = config;
        this.downsampler = new PositionDownsampler(config.positionIntervalMs());
        this.thread = new Thread(this::run, "store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    public void add(TargetRow row) {
        append(p -> p.add(row));
    }

    public void add(FlightRow row) {
        append(p -> p.add(row));
    }

    /** Adds the position unless the down-sampler refuses it; returns whether it was kept. */
    public boolean add(PositionRow row) {
        checkUsableNow();
        if (!downsampler.accept(row.targetKey(), row.timeMs())) {
            positionDropped();
            return false;
        }
        append(p -> p.add(row));
        return true;
    }

    /** The down-sampler's interval: at most one position per target per this many milliseconds (0 keeps all). */
    public long positionIntervalMs() {
        return config.positionIntervalMs();
    }

    /**
     * Counts a position its producer left out by the same rule as the down-sampler ({@link
     * PositionDownsampler#keeps}), so that it need not build rows only to have them dropped here.
     */
    public void positionDropped() {
        positionsDropped.lazySet(positionsDropped.get() + 1);
    }

    public void add(EventRow row) {
        append(p -> p.add(row));
    }

    public void add(IncidentRow row) {
        append(p -> p.add(row));
    }

    /** Records how far an input got; committed together with every row added before this call. */
    public void progress(ReplayProgress marker) {
        append(p -> p.add(marker));
    }

    /** Adds to the pending batch; wakes the writer thread to time a new batch; seals the batch when full. */
    private void append(Consumer<PendingBatch> add) {
        synchronized (lock) {
            checkUsable();
            boolean wasEmpty = pending.isEmpty();
            add.accept(pending);
            if (wasEmpty) {
                lock.notifyAll();
            }
            if (pending.rowsAdded() >= config.maxBatchRows()) {
                seal();
                while (sealed.size() > config.maxQueuedBatches() && failure == null) {
                    await();
                }
                checkFailure();
            }
        }
    }

    /** Forgets a target's down-sampling state (its track ended). */
    public void forgetTarget(String targetKey) {
        downsampler.forget(targetKey);
    }

    /**
     * Seals what is pending and blocks until everything added before this call is committed.
     *
     * @return the sequence number of the last committed batch
     * @throws StoreException if a commit failed (the writer is then unusable)
     */
    public long flush() {
        synchronized (lock) {
            checkUsable();
            seal();
            long target = lastSealedSeq;
            while (committedSeq < target && failure == null) {
                await();
            }
            checkFailure();
            return target;
        }
    }

    public Stats stats() {
        synchronized (lock) {
            return new Stats(rowsCommitted, batchesCommitted, commitNanos, positionsDropped.get());
        }
    }

    /** Flushes, then stops the writer thread. The store is left open. */
    @Override
    public void close() {
        try {
            synchronized (lock) {
                if (!closing && failure == null) {
                    flush();
                }
            }
        } finally {
            synchronized (lock) {
                closing = true;
                lock.notifyAll();
            }
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void seal() {
        if (!pending.isEmpty()) {
            sealed.addLast(new SealedBatch(++lastSealedSeq, pending.drain()));
            lock.notifyAll();
        }
    }

    private void run() {
        try {
            writeLoop();
        } catch (RuntimeException e) {
            synchronized (lock) {
                failure = e;
                lock.notifyAll();
            }
        }
    }

    private void writeLoop() {
        while (true) {
            SealedBatch next;
            synchronized (lock) {
                while (true) {
                    if (!sealed.isEmpty()) {
                        next = sealed.peekFirst();
                        break;
                    }
                    if (closing || failure != null) {
                        return;
                    }
                    if (pending.isEmpty()) {
                        await();
                        continue;
                    }
                    long waitNanos = pending.firstAddNanos() + TimeUnit.MILLISECONDS.toNanos(config.maxDelayMs())
                            - System.nanoTime();
                    if (waitNanos <= 0) {
                        seal();
                    } else {
                        awaitNanos(waitNanos);
                    }
                }
            }
            long t0 = System.nanoTime();
            store.write(next.batch());
            long took = System.nanoTime() - t0;
            synchronized (lock) {
                sealed.removeFirst();
                committedSeq = next.seq();
                rowsCommitted += next.batch().rowCount();
                batchesCommitted++;
                commitNanos += took;
                lock.notifyAll();
            }
        }
    }

    private void await() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store writer");
        }
    }

    private void awaitNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(lock, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store writer");
        }
    }

    /** {@link #checkUsable()} for the adding thread, under the lock. */
    private void checkUsableNow() {
        synchronized (lock) {
            checkUsable();
        }
    }

    private void checkUsable() {
        checkFailure();
        if (closing) {
            throw new StoreException("store writer is closed");
        }
    }

    private void checkFailure() {
        if (failure != null) {
            throw new StoreException("store writer stopped: " + failure.getMessage(), failure);
        }
    }
}

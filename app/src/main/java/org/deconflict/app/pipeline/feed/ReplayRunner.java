package org.deconflict.app.pipeline.feed;

import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.deconflict.app.input.ReplayClock;
import org.deconflict.app.input.TimeOrderedMerge;
import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.app.store.ReplayProgress;
import org.deconflict.app.store.StoreWriter;

/**
 * Offline replay: several recordings merged by event time ({@link TimeOrderedMerge}) into one {@link EngineCore}, on
 * the calling thread, paced by a {@link ReplayClock}. With a store it writes a {@link ReplayProgress} marker per file
 * (absolute path, content bytes framed, last event time) every {@link #CHECKPOINT_ITEMS} items, committed with the rows
 * before it. Resuming re-reads the files from their start with the store gate shut — the engine rebuilds exactly the
 * tracks it had — and opens the gate once every file has passed its stored marker, so the final store equals that of
 * an uninterrupted run (rows written twice near the marker are idempotent upserts).
 */
public final class ReplayRunner {

    /** Items between two progress markers. */
    static final int CHECKPOINT_ITEMS = 20_000;

    private final List<FileFeed> files;
    private final EngineCore core;
    private final ReplayClock clock;
    private final StoreWiring store;
    private final long[] resumeOffsets;
    private final String[] names;
    private final long[] deliveredOffsets;
    private final long[] lastTimesNanos;
    private volatile boolean stop;
    private long items;
    private long lateItems;

    /**
     * @param store   null: no store, no markers
     * @param resume  stored offsets by input name ({@link #inputName}) to resume after; empty = from the start
     */
    public ReplayRunner(List<FileFeed> files, EngineCore core, ReplayClock clock, StoreWiring store,
                        Map<String, Long> resume) {
        this.files = List.copyOf(files);
        this.core = core;
        this.clock = clock;
        this.store = store;
        int n = files.size();
        this.names = new String[n];
        this.resumeOffsets = new long[n];
        this.deliveredOffsets = new long[n];
        this.lastTimesNanos = new long[n];
        for (int i = 0; i < n; i++) {
            names[i] = inputName(files.get(i));
            resumeOffsets[i] = resume.getOrDefault(names[i], 0L);
            lastTimesNanos[i] = Long.MIN_VALUE;
        }
    }

    /** The name a file's progress marker is stored under: its absolute, normalised path. */
    public static String inputName(FileFeed f) {
        return f.path().toAbsolutePath().normalize().toString();
    }

    /** Replays everything (or until {@link #stop()}); returns the items delivered. */
    public long run() throws InterruptedException {
        FileFeed[] lanes = files.toArray(new FileFeed[0]);
        TimeOrderedMerge merge = new TimeOrderedMerge(files);
        maybeOpenGate();
        boolean paced = clock.isPaced();
        core.batching(!paced);          // unpaced, items come in a tight loop: let the engine apply them in batches
        try {
            deliverAll(lanes, merge, paced);
        } finally {
            core.batching(false);
        }
        lateItems = merge.lateItems();
        return items;
    }

    private void deliverAll(FileFeed[] lanes, TimeOrderedMerge merge, boolean paced) throws InterruptedException {
        int untilCheckpoint = CHECKPOINT_ITEMS - (int) (items % CHECKPOINT_ITEMS);
        int lane;
        while (!stop && (lane = merge.next()) >= 0) {
            FileFeed f = lanes[lane];
            long t = f.timeNanos();
            if (paced) {
                clock.pace(t);
            }
            f.deliverTo(core);
            items++;
            deliveredOffsets[lane] = Math.max(deliveredOffsets[lane], f.endOffset());
            lastTimesNanos[lane] = Math.max(lastTimesNanos[lane], t);
            if (--untilCheckpoint == 0) {
                untilCheckpoint = CHECKPOINT_ITEMS;
            }
            if (store != null && !store.gateOpen()) {
                maybeOpenGate();
            } else if (store != null && untilCheckpoint == CHECKPOINT_ITEMS) {
                checkpoint(false);
            }
        }
    }

    /**
     * After the engine has flushed (pipeline closed): marks every file as read to its end, or as far as it got when
     * stopped early. Nothing is marked while the gate is still shut (nothing new was read).
     */
    public void finish() {
        if (store != null && store.gateOpen()) {
            checkpoint(!stop);
            store.writer().flush();
        }
    }

    private void maybeOpenGate() {
        if (store == null || store.gateOpen()) {
            return;
        }
        for (int i = 0; i < files.size(); i++) {
            if (deliveredOffsets[i] < resumeOffsets[i]) {
                return;
            }
        }
        core.flush();                   // items before the markers were applied with the gate shut, as one by one
        store.openGate();
    }

    private void checkpoint(boolean toEnd) {
        core.flush();                   // the marker must follow the rows of every item delivered before it
        StoreWriter w = store.writer();
        for (int i = 0; i < files.size(); i++) {
            long offset = toEnd ? files.get(i).offset() : deliveredOffsets[i];
            Long lastMs = lastTimesNanos[i] == Long.MIN_VALUE ? null : lastTimesNanos[i] / 1_000_000L;
            w.progress(new ReplayProgress(names[i], offset, lastMs));
        }
    }

    /** Asks the replay to end after the current item (Ctrl-C). */
    public void stop() {
        stop = true;
    }

    public boolean stopped() {
        return stop;
    }

    /** Items handed to the engine. */
    public long items() {
        return items;
    }

    /** Items merged out of time order (their file was out of order beyond the reorder window). */
    public long lateItems() {
        return lateItems;
    }

    /** Bytes read from the files themselves (compressed if gzip'd), for a progress bar. */
    public LongSupplier bytesRead() {
        return () -> files.stream().mapToLong(FileFeed::sourceBytesRead).sum();
    }

    public long totalBytes() {
        return files.stream().mapToLong(FileFeed::sizeBytes).sum();
    }
}

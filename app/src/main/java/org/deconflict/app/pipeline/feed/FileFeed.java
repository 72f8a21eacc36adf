package org.deconflict.app.pipeline.feed;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.LongSupplier;

import org.deconflict.ais.AisReport;
import org.deconflict.app.input.FileSource;
import org.deconflict.app.input.Sources;
import org.deconflict.app.input.StreamFormat;
import org.deconflict.app.input.TimeOrderedMerge;
import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.engine.ingest.Observation;

/**
 * One recording read on demand as a cursor of a {@link TimeOrderedMerge} (pull, on the replay thread): chunks are read
 * and framed only when the items of the previous chunk have been taken, so memory stays at one chunk's items plus the
 * reorder window. Items pass through a {@link TimeOrderedMerge.ReorderWindow} of {@link #REORDER_WINDOW} items, so a
 * file may be that much out of time order and still be replayed in order. Items without a time of their own (AVR
 * {@code *HEX;}, hex lines without TS, AIS without tag block, SBS records without a date) take the time of the file's
 * previous item, or the start time before the first. Decoded items are kept in columns (frame bytes side by side in
 * one array), never as objects.
 */
public final class FileFeed implements TimeOrderedMerge.Source, AutoCloseable {
    static final int CHUNK_BYTES = 16 * 1024;
    /** Items each file may be out of time order and still be merged in order (frames of one chunk, AIS bursts). */
    static final int REORDER_WINDOW = 256;
    /** Room per frame in the frame column: a long Mode S frame is 112 bits (ICAO Annex 10 Vol IV §3.1.2.1.5). */
    private static final int FRAME_BYTES = 14;

    private final Path path;
    private final InputStream stream;
    private final LongSupplier sourceBytesRead;
    private final long sizeBytes;
    private final boolean gzipped;
    private final Closeable closer;
    private final StreamFormat format;
    private final int receiverId;
    private final FrameDecoder decoder;
    private final byte[] buf = new byte[CHUNK_BYTES];
    private final TimeOrderedMerge.ReorderWindow window = new TimeOrderedMerge.ReorderWindow(REORDER_WINDOW);
    // item columns, indexed by slot; free slots are on a stack
    private byte[] frames = new byte[0];
    private byte[] lengths = new byte[0];
    private long[] times = new long[0];
    private long[] counters = new long[0];
    private long[] received = new long[0];
    private long[] endOffsets = new long[0];
    private AisReport[] reports = new AisReport[0];
    private Observation[] observations = new Observation[0];
    private int[] free = new int[0];
    private int freeCount;
    // slots decoded but not yet in the window, in file order (a ring)
    private int[] pending = new int[0];
    private int pendingHead;
    private int pendingCount;
    private int current = -1;
    private long offset;
    private long lastTimeNanos;
    private boolean ended;

    /**
     * Opens {@code path}; {@code format} null = tell it from the content.
     *
     * @throws Sources.InputException (one line) for a missing or unreadable file or an unknown format
     */
    public FileFeed(Path path, StreamFormat format, int receiverId, TickClock ticks, long startNanos) {
        FileSource source = FileSource.open(path);
        this.path = path;
        this.stream = source.stream();
        this.sourceBytesRead = source::sourceBytesRead;
        this.sizeBytes = source.sizeBytes();
        this.gzipped = source.gzipped();
        this.closer = source;
        this.lastTimeNanos = startNanos;
        this.receiverId = receiverId;
        try {
            this.format = format != null ? format : source.detectFormat();
        } catch (IOException e) {
            closeQuietly();
            throw new Sources.InputException("cannot read " + path + ": " + e.getMessage());
        }
        if (this.format == null) {
            closeQuietly();
            throw new Sources.InputException("cannot tell the format of " + path + "; name it, e.g. beast:" + path
                    + " (formats: beast, avr, sbs, nmea, hex)");
        }
        try {
            this.decoder = new FrameDecoder(this.format, receiverId, ticks, new Columns());
        } catch (Sources.InputException e) {
            closeQuietly();
            throw new Sources.InputException(path + ": " + e.getMessage());
        }
    }

    /** A recording already in memory (benchmarks, tests): {@code name} stands for its path; format required. */
    public FileFeed(String name, byte[] content, StreamFormat format, int receiverId, TickClock ticks,
                    long startNanos) {
        ByteArrayInputStream in = new ByteArrayInputStream(content);
        this.path = Path.of(name);
        this.stream = in;
        this.sourceBytesRead = () -> content.length - in.available();
        this.sizeBytes = content.length;
        this.gzipped = false;
        this.closer = in;
        this.lastTimeNanos = startNanos;
        this.receiverId = receiverId;
        this.format = format;
        this.decoder = new FrameDecoder(format, receiverId, ticks, new Columns());
    }

    /** Moves to the next item in time order (within the reorder window); false at the end of the file. */
    @Override
    public boolean advance() {
        if (current >= 0) {
            reports[current] = null;
            observations[current] = null;
            free[freeCount++] = current;
            current = -1;
        }
        while (!window.isFull()) {
            if (pendingCount == 0 && !readChunk()) {
                break;
            }
            int slot = pending[pendingHead];
            pendingHead = (pendingHead + 1) & (pending.length - 1);
            pendingCount--;
            window.add(slot, times[slot]);
        }
        if (window.isEmpty()) {
            return false;
        }
        current = window.poll();
        return true;
    }

    /** Event time of the current item, ns since the Unix epoch. */
    @Override
    public long key() {
        return times[current];
    }

    /** Event time of the current item, ns since the Unix epoch. */
    public long timeNanos() {
        return times[current];
    }

    /** Content bytes framed when the current item was completed (a resume point once it is delivered). */
    public long endOffset() {
        return endOffsets[current];
    }

    /** Hands the current item to the engine: Mode S bytes straight from the frame column, no copy. */
    public void deliverTo(EngineCore core) {
        AisReport r = reports[current];
        Observation o = observations[current];
        if (r != null) {
            core.aisReport(r, received[current]);
        } else if (o != null) {
            core.observation(o);
        } else {
            core.modesFrame(frames, current * FRAME_BYTES, lengths[current], counters[current], times[current],
                    receiverId);
        }
    }

    /** Reads and frames chunks until one yields an item; false at the end of the file. */
    private boolean readChunk() {
        while (pendingCount == 0 && !ended) {
            int n;
            try {
                n = stream.read(buf, 0, buf.length);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + " at byte " + offset + ": " + e.getMessage(), e);
            }
            if (n < 0) {
                ended = true;
                decoder.finish(lastTimeNanos, offset);
            } else {
                offset += n;
                decoder.feed(buf, 0, n, lastTimeNanos, offset);
            }
        }
        return pendingCount > 0;
    }

    /** A free slot for a new item, growing the columns when none is left. */
    private int slot(long timeNanos, long endOffset) {
        if (freeCount == 0) {
            grow();
        }
        int s = free[--freeCount];
        times[s] = timeNanos;
        endOffsets[s] = endOffset;
        if (timeNanos > lastTimeNanos) {
            lastTimeNanos = timeNanos;
        }
        if (pendingCount == pending.length) {
            growPending();
        }
        pending[(pendingHead + pendingCount) & (pending.length - 1)] = s;
        pendingCount++;
        return s;
    }

    private void grow() {
        int old = times.length;
        int cap = Math.max(1024, old * 2);
        frames = Arrays.copyOf(frames, cap * FRAME_BYTES);
        lengths = Arrays.copyOf(lengths, cap);
        times = Arrays.copyOf(times, cap);
        counters = Arrays.copyOf(counters, cap);
        received = Arrays.copyOf(received, cap);
        endOffsets = Arrays.copyOf(endOffsets, cap);
        reports = Arrays.copyOf(reports, cap);
        observations = Arrays.copyOf(observations, cap);
        free = Arrays.copyOf(free, cap);
        for (int s = cap - 1; s >= old; s--) {
            free[freeCount++] = s;
        }
    }

    private void growPending() {
        int[] more = new int[Math.max(1024, pending.length * 2)];   // a power of two: the ring wraps by mask
        for (int i = 0; i < pendingCount; i++) {
            more[i] = pending[(pendingHead + i) & (pending.length - 1)];
        }
        pending = more;
        pendingHead = 0;
    }

    /** The decoder's output: each item into a free slot of the columns, queued in file order. */
    private final class Columns implements FrameDecoder.Output {
        @Override
        public void modes(byte[] b, int off, int len, long timestamp12MHz, long timeNanos, int receiver,
                          long endOffset) {
            int s = slot(timeNanos, endOffset);
            int n = Math.min(len, FRAME_BYTES);
            System.arraycopy(b, off, frames, s * FRAME_BYTES, n);
            lengths[s] = (byte) n;
            counters[s] = timestamp12MHz;
        }

        @Override
        public void ais(AisReport report, long receivedNanos, long endOffset) {
            long t = report.hasTime() ? report.timeMillis() * 1_000_000L : receivedNanos;
            int s = slot(t, endOffset);
            reports[s] = report;
            received[s] = receivedNanos;
        }

        @Override
        public void observation(Observation o, long endOffset) {
            int s = slot(o.timeNanos(), endOffset); // first: it may grow the columns
            observations[s] = o;
        }
    }

    public Path path() {
        return path;
    }

    public StreamFormat format() {
        return format;
    }

    /** Bytes read from the file itself (compressed if gzip'd), for progress. */
    public long sourceBytesRead() {
        return sourceBytesRead.getAsLong();
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    /** Bytes of content: the file size, or -1 for a gzip'd file (known only once read). */
    public long contentBytes() {
        return gzipped ? -1 : sizeBytes;
    }

    /** Bytes of content (after gunzip) read so far; every item carries the value current when it was framed. */
    public long offset() {
        return offset;
    }

    public FrameDecoder decoder() {
        return decoder;
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            closer.close();
        } catch (IOException ignored) {
            // reading is over; nothing to save
        }
    }
}

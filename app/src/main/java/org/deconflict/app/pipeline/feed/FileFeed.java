package org.deconflict.app.pipeline.feed;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
 * reorder window. The next {@link #REORDER_WINDOW} items are kept sorted by time (as a
 * {@link TimeOrderedMerge.ReorderWindow} would, equal times in file order), so a file may be that much out of time
 * order and still be replayed in order. Items without a time of their own (AVR {@code *HEX;}, hex lines without TS, AIS
 * without tag block, SBS records without a date) take the time of the file's previous item, or the start time before
 * the first. Decoded items live in one ring in file order, packed so that taking an item touches two cache lines:
 * four longs of metadata (time, 12 MHz counter or AIS arrival time, end offset, kind and length) and 16 bytes of frame;
 * AIS reports and SBS observations (the rare objects) sit beside them. The merge switches between files on almost every
 * item, so what each item touches is what a replay pays.
 */
public final class FileFeed implements TimeOrderedMerge.Source, AutoCloseable {
    static final int CHUNK_BYTES = 16 * 1024;
    /** Items each file may be out of time order and still be merged in order (frames of one chunk, AIS bursts). */
    static final int REORDER_WINDOW = 256;
    /** Room per frame: a long Mode S frame is 112 bits (ICAO Annex 10 Vol IV §3.1.2.1.5), rounded up to 16 bytes. */
    private static final int FRAME_BYTES = 16;
    private static final int MAX_FRAME_BYTES = 14;
    /** Longs of metadata per item: time, counter (AIS: arrival time), end offset, kind | length. */
    private static final int META = 4;
    private static final int TIME = 0;
    private static final int COUNTER = 1;
    private static final int END_OFFSET = 2;
    private static final int KIND_LENGTH = 3;
    private static final long KIND_MODES = 0;
    private static final long KIND_AIS = 1L << 8;
    private static final long KIND_OBSERVATION = 2L << 8;
    private static final long KIND_MASK = 0xFF00;

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
    private final long[] movingMeta = new long[META];
    private final byte[] movingFrame = new byte[FRAME_BYTES];
    // the ring: items [head, tail) in file order, except that [head, head + sorted) is the reorder window, sorted by time
    private long[] meta;
    private byte[] frames;
    private Object[] objects;
    private int mask;
    private long head;
    private long tail;
    private int sorted;
    /** Latest time in the window (its last item), so an item in order joins it without reading another. */
    private long windowLastNanos = Long.MIN_VALUE;
    private boolean taken;
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
        allocate(2048);
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
        allocate(2048);
        this.decoder = new FrameDecoder(format, receiverId, ticks, new Columns());
    }

    /** Moves to the next item in time order (within the reorder window); false at the end of the file. */
    @Override
    public boolean advance() {
        if (taken) {
            int at = (int) (head & mask);
            if ((meta[at * META + KIND_LENGTH] & KIND_MASK) != KIND_MODES) {
                objects[at] = null;
            }
            head++;
            sorted--;
            taken = false;
        }
        while (sorted < REORDER_WINDOW) {
            if (head + sorted == tail && !readChunk()) {
                break;
            }
            enterWindow();
        }
        if (sorted == 0) {
            return false;
        }
        taken = true;
        return true;
    }

    /**
     * The first item after the window joins it: it moves before the window's items with a later time (a step back or
     * two for a file slightly out of order; none for the usual file in order).
     */
    private void enterWindow() {
        long entering = head + sorted;
        long t = meta[(int) (entering & mask) * META + TIME];
        if (sorted > 0 && t < windowLastNanos) {
            long to = entering;
            while (to > head && meta[(int) ((to - 1) & mask) * META + TIME] > t) {
                to--;
            }
            moveBack(entering, to);
        } else {
            windowLastNanos = t;
        }
        sorted++;
    }

    /** Moves the item at {@code from} to {@code to} (< from), shifting the items in between one place on. */
    private void moveBack(long from, long to) {
        long[] m = movingMeta;
        byte[] f = movingFrame;
        int src = (int) (from & mask);
        System.arraycopy(meta, src * META, m, 0, META);
        System.arraycopy(frames, src * FRAME_BYTES, f, 0, FRAME_BYTES);
        Object o = objects[src];
        for (long p = from; p > to; p--) {
            int dst = (int) (p & mask);
            int prev = (int) ((p - 1) & mask);
            System.arraycopy(meta, prev * META, meta, dst * META, META);
            System.arraycopy(frames, prev * FRAME_BYTES, frames, dst * FRAME_BYTES, FRAME_BYTES);
            objects[dst] = objects[prev];
        }
        int dst = (int) (to & mask);
        System.arraycopy(m, 0, meta, dst * META, META);
        System.arraycopy(f, 0, frames, dst * FRAME_BYTES, FRAME_BYTES);
        objects[dst] = o;
    }

    /** Event time of the current item, ns since the Unix epoch. */
    @Override
    public long key() {
        return meta[(int) (head & mask) * META + TIME];
    }

    /** Event time of the current item, ns since the Unix epoch. */
    public long timeNanos() {
        return meta[(int) (head & mask) * META + TIME];
    }

    /** Content bytes framed when the current item was completed (a resume point once it is delivered). */
    public long endOffset() {
        return meta[(int) (head & mask) * META + END_OFFSET];
    }

    /** A copy of the current item's Mode S frame (empty for an AIS report or an SBS observation); for checks. */
    byte[] frameCopy() {
        int at = (int) (head & mask);
        long kindLength = meta[at * META + KIND_LENGTH];
        int n = (kindLength & KIND_MASK) == KIND_MODES ? (int) (kindLength & 0xFF) : 0;
        return java.util.Arrays.copyOfRange(frames, at * FRAME_BYTES, at * FRAME_BYTES + n);
    }

    /** Hands the current item to the engine: Mode S bytes straight from the ring, no copy. */
    public void deliverTo(EngineCore core) {
        int at = (int) (head & mask);
        int m = at * META;
        long kindLength = meta[m + KIND_LENGTH];
        long kind = kindLength & KIND_MASK;
        if (kind == KIND_MODES) {
            core.modesFrame(frames, at * FRAME_BYTES, (int) (kindLength & 0xFF), meta[m + COUNTER], meta[m + TIME],
                    receiverId);
        } else if (kind == KIND_AIS) {
            core.aisReport((AisReport) objects[at], meta[m + COUNTER]);
        } else {
            core.observation((Observation) objects[at]);
        }
    }

    /** Reads and frames chunks until one yields an item; false at the end of the file. */
    private boolean readChunk() {
        long before = tail;
        while (tail == before && !ended) {
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
        return tail > before;
    }

    /** Appends an item at the tail (growing the ring when full); returns its ring index. */
    private int append(long timeNanos, long counter, long endOffset, long kindLength) {
        if (tail - head == mask + 1) {
            allocate((mask + 1) * 2);
        }
        int at = (int) (tail++ & mask);
        int m = at * META;
        meta[m + TIME] = timeNanos;
        meta[m + COUNTER] = counter;
        meta[m + END_OFFSET] = endOffset;
        meta[m + KIND_LENGTH] = kindLength;
        if (timeNanos > lastTimeNanos) {
            lastTimeNanos = timeNanos;
        }
        return at;
    }

    /** A ring of {@code capacity} items (a power of two) holding the items [head, tail) of the old one in order. */
    private void allocate(int capacity) {
        long[] oldMeta = meta;
        byte[] oldFrames = frames;
        Object[] oldObjects = objects;
        int oldMask = mask;
        meta = new long[capacity * META];
        frames = new byte[capacity * FRAME_BYTES];
        objects = new Object[capacity];
        mask = capacity - 1;
        if (oldMeta == null) {
            return;
        }
        for (long p = head; p < tail; p++) {
            int from = (int) (p & oldMask);
            int to = (int) (p & mask);
            System.arraycopy(oldMeta, from * META, meta, to * META, META);
            System.arraycopy(oldFrames, from * FRAME_BYTES, frames, to * FRAME_BYTES, FRAME_BYTES);
            objects[to] = oldObjects[from];
        }
    }

    /** The decoder's output: each item appended to the ring, in file order. */
    private final class Columns implements FrameDecoder.Output {
        @Override
        public void modes(byte[] b, int off, int len, long timestamp12MHz, long timeNanos, int receiver,
                          long endOffset) {
            int n = Math.min(len, MAX_FRAME_BYTES);
            int at = append(timeNanos, timestamp12MHz, endOffset, KIND_MODES | n);
            System.arraycopy(b, off, frames, at * FRAME_BYTES, n);
        }

        @Override
        public void ais(AisReport report, long receivedNanos, long endOffset) {
            long t = report.hasTime() ? report.timeMillis() * 1_000_000L : receivedNanos;
            objects[append(t, receivedNanos, endOffset, KIND_AIS)] = report;
        }

        @Override
        public void observation(Observation o, long endOffset) {
            objects[append(o.timeNanos(), 0, endOffset, KIND_OBSERVATION)] = o;
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

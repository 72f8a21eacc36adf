package org.deconflict.app.pipeline.feed;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.LongSupplier;

import org.deconflict.app.input.FileSource;
import org.deconflict.app.input.Sources;
import org.deconflict.app.input.StreamFormat;

/**
 * One recording read on demand as a sequence of {@link FeedItem}s (pull, on the replay thread): chunks are read and
 * framed only when the items of the previous chunk have been taken, so memory stays at one chunk's items. Items
 * without a time of their own (AVR {@code *HEX;}, hex lines without TS, AIS without tag block) take the time of the
 * file's previous item, or the start time before the first.
 */
public final class FileFeed implements Iterator<FeedItem>, AutoCloseable {
    static final int CHUNK_BYTES = 16 * 1024;

    private final Path path;
    private final InputStream stream;
    private final LongSupplier sourceBytesRead;
    private final long sizeBytes;
    private final boolean gzipped;
    private final Closeable closer;
    private final StreamFormat format;
    private final FrameDecoder decoder;
    private final ArrayDeque<FeedItem> ready = new ArrayDeque<>();
    private final byte[] buf = new byte[CHUNK_BYTES];
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
        try {
            this.format = format != null ? format : source.detectFormat();
        } catch (IOException e) {
            closeQuietly();
            throw new Sources.InputException("cannot read " + path + ": " + e.getMessage());
        }
        if (this.format == null) {
            closeQuietly();
            throw new Sources.InputException("cannot tell the format of " + path + "; name it, e.g. beast:" + path
                    + " (formats: beast, avr, nmea, hex)");
        }
        try {
            this.decoder = new FrameDecoder(this.format, receiverId, ticks, this::take);
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
        this.format = format;
        this.decoder = new FrameDecoder(format, receiverId, ticks, this::take);
    }

    private void take(FeedItem item) {
        long t = item.timeNanos();
        if (t > lastTimeNanos) {
            lastTimeNanos = t;
        }
        ready.add(item);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !ended) {
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
        return !ready.isEmpty();
    }

    @Override
    public FeedItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
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

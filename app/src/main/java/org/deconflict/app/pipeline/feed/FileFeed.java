package org.deconflict.app.pipeline.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

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
    private final FileSource source;
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
        this.path = path;
        this.source = FileSource.open(path);
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
                n = source.stream().read(buf, 0, buf.length);
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
        return source.sourceBytesRead();
    }

    public long sizeBytes() {
        return source.sizeBytes();
    }

    /** Bytes of content: the file size, or -1 for a gzip'd file (known only once read). */
    public long contentBytes() {
        return source.gzipped() ? -1 : source.sizeBytes();
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
            source.close();
        } catch (IOException ignored) {
            // reading is over; nothing to save
        }
    }
}

package org.deconflict.app.input;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A recording opened for reading: a file or stdin, gunzipped on the fly when it starts with the gzip magic
 * (RFC 1952 §2.3.1: 0x1f 0x8b), with the count of bytes read from the file itself for progress, and format detection
 * by {@link FormatDetector}. The raw stream is channel-based, so closing it from another thread stops a blocked read.
 */
public final class FileSource implements Closeable {
    /** gzip member header ID1, ID2; RFC 1952 §2.3.1. */
    private static final int GZIP_ID1 = 0x1f;
    private static final int GZIP_ID2 = 0x8b;
    private static final int BUFFER_BYTES = 1 << 16;

    private final String name;
    private final InputStream raw;
    private final CountingStream counted;
    private final BufferedInputStream stream;
    private final long sizeBytes;
    private final boolean gzipped;

    private FileSource(String name, InputStream raw, long sizeBytes) throws IOException {
        this.name = name;
        this.raw = raw;
        this.sizeBytes = sizeBytes;
        this.counted = new CountingStream(raw);
        BufferedInputStream in = new BufferedInputStream(counted, BUFFER_BYTES);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        this.gzipped = b0 == GZIP_ID1 && b1 == GZIP_ID2;
        this.stream = gzipped
                ? new BufferedInputStream(new GZIPInputStream(in, BUFFER_BYTES), Math.max(BUFFER_BYTES,
                        FormatDetector.SAMPLE_BYTES))
                : in;
    }

    /** Opens a file; a missing, unreadable or non-regular file is an {@link Sources.InputException} with one line. */
    public static FileSource open(Path path) {
        InputStream raw = null;
        try {
            if (Files.isDirectory(path)) {
                throw new Sources.InputException("not a file but a directory: " + path);
            }
            raw = Files.newInputStream(path);
            return new FileSource(path.toString(), raw, Files.size(path));
        } catch (NoSuchFileException e) {
            throw new Sources.InputException("no such file: " + path);
        } catch (AccessDeniedException e) {
            throw new Sources.InputException("cannot read " + path + ": permission denied");
        } catch (IOException e) {
            if (raw != null) {
                AbstractInput.closeQuietly(raw);
            }
            throw new Sources.InputException("cannot open " + path + ": " + e.getMessage());
        }
    }

    /** Standard input (peeking for gzip waits for its first two bytes). */
    public static FileSource stdin() {
        InputStream raw = Channels.newInputStream(new FileInputStream(FileDescriptor.in).getChannel());
        try {
            return new FileSource("stdin", raw, -1);
        } catch (IOException e) {
            throw new Sources.InputException("cannot read stdin: " + e.getMessage());
        }
    }

    /** The bytes, gunzipped if need be; supports mark/reset. */
    public InputStream stream() {
        return stream;
    }

    /** What was opened: the path, or "stdin". */
    public String name() {
        return name;
    }

    /** Size of the file in bytes (compressed size if gzip'd); -1 for stdin. */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** Bytes read from the file itself so far (compressed bytes if gzip'd): progress against {@link #sizeBytes()}. */
    public long sourceBytesRead() {
        return counted.count;
    }

    /** Whether the content is gzip'd. */
    public boolean gzipped() {
        return gzipped;
    }

    /**
     * Peeks at the start of the (gunzipped) content and tells its format, or null when it is none of the known ones.
     * Reads until the detector is sure, the stream ends, or {@link FormatDetector#SAMPLE_BYTES}; then rewinds.
     */
    public StreamFormat detectFormat() throws IOException {
        byte[] sample = new byte[FormatDetector.SAMPLE_BYTES];
        StreamFormat[] out = new StreamFormat[1];
        stream.mark(sample.length);
        try {
            int len = 0;
            while (true) {
                int n = stream.read(sample, len, sample.length - len);
                boolean complete = n < 0 || len + n == sample.length;
                len += Math.max(n, 0);
                FormatDetector.Verdict v = FormatDetector.examine(sample, 0, len, complete, out);
                if (v != FormatDetector.Verdict.NEED_MORE) {
                    return v == FormatDetector.Verdict.DECIDED ? out[0] : null;
                }
            }
        } finally {
            stream.reset();
        }
    }

    /** The underlying file or stdin stream: closing it (from any thread) ends a read in progress. */
    Closeable rawSource() {
        return raw;
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            raw.close();
        }
    }

    /** Counts bytes pulled from the raw stream (one writer thread; read by progress reporters). */
    private static final class CountingStream extends FilterInputStream {
        private volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = in.skip(n);
            count += k;
            return k;
        }
    }
}

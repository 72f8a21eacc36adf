package org.deconflict.bench.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Many clients of {@code /api/live} on loopback: {@code readers} read everything on one selector thread (so the
 * clients cost the machine little next to the server), {@code stalled} connect with a small receive buffer and never
 * read. Readers either ask for gzip, as browsers do, and inflate the first MB of what they get, or ask for plain
 * text. Each reader
 * takes the HTTP/1.1 response apart (headers, chunked transfer coding, RFC 9112 §7.1) and counts body bytes as sent,
 * SSE frames (blank-line terminated) and whether it got a targets or snapshot frame.
 */
public final class SseClients implements AutoCloseable {

    private static final byte[] TARGETS_EVENT = "event: targets".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SNAPSHOT_EVENT = "event: snapshot".getBytes(StandardCharsets.US_ASCII);
    /**
     * A gzip reader inflates (and counts frames in) this much of its stream, enough to hold the first snapshot and
     * several updates, then only counts compressed bytes: inflating 200 streams in this process would charge the
     * server's machine with work that browsers do on their own.
     */
    private static final long VERIFY_BYTES = 1 << 20;
    /** The gzip member header the server sends first (RFC 1952 §2.3.1, no optional fields): 10 bytes. */
    private static final int GZIP_HEADER_BYTES = 10;

    private final Selector selector;
    private final List<SocketChannel> stalledChannels = new ArrayList<>();
    private final List<Reader> readers = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long bytes;
    private volatile long frames;
    private volatile int closedByServer;
    private volatile String failure;

    private SseClients(Selector selector) {
        this.selector = selector;
        this.thread = new Thread(this::loop, "sse-clients");
        thread.setDaemon(true);
    }

    /**
     * Connects {@code readers} reading and {@code stalled} non-reading clients to {@code port} on 127.0.0.1; readers
     * ask for a gzip body when {@code gzip}.
     */
    public static SseClients connect(int port, int readers, int stalled, boolean gzip) throws IOException {
        SseClients c = new SseClients(Selector.open());
        for (int i = 0; i < readers; i++) {
            SocketChannel ch = open(port, false, gzip);
            ch.configureBlocking(false);
            Reader r = new Reader(gzip);
            c.readers.add(r);
            ch.register(c.selector, SelectionKey.OP_READ, r);
        }
        for (int i = 0; i < stalled; i++) {
            c.stalledChannels.add(open(port, true, gzip));
        }
        c.thread.start();
        return c;
    }

    private static SocketChannel open(int port, boolean stalled, boolean gzip) throws IOException {
        SocketChannel ch = SocketChannel.open();
        if (stalled) {
            ch.setOption(StandardSocketOptions.SO_RCVBUF, 4096);
        }
        ch.connect(new InetSocketAddress("127.0.0.1", port));
        ch.write(ByteBuffer.wrap(("GET /api/live HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                + (gzip ? "Accept-Encoding: gzip\r\n" : "") + "\r\n").getBytes(StandardCharsets.US_ASCII)));
        return ch;
    }

    /** One reader's parse state: response head, chunk framing, inflater, SSE frame and event-name matching. */
    private static final class Reader {
        final Inflater inflater;
        final byte[] inflated = new byte[8 * 1024];        // small: 200 of them live in the measured heap
        /** Bytes of the response head matched against CRLF CRLF so far. */
        int headEnd;
        boolean inBody;
        /** Body bytes left in the current chunk; -1 while reading a chunk-size line. */
        long chunkLeft = -1;
        long chunkSize;
        boolean afterChunk;
        int gzipHeaderLeft = GZIP_HEADER_BYTES;
        int prev;
        int matchTargets;
        int matchSnapshot;
        boolean gotTargets;
        long inflatedBytes;

        Reader(boolean gzip) {
            this.inflater = gzip ? new Inflater(true) : null;
        }
    }

    private void loop() {
        ByteBuffer buf = ByteBuffer.allocateDirect(256 * 1024);
        byte[] chunk = new byte[buf.capacity()];
        try {
            while (running) {
                selector.select(200);
                for (SelectionKey key : selector.selectedKeys()) {
                    Reader r = (Reader) key.attachment();
                    buf.clear();
                    int n;
                    try {
                        n = ((SocketChannel) key.channel()).read(buf);
                    } catch (IOException e) {
                        n = -1;
                    }
                    if (n < 0) {
                        key.cancel();
                        closedByServer++;
                        continue;
                    }
                    buf.flip();
                    buf.get(chunk, 0, n);
                    http(r, chunk, n);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | DataFormatException | RuntimeException e) {
            failure = e.toString();
        }
    }

    /** Strips the response head and the chunk framing; hands body bytes on. */
    private void http(Reader r, byte[] b, int n) throws DataFormatException {
        int i = 0;
        while (i < n) {
            if (!r.inBody) {
                byte c = b[i++];
                r.headEnd = c == "\r\n\r\n".charAt(r.headEnd) ? r.headEnd + 1 : c == '\r' ? 1 : 0;
                r.inBody = r.headEnd == 4;
            } else if (r.chunkLeft < 0) {                      // chunk-size line, then CRLF
                byte c = b[i++];
                if (c == '\n') {
                    if (r.afterChunk) {
                        r.afterChunk = false;                   // the CRLF closing the previous chunk's data
                    } else {
                        r.chunkLeft = r.chunkSize;
                        r.chunkSize = 0;
                        if (r.chunkLeft == 0) {
                            throw new IllegalStateException("the server ended a live response");
                        }
                    }
                } else if (c != '\r' && !r.afterChunk) {
                    r.chunkSize = r.chunkSize * 16 + Character.digit(c, 16);
                }
            } else {
                int take = (int) Math.min(r.chunkLeft, n - i);
                bytes += take;
                body(r, b, i, take);
                i += take;
                r.chunkLeft -= take;
                if (r.chunkLeft == 0) {
                    r.chunkLeft = -1;
                    r.afterChunk = true;
                }
            }
        }
    }

    private void body(Reader r, byte[] b, int off, int len) throws DataFormatException {
        if (r.inflater == null) {
            count(r, b, off, len);
            return;
        }
        if (r.inflatedBytes >= VERIFY_BYTES) {
            return;                                        // checked: from here on a remote browser's work, not ours
        }
        int skip = Math.min(r.gzipHeaderLeft, len);
        r.gzipHeaderLeft -= skip;
        if (len == skip) {
            return;
        }
        r.inflater.setInput(b, off + skip, len - skip);
        int got;
        while ((got = r.inflater.inflate(r.inflated)) > 0) {
            count(r, r.inflated, 0, got);
            r.inflatedBytes += got;
        }
        if (r.inflater.getRemaining() > 0 || r.inflater.finished()) {
            throw new IllegalStateException("a reader's gzip stream did not decode");
        }
    }

    private void count(Reader r, byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            byte c = b[i];
            if (c == '\n' && r.prev == '\n') {
                frames++;
            }
            r.matchTargets = c == TARGETS_EVENT[r.matchTargets] ? r.matchTargets + 1 : c == 'e' ? 1 : 0;
            r.matchSnapshot = c == SNAPSHOT_EVENT[r.matchSnapshot] ? r.matchSnapshot + 1 : c == 'e' ? 1 : 0;
            if (r.matchTargets == TARGETS_EVENT.length || r.matchSnapshot == SNAPSHOT_EVENT.length) {
                r.gotTargets = true;
                r.matchTargets = 0;
                r.matchSnapshot = 0;
            }
            r.prev = c;
        }
    }

    /** CPU time of the reading thread so far, ns. */
    public long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(thread.getId());
    }

    /** Body bytes received (compressed ones for gzip readers), over all readers. */
    public long bytes() {
        return bytes;
    }

    /** SSE frames seen (by gzip readers: within the part they inflated). */
    public long frames() {
        return frames;
    }

    /** Readers that received at least one {@code targets} or {@code snapshot} frame. */
    public int readersWithTargets() {
        int n = 0;
        for (Reader r : readers) {
            n += r.gotTargets ? 1 : 0;
        }
        return n;
    }

    /** Reading clients whose connection the server closed. */
    public int readersClosedByServer() {
        return closedByServer;
    }

    /** What stopped the reading thread early (a malformed response), or null. */
    public String failure() {
        return failure;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!selector.isOpen()) {
            return;
        }
        running = false;
        thread.join(5_000);
        for (SelectionKey k : selector.keys()) {
            k.channel().close();
        }
        selector.close();
        for (SocketChannel ch : stalledChannels) {
            ch.close();
        }
        for (Reader r : readers) {
            if (r.inflater != null) {
                r.inflater.end();
            }
        }
    }
}

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

/**
 * Many clients of {@code /api/live} on loopback: {@code readers} read everything on one selector thread (so the
 * clients cost the machine little next to the server), {@code stalled} connect with a small receive buffer and never
 * read. Counts bytes, SSE frames (blank-line terminated) and the readers that got at least one targets frame.
 */
public final class SseClients implements AutoCloseable {

    private static final byte[] TARGETS_EVENT = "event: targets".getBytes(StandardCharsets.US_ASCII);

    private final Selector selector;
    private final List<SocketChannel> stalledChannels = new ArrayList<>();
    private final Thread thread;
    private final int readers;
    private volatile boolean running = true;
    private volatile long bytes;
    private volatile long frames;
    private volatile int closedByServer;
    private final boolean[] gotTargets;

    private SseClients(Selector selector, int readers) {
        this.selector = selector;
        this.readers = readers;
        this.gotTargets = new boolean[readers];
        this.thread = new Thread(this::loop, "sse-clients");
        thread.setDaemon(true);
    }

    /** Connects {@code readers} reading and {@code stalled} non-reading clients to {@code port} on 127.0.0.1. */
    public static SseClients connect(int port, int readers, int stalled) throws IOException {
        SseClients c = new SseClients(Selector.open(), readers);
        for (int i = 0; i < readers; i++) {
            SocketChannel ch = open(port, false);
            ch.configureBlocking(false);
            ch.register(c.selector, SelectionKey.OP_READ, new Reader(i));
        }
        for (int i = 0; i < stalled; i++) {
            c.stalledChannels.add(open(port, true));
        }
        c.thread.start();
        return c;
    }

    private static SocketChannel open(int port, boolean stalled) throws IOException {
        SocketChannel ch = SocketChannel.open();
        if (stalled) {
            ch.setOption(StandardSocketOptions.SO_RCVBUF, 4096);
        }
        ch.connect(new InetSocketAddress("127.0.0.1", port));
        ch.write(ByteBuffer.wrap(("GET /api/live HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII)));
        return ch;
    }

    private static final class Reader {
        final int index;
        int prev;
        int match;

        Reader(int index) {
            this.index = index;
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
                    count(r, chunk, n);
                    bytes += n;
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void count(Reader r, byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            byte c = b[i];
            if (c == '\n' && r.prev == '\n') {
                frames++;
            }
            r.match = c == TARGETS_EVENT[r.match] ? r.match + 1 : c == TARGETS_EVENT[0] ? 1 : 0;
            if (r.match == TARGETS_EVENT.length) {
                gotTargets[r.index] = true;
                r.match = 0;
            }
            r.prev = c;
        }
    }

    /** CPU time of the reading thread so far, ns. */
    public long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(thread.getId());
    }

    public long bytes() {
        return bytes;
    }

    public long frames() {
        return frames;
    }

    /** Readers that received at least one {@code targets} frame. */
    public int readersWithTargets() {
        int n = 0;
        for (int i = 0; i < readers; i++) {
            n += gotTargets[i] ? 1 : 0;
        }
        return n;
    }

    /** Reading clients whose connection the server closed. */
    public int readersClosedByServer() {
        return closedByServer;
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
    }
}

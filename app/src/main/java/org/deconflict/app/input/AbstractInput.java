package org.deconflict.app.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread and resource bookkeeping shared by all inputs: named daemon threads ({@value #THREAD_PREFIX}...), sockets and
 * files to close on shutdown, interruptible backoff waits, and the read loop that hands chunks to the handler.
 */
abstract class AbstractInput implements Input {
    /** Every thread an input starts has a name beginning with this. */
    static final String THREAD_PREFIX = "dc-input-";

    private static final Logger LOG = LoggerFactory.getLogger(AbstractInput.class);

    protected final InputId id;
    protected final InputCounters counters;
    protected final ChunkHandler handler;
    protected final InputConfig config;

    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final Set<Closeable> resources = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;
    /** Only the first of a run of bind failures is logged (used by one thread at a time). */
    private boolean bindFailing;

    /** Creates a socket bound to an address; closes it itself if the bind fails. */
    @FunctionalInterface
    interface Binder<S extends Closeable> {
        S bind(InetSocketAddress address) throws IOException;
    }

    AbstractInput(InputId id, ChunkHandler handler, InputConfig config) {
        this.id = id;
        this.counters = new InputCounters(id, null);
        this.handler = handler;
        this.config = config;
    }

    @Override
    public final InputId id() {
        return id;
    }

    @Override
    public InputStats stats() {
        return counters.snapshot();
    }

    /** Starts the input's first thread. */
    abstract void start();

    final boolean isClosing() {
        return closing;
    }

    /** Starts a daemon thread named {@code dc-input-<name><suffix>}; it is joined by {@link #close()}. */
    final void spawn(String suffix, Runnable body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (RuntimeException | Error e) {
                counters.error(InputError.READ_FAILED, "input thread died: " + e);
                LOG.error("input {}: thread died", id.name(), e);
                throw e;
            } finally {
                threads.remove(Thread.currentThread());
            }
        }, THREAD_PREFIX + id.name() + suffix);
        t.setDaemon(true);
        threads.add(t);
        if (closing) {
            threads.remove(t);
            return;
        }
        t.start();
    }

    /** Registers a socket or raw stream to be closed by {@link #close()}; false (and closed now) if already closing. */
    final boolean register(Closeable c) {
        resources.add(c);
        if (closing) {
            resources.remove(c);
            closeQuietly(c);
            return false;
        }
        return true;
    }

    /** Closes {@code c} and forgets it. */
    final void release(Closeable c) {
        resources.remove(c);
        closeQuietly(c);
    }

    /**
     * Binds a listening socket on {@code [bindHost]:port} (null host = all interfaces) and registers it; on failure
     * counts {@link InputError#BIND_FAILED}, logs the first failure of a run, and returns null (the caller retries).
     */
    final <S extends Closeable> S bind(String what, String bindHost, int port, Binder<S> binder) {
        S socket;
        try {
            socket = binder.bind(bindHost == null
                    ? new InetSocketAddress(port) : new InetSocketAddress(bindHost, port));
        } catch (IOException | IllegalArgumentException e) {
            counters.error(InputError.BIND_FAILED, (bindHost == null ? "" : bindHost) + ":" + port + ": "
                    + e.getMessage());
            if (!bindFailing) {
                LOG.warn("input {}: cannot bind {} port {}: {}; retrying with backoff", id.name(), what, port,
                        e.getMessage());
            }
            bindFailing = true;
            return null;
        }
        if (!register(socket)) {
            return null;
        }
        if (bindFailing) {
            LOG.info("input {}: bound {} port {} at last", id.name(), what, port);
        }
        bindFailing = false;
        return socket;
    }

    /** Waits {@code nanos} unless closed first; returns false if the input is closing. */
    final boolean pause(long nanos) {
        try {
            return !stopSignal.await(nanos, TimeUnit.NANOSECONDS) && !closing;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    final long now() {
        return config.clock().epochNanos();
    }

    /** Signals a new connection to the counters and the handler. */
    final void connected(InputId cid, InputCounters c) {
        c.connected();
        try {
            handler.onConnect(cid, now());
        } catch (RuntimeException e) {
            handlerFailed(c, e);
        }
    }

    /** Signals the end of a connection to the counters and the handler. */
    final void disconnected(InputId cid, InputCounters c, DisconnectCause cause) {
        c.disconnected();
        try {
            handler.onDisconnect(cid, cause, now());
            c.connectionRejects(handler.rejects(cid));
        } catch (RuntimeException e) {
            handlerFailed(c, e);
        }
    }

    /**
     * Reads {@code in} until it ends, fails or the input closes, handing every chunk to the handler at once
     * (so nothing read is ever held back). A socket read timeout means the idle timeout passed.
     */
    final DisconnectCause pump(InputStream in, InputId cid, InputCounters c, byte[] buf) {
        while (true) {
            int n;
            try {
                n = in.read(buf, 0, buf.length);
            } catch (SocketTimeoutException e) {
                if (closing) {
                    return DisconnectCause.SHUTDOWN;
                }
                c.error(InputError.IDLE_TIMEOUT, "no data for " + config.idleTimeout().toSeconds() + " s");
                return DisconnectCause.IDLE_TIMEOUT;
            } catch (IOException | RuntimeException e) {
                if (closing) {
                    return DisconnectCause.SHUTDOWN;
                }
                c.error(InputError.READ_FAILED, String.valueOf(e.getMessage()));
                return DisconnectCause.ERROR;
            }
            if (n < 0) {
                return closing ? DisconnectCause.SHUTDOWN : DisconnectCause.END_OF_STREAM;
            }
            if (n > 0) {
                deliver(cid, c, buf, n);
            }
            if (closing) {
                return DisconnectCause.SHUTDOWN;
            }
        }
    }

    /** Counts and hands one chunk to the handler. */
    final void deliver(InputId cid, InputCounters c, byte[] buf, int n) {
        long t = now();
        c.chunk(n, t);
        try {
            handler.onBytes(cid, buf, 0, n, t);
            c.connectionRejects(handler.rejects(cid));
        } catch (RuntimeException e) {
            handlerFailed(c, e);
        }
    }

    private void handlerFailed(InputCounters c, RuntimeException e) {
        c.error(InputError.HANDLER_FAILED, e.toString());
        LOG.warn("input {}: handler failed", id.name(), e);
    }

    @Override
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Thread> live = new ArrayList<>(threads);
            if (live.isEmpty()) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Thread t = live.get(0);
            if (t.isAlive()) {
                TimeUnit.NANOSECONDS.timedJoin(t, left);
            } else {
                Thread.sleep(1); // spawned but not yet started
            }
        }
    }

    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        stopSignal.countDown();
        for (Closeable c : new ArrayList<>(resources)) {
            release(c);
        }
        boolean ended;
        try {
            ended = awaitTermination(config.closeTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = threads.isEmpty();
        }
        if (!ended) {
            List<String> names = threads.stream().map(Thread::getName).toList();
            LOG.warn("input {}: threads still running {} after {} (handler blocked?)", id.name(), names,
                    config.closeTimeout());
        }
        InputState s = counters.state();
        if (s != InputState.FINISHED && s != InputState.FAILED) {
            counters.state(InputState.CLOSED);
        }
    }

    static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            LOG.debug("close failed: {}", e.toString());
        }
    }
}

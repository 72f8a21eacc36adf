package org.deconflict.app.input;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP server that feeders push into (readsb's Beast input port 30004 style): every accepted connection is a
 * feeder with its own receiver id and its own thread, up to {@link InputConfig#maxFeeders()} at once. The input's own
 * counters add up all its feeders; {@link #feeders()} gives each connected feeder's. If the port cannot be bound the
 * bind is retried with {@link Backoff}.
 */
public final class ListenInput extends AbstractInput {
    private static final Logger LOG = LoggerFactory.getLogger(ListenInput.class);

    private final String bindHost;
    private final int port;
    private final ReceiverIds ids;
    private final Map<Integer, Feeder> feeders = new ConcurrentHashMap<>();
    private volatile ServerSocket server;

    private record Feeder(InputId id, Socket socket, InputCounters counters) {
    }

    ListenInput(InputId id, String bindHost, int port, ReceiverIds ids, ChunkHandler handler, InputConfig config) {
        super(id, handler, config);
        this.bindHost = bindHost;
        this.port = port;
        this.ids = ids;
    }

    @Override
    public boolean isFinite() {
        return false;
    }

    /** The bound local port (useful after binding port 0), or -1 while not bound. */
    public int localPort() {
        ServerSocket s = server;
        return s == null ? -1 : s.getLocalPort();
    }

    /** Counters of each feeder connected now, by receiver id. */
    public List<InputStats> feeders() {
        List<InputStats> out = new ArrayList<>();
        for (Feeder f : feeders.values()) {
            out.add(f.counters().snapshot());
        }
        out.sort(Comparator.comparingInt(s -> s.id().receiverId()));
        return out;
    }

    /** Binds at once (so a bad port shows now, and port 0 has a number), then accepts on a thread. */
    @Override
    void start() {
        bind();
        spawn("-accept", this::run);
    }

    private boolean bind() {
        ServerSocket s = bind("TCP", bindHost, port, address -> {
            ServerSocket socket = new ServerSocket();
            try {
                socket.setReuseAddress(true);
                socket.bind(address);
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
                throw e;
            }
        });
        if (s == null) {
            return false;
        }
        server = s;
        counters.state(InputState.LISTENING);
        LOG.info("input {}: listening on port {}", id.name(), s.getLocalPort());
        return true;
    }

    private void run() {
        Backoff backoff = config.newBackoff(id.receiverId());
        while (!isClosing()) {
            ServerSocket s = server;
            if (s == null) {
                counters.state(InputState.BACKOFF);
                if (!pause(backoff.nextDelayNanos()) || !bind()) {
                    continue;
                }
                backoff.reset();
                s = server;
            }
            Socket socket;
            try {
                socket = s.accept();
            } catch (IOException e) {
                if (isClosing()) {
                    break;
                }
                counters.error(InputError.ACCEPT_FAILED, String.valueOf(e.getMessage()));
                if (s.isClosed()) {
                    release(s);
                    server = null; // the listening socket is gone: bind again after a backoff
                } else {
                    pause(backoff.nextDelayNanos());
                }
                continue;
            }
            backoff.reset();
            admit(socket);
        }
    }

    private void admit(Socket socket) {
        String remote = socket.getRemoteSocketAddress().toString();
        if (feeders.size() >= config.maxFeeders()) {
            counters.error(InputError.FEEDER_LIMIT, "refused " + remote + ": " + config.maxFeeders()
                    + " feeders already connected");
            closeQuietly(socket);
            return;
        }
        InputId fid = new InputId(ids.next(), id.name() + "/" + remote.replaceFirst("^.*/", ""), id.format());
        InputCounters fc = new InputCounters(fid, counters);
        Feeder feeder = new Feeder(fid, socket, fc);
        if (!register(socket)) {
            return;
        }
        feeders.put(fid.receiverId(), feeder);
        counters.activeFeeders(feeders.size());
        spawn("-feeder-" + fid.receiverId(), () -> serve(feeder));
    }

    private void serve(Feeder f) {
        f.counters().state(InputState.CONNECTED);
        byte[] buf = new byte[config.readBufferBytes()];
        try {
            f.socket().setKeepAlive(true);
            f.socket().setSoTimeout((int) Math.min(Integer.MAX_VALUE, config.idleTimeout().toMillis()));
        } catch (IOException e) {
            LOG.debug("input {}: socket options: {}", f.id().name(), e.toString());
        }
        connected(f.id(), f.counters());
        DisconnectCause cause;
        try {
            cause = pump(f.socket().getInputStream(), f.id(), f.counters(), buf);
        } catch (IOException e) {
            f.counters().error(InputError.READ_FAILED, String.valueOf(e.getMessage()));
            cause = isClosing() ? DisconnectCause.SHUTDOWN : DisconnectCause.ERROR;
        }
        release(f.socket());
        f.counters().state(InputState.CLOSED);
        feeders.remove(f.id().receiverId());
        counters.activeFeeders(feeders.size()); // before the handler hears of it: its stats then agree
        disconnected(f.id(), f.counters(), cause);
        if (cause != DisconnectCause.SHUTDOWN) {
            LOG.info("input {}: feeder {} left ({})", id.name(), f.id(), cause);
        }
    }
}

package org.deconflict.app.input;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to a server that streams bytes (readsb/dump1090 Beast 30005, AVR 30002, SBS 30003, an AIS NMEA feed)
 * and reconnects after every failure or disconnect with {@link Backoff}. The backoff restarts from its initial delay
 * after a connection that delivered data. The host name is resolved again on every attempt.
 */
public final class TcpClientInput extends AbstractInput {
    private static final Logger LOG = LoggerFactory.getLogger(TcpClientInput.class);

    private final String host;
    private final int port;

    TcpClientInput(InputId id, String host, int port, ChunkHandler handler, InputConfig config) {
        super(id, handler, config);
        this.host = host;
        this.port = port;
    }

    @Override
    public boolean isFinite() {
        return false;
    }

    @Override
    void start() {
        spawn("", this::run);
    }

    private void run() {
        Backoff backoff = config.newBackoff(id.receiverId());
        byte[] buf = new byte[config.readBufferBytes()];
        boolean failing = false;
        while (!isClosing()) {
            counters.state(InputState.CONNECTING);
            Socket socket = new Socket();
            if (!register(socket)) {
                break;
            }
            String failure = connect(socket);
            if (failure == null) {
                if (failing) {
                    LOG.info("input {}: connected to {}:{} again", id.name(), host, port);
                }
                failing = false;
                counters.state(InputState.CONNECTED);
                long bytesBefore = counters.bytes();
                connected(id, counters);
                DisconnectCause cause = readAll(socket, buf);
                release(socket);
                disconnected(id, counters, cause);
                if (counters.bytes() > bytesBefore) {
                    backoff.reset();
                }
                if (cause != DisconnectCause.SHUTDOWN) {
                    LOG.info("input {}: disconnected from {}:{} ({})", id.name(), host, port, cause);
                }
            } else {
                release(socket);
                if (!failing && !isClosing()) {
                    LOG.warn("input {}: cannot connect to {}:{}: {}; retrying with backoff", id.name(), host, port,
                            failure);
                }
                failing = true;
            }
            if (isClosing()) {
                break;
            }
            counters.state(InputState.BACKOFF);
            if (!pause(backoff.nextDelayNanos())) {
                break;
            }
        }
    }

    /** One connect attempt: null on success, else the failure text (already counted). */
    private String connect(Socket socket) {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            counters.error(InputError.UNKNOWN_HOST, host);
            return "unknown host " + host;
        }
        try {
            socket.setKeepAlive(true);
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, config.idleTimeout().toMillis()));
            socket.connect(address, (int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis()));
            return null;
        } catch (ConnectException e) {
            counters.error(InputError.CONNECT_REFUSED, String.valueOf(e.getMessage()));
            return "connection refused";
        } catch (SocketTimeoutException e) {
            counters.error(InputError.CONNECT_TIMEOUT, "no answer within " + config.connectTimeout());
            return "timed out";
        } catch (IOException e) {
            if (isClosing()) {
                return "closed"; // close() closed the socket under the attempt: not an error
            }
            counters.error(InputError.CONNECT_FAILED, String.valueOf(e.getMessage()));
            return String.valueOf(e.getMessage());
        }
    }

    private DisconnectCause readAll(Socket socket, byte[] buf) {
        try {
            return pump(socket.getInputStream(), id, counters, buf);
        } catch (IOException e) {
            if (isClosing()) {
                return DisconnectCause.SHUTDOWN;
            }
            counters.error(InputError.READ_FAILED, String.valueOf(e.getMessage()));
            return DisconnectCause.ERROR;
        }
    }
}

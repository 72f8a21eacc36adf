package org.deconflict.app.input;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives datagrams on a UDP port (AIS NMEA forwarded by a receiver or AIS-catcher, commonly to port 10110); each
 * datagram is one chunk. For text formats a datagram that does not end in a newline gets one, so the last sentence
 * of a datagram is never glued to the first of the next. One bind is one "connection"; a failed bind or receive is
 * retried with {@link Backoff}.
 */
public final class UdpInput extends AbstractInput {
    private static final Logger LOG = LoggerFactory.getLogger(UdpInput.class);
    /** Largest UDP payload over IPv4: 65,535 − 8 (UDP header) − 20 (IP header); RFC 768, RFC 791. */
    static final int MAX_DATAGRAM_BYTES = 65_507;
    /** Socket receive buffer asked of the OS, to ride out bursts while the handler is busy. */
    private static final int RECEIVE_BUFFER_BYTES = 1 << 20;

    private final String bindHost;
    private final int port;
    private volatile DatagramSocket socket;

    UdpInput(InputId id, String bindHost, int port, ChunkHandler handler, InputConfig config) {
        super(id, handler, config);
        this.bindHost = bindHost;
        this.port = port;
    }

    @Override
    public boolean isFinite() {
        return false;
    }

    /** The bound local port (useful after binding port 0), or -1 while not bound. */
    public int localPort() {
        DatagramSocket s = socket;
        return s == null ? -1 : s.getLocalPort();
    }

    /** Binds at once (so a bad port shows now, and port 0 has a number), then receives on a thread. */
    @Override
    void start() {
        bind();
        spawn("", this::run);
    }

    private boolean bind() {
        DatagramSocket s = bind("UDP", bindHost, port, address -> {
            DatagramSocket socket = new DatagramSocket(null);
            try {
                socket.setReuseAddress(true);
                socket.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
                socket.bind(address);
                return socket;
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        });
        socket = s;
        return s != null;
    }

    private void run() {
        Backoff backoff = config.newBackoff(id.receiverId());
        byte[] buf = new byte[MAX_DATAGRAM_BYTES + 1];
        DatagramPacket packet = new DatagramPacket(buf, MAX_DATAGRAM_BYTES);
        while (!isClosing()) {
            DatagramSocket s = socket;
            if (s == null) {
                counters.state(InputState.BACKOFF);
                if (!pause(backoff.nextDelayNanos()) || !bind()) {
                    continue;
                }
                s = socket;
            }
            counters.state(InputState.CONNECTED);
            connected(id, counters);
            long bytesBefore = counters.bytes();
            DisconnectCause cause = receiveAll(s, packet, buf);
            release(s);
            socket = null;
            disconnected(id, counters, cause);
            if (cause == DisconnectCause.SHUTDOWN) {
                break;
            }
            if (counters.bytes() > bytesBefore) {
                backoff.reset(); // the socket worked for a while: retry promptly
            }
            LOG.warn("input {}: receive failed ({}); binding again with backoff", id.name(),
                    counters.snapshot().lastError());
        }
    }

    private DisconnectCause receiveAll(DatagramSocket s, DatagramPacket packet, byte[] buf) {
        boolean text = id.format().isText();
        while (true) {
            packet.setLength(MAX_DATAGRAM_BYTES);
            try {
                s.receive(packet);
            } catch (IOException e) {
                if (isClosing()) {
                    return DisconnectCause.SHUTDOWN;
                }
                counters.error(InputError.READ_FAILED, String.valueOf(e.getMessage()));
                return DisconnectCause.ERROR;
            }
            int n = packet.getLength();
            if (text && n > 0 && buf[n - 1] != '\n') {
                buf[n++] = '\n';
            }
            if (n > 0) {
                deliver(id, counters, buf, n);
            }
            if (isClosing()) {
                return DisconnectCause.SHUTDOWN;
            }
        }
    }
}

package org.deconflict.sim.out;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.deconflict.sim.EmissionSink;
import org.deconflict.sim.Protocol;

/**
 * Streams a run live: Mode S as a Beast TCP server (like dump1090's port 30005: every connected client gets every
 * receiver's frames), AIS as UDP datagrams, one NMEA sentence with tag block per datagram, to {@code udp://host:port}.
 * Pacing is done by the caller ({@link Pacer}).
 */
public final class LiveOutput implements EmissionSink, AutoCloseable {

    private final long epochNanos;
    private final ServerSocket server;
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private final DatagramSocket udp;
    private final InetSocketAddress aisTarget;
    private final byte[] buf = new byte[64];
    private final byte[] line = new byte[256];

    /**
     * @param beastSpec {@code tcp://[bind-host]:port} or null
     * @param aisSpec   {@code udp://host:port} or null
     */
    public LiveOutput(String beastSpec, String aisSpec, long epochNanos) {
        this.epochNanos = epochNanos;
        try {
            if (beastSpec != null) {
                URI u = parse(beastSpec, "tcp");
                server = new ServerSocket();
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress(u.getHost() == null ? "0.0.0.0" : u.getHost(), u.getPort()));
                Thread acceptor = new Thread(this::acceptLoop, "beast-accept");
                acceptor.setDaemon(true);
                acceptor.start();
            } else {
                server = null;
            }
            if (aisSpec != null) {
                URI u = parse(aisSpec, "udp");
                udp = new DatagramSocket();
                aisTarget = new InetSocketAddress(u.getHost() == null ? "127.0.0.1" : u.getHost(), u.getPort());
            } else {
                udp = null;
                aisTarget = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open live output: " + e.getMessage(), e);
        }
    }

    /** Port the Beast server listens on (useful with port 0), or -1. */
    public int beastPort() {
        return server == null ? -1 : server.getLocalPort();
    }

    /** Number of Beast clients currently connected. */
    public int clientCount() {
        return clients.size();
    }

    private static URI parse(String spec, String scheme) {
        URI u = URI.create(spec.replace(scheme + "://:", scheme + "://0.0.0.0:"));
        if (!scheme.equals(u.getScheme()) || u.getPort() < 0) {
            throw new IllegalArgumentException("expected " + scheme + "://host:port, got " + spec);
        }
        return u;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                clients.add(s.getOutputStream());
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void accept(int receiverId, long timeNanos, Protocol protocol, byte[] frame, int off, int len, int signal) {
        if (protocol == Protocol.MODE_S) {
            if (server == null) {
                return;
            }
            int n = BeastFrames.write(buf, 0, BeastFrames.ticks(timeNanos, epochNanos), signal, frame, off, len);
            for (OutputStream c : clients) {
                try {
                    c.write(buf, 0, n);
                } catch (IOException e) {
                    clients.remove(c);
                }
            }
        } else if (udp != null) {
            System.arraycopy(frame, off, line, 0, len);
            line[len] = '\r';
            line[len + 1] = '\n';
            try {
                udp.send(new DatagramPacket(line, len + 2, aisTarget));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot send AIS datagram to " + aisTarget, e);
            }
        }
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
            for (OutputStream c : clients) {
                c.close();
            }
            if (udp != null) {
                udp.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.deconflict.app.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;

/**
 * Opens a byte source named on the command line: a file (gzip'd or not), {@code -} for standard input,
 * {@code tcp://host:port} (client) or {@code udp://[host]:port} (datagrams, concatenated as a stream).
 */
public final class Sources {

    private Sources() {
    }

    /** Opens the source. Throws {@link InputException} with a one-line message a user can act on. */
    public static InputStream open(String spec) {
        try {
            if (spec.equals("-")) {
                return FileSource.stdin().stream();
            }
            if (spec.startsWith("tcp://")) {
                URI uri = URI.create(spec);
                requirePort(uri, spec);
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
                return new BufferedInputStream(socket.getInputStream(), 1 << 16);
            }
            if (spec.startsWith("udp://")) {
                URI uri = URI.create(spec.replace("udp://:", "udp://0.0.0.0:"));
                requirePort(uri, spec);
                return new DatagramStream(new DatagramSocket(new InetSocketAddress(uri.getHost(), uri.getPort())));
            }
            return FileSource.open(Path.of(spec)).stream();
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException("cannot open " + spec + ": " + e.getMessage());
        }
    }

    private static void requirePort(URI uri, String spec) {
        if (uri.getPort() < 0) {
            throw new InputException("missing port in " + spec + " (e.g. tcp://localhost:30005, udp://:10110)");
        }
    }

    /** A bad source named by the user: the message is one line, ready to print. */
    public static final class InputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InputException(String message) {
            super(message);
        }
    }

    /** Datagrams as one stream: each datagram's bytes in arrival order, a newline added if it lacks one. */
    private static final class DatagramStream extends InputStream {
        private final DatagramSocket socket;
        private final byte[] buf = new byte[UdpInput.MAX_DATAGRAM_BYTES + 1];
        private int pos;
        private int end;

        DatagramStream(DatagramSocket socket) {
            this.socket = socket;
        }

        private boolean fill() {
            if (socket.isClosed()) {
                return false;
            }
            DatagramPacket p = new DatagramPacket(buf, UdpInput.MAX_DATAGRAM_BYTES);
            try {
                socket.receive(p);
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return false;
                }
                throw new UncheckedIOException(e);
            }
            pos = 0;
            end = p.getLength();
            if (end > 0 && buf[end - 1] != '\n') {
                buf[end++] = '\n';
            }
            return true;
        }

        @Override
        public int read() {
            while (pos >= end) {
                if (!fill()) {
                    return -1;
                }
            }
            return buf[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            while (pos >= end) {
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(len, end - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}

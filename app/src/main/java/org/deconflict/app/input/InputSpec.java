package org.deconflict.app.input;

import java.nio.file.Path;
import java.util.Objects;

/** What the user asked to read, as parsed by {@link InputSpecs}; start it with {@link Inputs#start}. */
public sealed interface InputSpec {

    /** The stream format, or null for a file or stdin whose format is to be told from its content. */
    StreamFormat format();

    /** A short name for logs, counters and thread names, e.g. {@code beast@radar1:30005}. */
    String name();

    /** Connect to {@code host:port} and read (reconnecting). */
    record TcpClient(String host, int port, StreamFormat format) implements InputSpec {
        public TcpClient {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(format, "format");
        }

        @Override
        public String name() {
            return format.cliName() + "@" + host + ":" + port;
        }
    }

    /** Listen on {@code [bindHost]:port} (null host = all interfaces) for feeders that push data. */
    record TcpListen(String bindHost, int port, StreamFormat format) implements InputSpec {
        public TcpListen {
            Objects.requireNonNull(format, "format");
        }

        @Override
        public String name() {
            return format.cliName() + "-listen@" + (bindHost == null ? "" : bindHost) + ":" + port;
        }
    }

    /** Receive datagrams on {@code [bindHost]:port} (null host = all interfaces). */
    record Udp(String bindHost, int port, StreamFormat format) implements InputSpec {
        public Udp {
            Objects.requireNonNull(format, "format");
        }

        @Override
        public String name() {
            return format.cliName() + "-udp@" + (bindHost == null ? "" : bindHost) + ":" + port;
        }
    }

    /** Read a file once (gzip'd or not); {@code format} null = tell it from the content. */
    record File(Path path, StreamFormat format) implements InputSpec {
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            Path fileName = path.getFileName();
            return "file:" + (fileName == null ? path : fileName);
        }
    }

    /** Read standard input once (gzip'd or not); {@code format} null = tell it from the content. */
    record Stdin(StreamFormat format) implements InputSpec {
        @Override
        public String name() {
            return "stdin";
        }
    }
}

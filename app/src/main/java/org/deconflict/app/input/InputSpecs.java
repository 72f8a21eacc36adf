package org.deconflict.app.input;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Parses input specs from the command line. Every mistake is an {@link Sources.InputException} whose message is one
 * line naming the option, the bad value and an example.
 *
 * <pre>
 *   --beast HOST[:PORT]           Beast TCP client, default port 30005
 *   --avr HOST[:PORT]             AVR TCP client, default port 30002
 *   --sbs HOST[:PORT]             SBS TCP client, default port 30003
 *   --beast-listen [HOST]:PORT    Beast TCP server for feeders, e.g. :30004 (default port 30004)
 *   --ais udp://[HOST]:PORT       AIS NMEA datagrams, e.g. udp://:10110 (default port 10110)
 *   --ais tcp://HOST:PORT         AIS NMEA TCP client
 *   --file [FORMAT:]PATH          a recording, gzip'd or not; FORMAT one of beast, avr, sbs, nmea, hex; - is stdin
 * </pre>
 */
public final class InputSpecs {
    /** Option names accepted by {@link #parse(String, String)} (with or without the leading {@code --}). */
    public static final List<String> OPTIONS = List.of("beast", "avr", "sbs", "beast-listen", "ais", "file");

    /** readsb/dump1090 default network ports (readsb --net-bo-port, --net-ro-port, --net-sbs-port, --net-bi-port). */
    static final int BEAST_OUT_PORT = 30005;
    static final int AVR_OUT_PORT = 30002;
    static final int SBS_OUT_PORT = 30003;
    static final int BEAST_IN_PORT = 30004;
    /** IANA service name registry: port 10110 "nmea-0183", the usual NMEA-over-UDP port. */
    static final int NMEA_UDP_PORT = 10110;

    private InputSpecs() {
    }

    /** Parses one option and its value, e.g. {@code ("--beast", "radar1:30005")}. */
    public static InputSpec parse(String option, String value) {
        String opt = option.startsWith("--") ? option.substring(2) : option;
        if (value == null || value.isBlank()) {
            throw bad(opt, String.valueOf(value), "a value is required");
        }
        String v = value.strip();
        return switch (opt.toLowerCase(Locale.ROOT)) {
            case "beast" -> client(opt, v, BEAST_OUT_PORT, StreamFormat.BEAST);
            case "avr" -> client(opt, v, AVR_OUT_PORT, StreamFormat.AVR);
            case "sbs" -> client(opt, v, SBS_OUT_PORT, StreamFormat.SBS);
            case "beast-listen" -> {
                HostPort hp = hostPort(opt, v, BEAST_IN_PORT, false, "[HOST]:PORT, e.g. :30004");
                yield new InputSpec.TcpListen(hp.host(), hp.port(), StreamFormat.BEAST);
            }
            case "ais" -> ais(opt, v);
            case "file" -> parseFile(v);
            default -> throw new Sources.InputException("unknown input option --" + opt + " (known: --"
                    + String.join(", --", OPTIONS) + ")");
        };
    }

    /**
     * Parses a recording: {@code PATH}, {@code FORMAT:PATH} (format named explicitly), {@code -} or {@code FORMAT:-}
     * for stdin. The file must exist; its format, if not named, is told from its content when it is started.
     */
    public static InputSpec parseFile(String value) {
        String v = value.strip();
        StreamFormat format = null;
        String path = v;
        int colon = v.indexOf(':');
        if (colon > 1 && v.substring(0, colon).chars().allMatch(Character::isLetter) && !exists(v)) {
            StreamFormat named = StreamFormat.byName(v.substring(0, colon));
            if (named == null) {
                throw new Sources.InputException("unknown format '" + v.substring(0, colon) + "' in " + v
                        + " (formats: beast, avr, sbs, nmea, hex)");
            }
            format = named;
            path = v.substring(colon + 1);
        }
        if (path.equals("-")) {
            return new InputSpec.Stdin(format);
        }
        Path p;
        try {
            p = Path.of(path);
        } catch (InvalidPathException e) {
            throw new Sources.InputException("bad file name '" + path + "': " + e.getReason());
        }
        if (!Files.exists(p)) {
            throw new Sources.InputException("no such file: " + path);
        }
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new Sources.InputException("not a readable file: " + path);
        }
        return new InputSpec.File(p, format);
    }

    private static boolean exists(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static InputSpec client(String opt, String v, int defaultPort, StreamFormat format) {
        if (v.contains("://")) {
            throw bad(opt, v, "give HOST[:PORT] without a scheme, e.g. localhost:" + defaultPort);
        }
        HostPort hp = hostPort(opt, v, defaultPort, true, "HOST[:PORT], e.g. localhost:" + defaultPort);
        return new InputSpec.TcpClient(hp.host(), hp.port(), format);
    }

    private static InputSpec ais(String opt, String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("udp://")) {
            HostPort hp = hostPort(opt, v.substring(6), NMEA_UDP_PORT, false, "udp://[HOST]:PORT, e.g. udp://:10110");
            return new InputSpec.Udp(hp.host(), hp.port(), StreamFormat.NMEA);
        }
        if (lower.startsWith("tcp://")) {
            HostPort hp = hostPort(opt, v.substring(6), -1, true, "tcp://HOST:PORT, e.g. tcp://ais.example.org:5631");
            return new InputSpec.TcpClient(hp.host(), hp.port(), StreamFormat.NMEA);
        }
        throw bad(opt, v, "expected udp://[HOST]:PORT or tcp://HOST:PORT, e.g. udp://:10110");
    }

    private record HostPort(String host, int port) {
    }

    /**
     * Splits {@code host:port}, {@code :port}, {@code [v6]:port}, {@code host}; {@code defaultPort} -1 = port
     * required; {@code hostRequired} false = an empty host means all interfaces (null).
     */
    private static HostPort hostPort(String opt, String v, int defaultPort, boolean hostRequired, String expected) {
        String host;
        String port = null;
        if (v.startsWith("[")) {
            int close = v.indexOf(']');
            if (close < 0 || (close + 1 < v.length() && v.charAt(close + 1) != ':')) {
                throw bad(opt, v, "expected " + expected);
            }
            host = v.substring(1, close);
            if (close + 1 < v.length()) {
                port = v.substring(close + 2);
            }
        } else if (v.indexOf(':') != v.lastIndexOf(':')) {
            host = v; // a bare IPv6 literal
        } else {
            int colon = v.indexOf(':');
            host = colon < 0 ? v : v.substring(0, colon);
            port = colon < 0 ? null : v.substring(colon + 1);
            if (colon < 0 && !hostRequired && !v.isEmpty() && v.chars().allMatch(Character::isDigit)) {
                host = "";
                port = v;
            }
        }
        if (host.isEmpty()) {
            if (hostRequired) {
                throw bad(opt, v, "a host is required: " + expected);
            }
            host = null;
        } else if (!validHost(host)) {
            throw bad(opt, v, "bad host '" + host + "': " + expected);
        }
        int p;
        if (port == null || port.isEmpty()) {
            if (defaultPort < 0) {
                throw bad(opt, v, "a port is required: " + expected);
            }
            p = defaultPort;
        } else {
            p = parsePort(opt, v, port, expected);
        }
        return new HostPort(host, p);
    }

    private static int parsePort(String opt, String v, String port, String expected) {
        int p;
        try {
            p = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw bad(opt, v, "bad port '" + port + "': " + expected);
        }
        if (p < 1 || p > 65_535) { // TCP/UDP ports are 16-bit, 0 reserved; RFC 793, RFC 768
            throw bad(opt, v, "port " + p + " out of range 1-65535");
        }
        return p;
    }

    private static boolean validHost(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ':'
                    || c == '%');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Sources.InputException bad(String opt, String value, String why) {
        return new Sources.InputException("--" + opt + " " + value + ": " + why);
    }
}

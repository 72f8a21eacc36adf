package org.deconflict.app.input;

import java.io.IOException;

/** Starts inputs from their specs. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Starts {@code spec}, delivering to {@code handler}. Network inputs never fail here (they retry with backoff;
     * listening ones try their first bind at once, so a bound port is known on return). A file or stdin is opened and
     * its format told now (for stdin that waits for its first line or frames): an unreadable file or an unknown format
     * throws {@link Sources.InputException} (one line).
     */
    public static Input start(InputSpec spec, ChunkHandler handler, InputConfig config, ReceiverIds ids) {
        AbstractInput input;
        if (spec instanceof InputSpec.TcpClient s) {
            input = new TcpClientInput(id(ids, s, s.format()), s.host(), s.port(), handler, config);
        } else if (spec instanceof InputSpec.TcpListen s) {
            input = new ListenInput(id(ids, s, s.format()), s.bindHost(), s.port(), ids, handler, config);
        } else if (spec instanceof InputSpec.Udp s) {
            input = new UdpInput(id(ids, s, s.format()), s.bindHost(), s.port(), handler, config);
        } else if (spec instanceof InputSpec.File s) {
            input = recording(FileSource.open(s.path()), s, ids, handler, config);
        } else {
            input = recording(FileSource.stdin(), spec, ids, handler, config);
        }
        input.start();
        return input;
    }

    private static InputId id(ReceiverIds ids, InputSpec spec, StreamFormat format) {
        return new InputId(ids.next(), spec.name(), format);
    }

    private static FileInput recording(FileSource source, InputSpec spec, ReceiverIds ids, ChunkHandler handler,
                                       InputConfig config) {
        StreamFormat format = spec.format();
        try {
            if (format == null) {
                format = source.detectFormat();
            }
        } catch (IOException e) {
            AbstractInput.closeQuietly(source);
            throw new Sources.InputException("cannot read " + source.name() + ": " + e.getMessage());
        }
        if (format == null) {
            AbstractInput.closeQuietly(source);
            String n = source.name().equals("stdin") ? "-" : source.name();
            throw new Sources.InputException("cannot tell the format of " + source.name()
                    + "; name it, e.g. beast:" + n + " (formats: beast, avr, sbs, nmea, hex)");
        }
        return new FileInput(id(ids, spec, format), source, handler, config);
    }
}

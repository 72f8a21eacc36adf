package org.deconflict.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.deconflict.app.input.Sources;
import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.RejectReason;
import org.deconflict.modes.adsb.AdsbMessage;
import org.deconflict.modes.adsb.AirbornePosition;
import org.deconflict.modes.adsb.SurfacePosition;
import org.deconflict.modes.cpr.PositionResolver;
import org.deconflict.modes.framing.AvrParser;
import org.deconflict.modes.framing.BeastParser;
import org.deconflict.modes.framing.FrameSink;
import org.deconflict.modes.framing.FramingReject;
import org.deconflict.modes.framing.FramingStats;
import org.deconflict.modes.framing.HexLineParser;
import org.deconflict.modes.framing.SbsMessage;
import org.deconflict.modes.framing.SbsParser;
import org.deconflict.modes.json.JsonWriter;
import org.deconflict.modes.json.ModeSFields;
import org.deconflict.modes.message.ExtendedSquitter;
import org.deconflict.modes.message.MilitarySquitter;
import org.deconflict.modes.message.ModeSMessage;

/**
 * {@code deconflict decode [--format beast|avr|sbs|hex] SOURCE}: one JSON object per accepted frame on {@code out}
 * (fields named as pyModeS v2; see {@link ModeSFields}), positions resolved from CPR pairs added as
 * {@code latitude}/{@code longitude}, and a summary of counts and rejects by reason on {@code err} at the end.
 * Hex input is decoded frame by frame with the address recovered from parity (pyModeS behaviour); Beast, AVR and
 * SBS are streams and apply the known-address filter (readsb/dump1090 behaviour) unless it is turned off.
 */
public final class ModesDecodeRunner {
    /** Beast/AVR timestamps count a 12 MHz clock. */
    private static final long NANOS_PER_12_TICKS = 1000;
    private static final int CHUNK = 1 << 16;

    private final PrintStream out;
    private final ModeSDecoder decoder;
    private final PositionResolver resolver = new PositionResolver();
    private final double[] pos = new double[2];
    private final StringBuilder line = new StringBuilder(512);
    private final long startNanos = System.nanoTime();
    private long frames;

    private ModesDecodeRunner(ModeSDecoder decoder, PrintStream out) {
        this.decoder = decoder;
        this.out = out;
    }

    /** Decodes {@code source} in {@code format}; returns the process exit code (0 ok, 1 read error, 2 usage). */
    public static int run(String source, String format, boolean addressFilter, PrintStream out, PrintStream err) {
        String fmt = format == null ? "beast" : format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("beast") && !fmt.equals("avr") && !fmt.equals("sbs") && !fmt.equals("hex")) {
            err.println("decode: unknown --format '" + format + "' (use beast, avr, sbs or hex)");
            return 2;
        }
        InputStream in;
        try {
            in = Sources.open(source);
        } catch (Sources.InputException e) {
            err.println("decode: " + e.getMessage());
            return 2;
        }
        ModeSDecoder.Options options = fmt.equals("hex") ? ModeSDecoder.Options.frames()
                : ModeSDecoder.Options.stream().withAddressFilter(addressFilter);
        ModesDecodeRunner runner = new ModesDecodeRunner(new ModeSDecoder(options), out);
        FramingStats stats;
        try (in) {
            stats = switch (fmt) {
                case "hex" -> runner.hex(in);
                case "sbs" -> runner.sbs(in);
                case "avr" -> runner.avr(in);
                default -> runner.beast(in);
            };
        } catch (IOException | UncheckedIOException e) {
            out.flush();
            err.println("decode: input ended with an error: " + e.getMessage());
            return 1;
        }
        out.flush();
        err.println(runner.summary(fmt, stats));
        return 0;
    }

    private FramingStats beast(InputStream in) throws IOException {
        BeastParser p = new BeastParser(sink());
        byte[] buf = new byte[CHUNK];
        for (int n; (n = in.read(buf)) > 0; ) {
            p.feed(buf, 0, n);
        }
        return p;
    }

    private FramingStats avr(InputStream in) throws IOException {
        AvrParser p = new AvrParser(sink());
        byte[] buf = new byte[CHUNK];
        for (int n; (n = in.read(buf)) > 0; ) {
            p.feed(buf, 0, n);
        }
        return p;
    }

    private FramingStats hex(InputStream in) throws IOException {
        HexLineParser p = new HexLineParser(sink());
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        for (String s; (s = r.readLine()) != null; ) {
            p.line(s);
        }
        return p;
    }

    private FramingStats sbs(InputStream in) throws IOException {
        SbsParser p = new SbsParser(this::printSbs);
        byte[] buf = new byte[CHUNK];
        for (int n; (n = in.read(buf)) > 0; ) {
            p.feed(buf, 0, n);
        }
        return p;
    }

    private FrameSink sink() {
        return (buf, off, len, ts, signal) -> {
            frames++;
            // event time: the receiver clock when it stamps frames, else arrival time at this process
            long timeNanos = ts > 0 ? ts * NANOS_PER_12_TICKS / 12 : System.nanoTime() - startNanos;
            ModeSDecoder.Result r = decoder.decode(buf, off, len, ts, timeNanos);
            if (r.accepted()) {
                print(r.message(), signal, timeNanos);
            }
        };
    }

    private void print(ModeSMessage m, int signal, long timeNanos) {
        Map<String, Object> fields = ModeSFields.of(m);
        if (signal >= 0) {
            fields.put("signal", signal);
        }
        AdsbMessage a = m instanceof ExtendedSquitter es ? es.adsb()
                : m instanceof MilitarySquitter ms ? ms.adsb() : null;
        PositionResolver.Outcome o = null;
        if (a instanceof AirbornePosition p) {
            o = resolver.resolve(m.icao(), false, p.odd(), p.latCpr(), p.lonCpr(), timeNanos, pos);
        } else if (a instanceof SurfacePosition s) {
            o = resolver.resolve(m.icao(), true, s.odd(), s.latCpr(), s.lonCpr(), timeNanos, pos);
        }
        if (o == PositionResolver.Outcome.GLOBAL || o == PositionResolver.Outcome.LOCAL) {
            fields.put("latitude", pos[0]);
            fields.put("longitude", pos[1]);
            fields.put("position_decoding", o == PositionResolver.Outcome.GLOBAL ? "global" : "local");
        }
        emit(fields);
    }

    private void printSbs(SbsMessage s) {
        frames++;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("sbs_kind", s.kind());
        if (s.transmissionType() > 0) {
            f.put("transmission_type", s.transmissionType());
        }
        f.put("icao", String.format("%06x", s.icao()));
        put(f, "date", s.dateGenerated());
        put(f, "time", s.timeGenerated());
        put(f, "callsign", s.callsign());
        put(f, "altitude", s.altitudeFt());
        put(f, "groundspeed", s.groundSpeedKt());
        put(f, "track", s.trackDeg());
        put(f, "latitude", s.latitudeDeg());
        put(f, "longitude", s.longitudeDeg());
        put(f, "vertical_rate", s.verticalRateFpm());
        put(f, "squawk", s.squawk());
        put(f, "alert", s.alert());
        put(f, "emergency", s.emergency());
        put(f, "spi", s.spi());
        put(f, "on_ground", s.onGround());
        emit(f);
    }

    private static void put(Map<String, Object> f, String key, Object value) {
        if (value != null) {
            f.put(key, value);
        }
    }

    private void emit(Map<String, Object> fields) {
        line.setLength(0);
        JsonWriter.write(fields, line);
        out.append(line).append('\n');
    }

    private String summary(String fmt, FramingStats stats) {
        StringBuilder sb = new StringBuilder();
        sb.append("decode: format=").append(fmt).append(" frames=").append(frames);
        if (fmt.equals("sbs")) {
            sb.append(" records=").append(stats.frames());
        } else {
            sb.append(" accepted=").append(decoder.acceptedCount());
            if (stats.modeAcFrames() > 0) {
                sb.append(" mode_ac_skipped=").append(stats.modeAcFrames());
            }
            sb.append(" address_filter=").append(decoder.options().addressFilter() ? "on" : "off");
            sb.append("\n  rejected:");
            for (RejectReason r : RejectReason.values()) {
                sb.append(' ').append(r.name()).append('=').append(decoder.rejectCount(r));
            }
            sb.append("\n  positions:");
            for (PositionResolver.Outcome o : PositionResolver.Outcome.values()) {
                sb.append(' ').append(o.name()).append('=').append(resolver.count(o));
            }
        }
        sb.append("\n  framing:");
        for (FramingReject r : FramingReject.values()) {
            sb.append(' ').append(r.name()).append('=').append(stats.rejectCount(r));
        }
        return sb.toString();
    }
}

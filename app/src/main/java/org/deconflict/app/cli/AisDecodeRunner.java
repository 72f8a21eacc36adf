package org.deconflict.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;

import org.deconflict.ais.AisMessage.StaticDataReport;
import org.deconflict.ais.AisReader;
import org.deconflict.ais.AisReport;
import org.deconflict.ais.GpsdJson;
import org.deconflict.ais.Type24Pairing;
import org.deconflict.app.input.Sources;

/**
 * {@code deconflict decode --ais SOURCE}: one JSON object per decoded AIS message on {@code out}, in gpsd's scaled
 * form ({@code gpsdecode -j}) so the output can be diffed against gpsd, and a summary of counts and rejects by
 * reason on {@code err} at the end. Type 24 parts are reported as gpsd does: a part A together with the next
 * part B of the same MMSI.
 */
public final class AisDecodeRunner {

    private AisDecodeRunner() {
    }

    /** Decodes {@code source} (FILE, -, tcp://host:port, udp://[host]:port); returns the process exit code. */
    public static int run(String source, PrintStream out, PrintStream err) {
        InputStream in;
        try {
            in = Sources.open(source);
        } catch (Sources.InputException e) {
            err.println("decode: " + e.getMessage());
            return 2;
        }
        GpsdJson json = new GpsdJson(true, source.equals("-") ? "stdin" : source);
        Type24Pairing pairs = new Type24Pairing();
        StringBuilder line = new StringBuilder(512);
        AisReader reader = new AisReader(r -> print(r, json, pairs, line, out));
        // a network feed ends with Ctrl-C: print the summary then too
        Thread onInterrupt = new Thread(() -> {
            out.flush();
            summary(reader, pairs, err);
        }, "ais-decode-summary");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        int code = 0;
        try (in) {
            reader.readAll(in);
        } catch (IOException | UncheckedIOException e) {
            reader.finish();
            err.println("decode: input ended with an error: " + e.getMessage());
            code = 1;
        } finally {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        }
        out.flush();
        summary(reader, pairs, err);
        return code;
    }

    private static void summary(AisReader reader, Type24Pairing pairs, PrintStream err) {
        err.println(reader.stats().summary());
        err.println("type 24 part B without a part A (not printed, as gpsd): " + pairs.unmatchedB());
    }

    private static void print(AisReport r, GpsdJson json, Type24Pairing pairs, StringBuilder line, PrintStream out) {
        if (r.message() instanceof StaticDataReport part) {
            Type24Pairing.Pair pair = pairs.offer(part);
            if (pair != null) {
                out.println(json.toJson(pair.partA(), pair.partB()));
            }
            return;
        }
        line.setLength(0);
        json.write(r.message(), line);
        out.println(line);
    }
}

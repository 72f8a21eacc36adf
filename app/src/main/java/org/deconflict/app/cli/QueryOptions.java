package org.deconflict.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.deconflict.app.store.Store;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the store queries ({@code incidents}, {@code track}, {@code compliance}) share (a picocli mixin): which store
 * to read — {@code --db}, else the configuration's {@code store.location} — and the output, a table or JSON lines.
 */
public final class QueryOptions {

    static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ConfigOptions config;

    @Option(names = "--db", paramLabel = "LOCATION",
            description = "store location (default: store.location of the configuration, else ./data/deconflict.db)")
    String db;

    @Option(names = "--json", description = "one JSON object per line")
    boolean json;

    /**
     * Opens the existing store for queries; a SQLite file that does not exist is an error, not a new empty store.
     * Mistakes are one line: {@link IllegalArgumentException}, {@link org.deconflict.app.config.ConfigException} or
     * the store's own exception.
     */
    Store open() {
        String location = db != null ? db : config.load().config().store().location();
        String path = location.startsWith("sqlite:") ? location.substring("sqlite:".length()) : location;
        if (!path.contains("://") && !path.startsWith("jdbc:") && !Files.exists(Path.of(path))) {
            throw new IllegalArgumentException("no store at " + path + " (fill one with deconflict run or replay, "
                    + "or name it with --db)");
        }
        return Store.open(location);
    }

    /**
     * A table of columns to {@link System#out}: {@code format} is the printf format of one line (for the header, every
     * conversion becomes {@code %s} of the same width); with {@code --json}, one object per row instead.
     *
     * @param noun what a row is, for the count line on stderr, e.g. {@code "incident(s)"}
     */
    <T> void print(List<T> rows, Function<T, Map<String, Object>> toJson, String format, List<String> header,
                   Function<T, Object[]> cells, String noun) {
        PrintStream out = System.out;
        if (json) {
            for (T r : rows) {
                out.println(jsonLine(toJson.apply(r)));
            }
            return;
        }
        out.printf(Locale.ROOT, format.replaceAll("%(-?\\d*)(\\.\\d+)?[a-mo-z]", "%$1s"), header.toArray());
        for (T r : rows) {
            out.printf(Locale.ROOT, format, cells.apply(r));
        }
        System.err.println(rows.size() + " " + noun);
    }

    static String jsonLine(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + m, e);
        }
    }
}

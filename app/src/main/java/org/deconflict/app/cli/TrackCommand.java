package org.deconflict.app.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.deconflict.app.config.ConfigException;
import org.deconflict.app.store.PositionRow;
import org.deconflict.app.store.Store;
import org.deconflict.engine.ingest.TargetKey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deconflict track ID}: the stored positions of one target, as a table or JSON lines. */
@Command(name = "track", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the stored (down-sampled) positions of one target, oldest first.",
            "",
            "ID: icao:4840d6, mmsi:219165000, or a bare 6-digit hex address or 9-digit MMSI.",
            "Times are ISO-8601 instants or UTC days."})
public final class TrackCommand implements Callable<Integer> {

    /** An MMSI has nine digits (ITU-R M.585). */
    private static final int MMSI_DIGITS = 9;

    @Parameters(paramLabel = "ID", description = "the target")
    String id;

    @Option(names = "--since", paramLabel = "TIME", description = "from this time")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "to this time (a day: its end)")
    String until;

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() {
        String key;
        long from;
        long to;
        try {
            key = targetKey(id);
            from = since == null ? 0 : IncidentsCommand.parseTimeMs("--since", since, false);
            to = until == null ? Long.MAX_VALUE / 2 : IncidentsCommand.parseTimeMs("--until", until, true);
        } catch (IllegalArgumentException e) {
            System.err.println("track: " + e.getMessage());
            return 2;
        }
        List<PositionRow> rows;
        try (Store store = query.open()) {
            rows = store.track(key, from, to);
        } catch (ConfigException e) {
            System.err.println("track: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("track: " + e.getMessage());
            return 1;
        }
        query.print(rows, TrackCommand::toJson, "%-24s %10.5f %11.5f %8s %7s %6s  %s%n",
                List.of("time (UTC)", "lat", "lon", "alt ft", "kt", "deg", "source"),
                p -> new Object[] {Instant.ofEpochMilli(p.timeMs()), p.lat(), p.lon(), num(p.altitudeFt()),
                    num(p.speedKt()), num(p.trackDeg()), p.source()}, "position(s) of " + key);
        return 0;
    }

    private static Map<String, Object> toJson(PositionRow p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", p.targetKey());
        m.put("timeMs", p.timeMs());
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        m.put("altitudeFt", p.altitudeFt());
        m.put("speedKt", p.speedKt());
        m.put("trackDeg", p.trackDeg());
        m.put("source", p.source());
        return m;
    }

    private static String num(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    /** The stored key of a target named on the command line. */
    static String targetKey(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("[0-9a-f]{6}") && !t.matches("[0-9]{" + MMSI_DIGITS + "}")) {
            t = "icao:" + t;
        } else if (t.matches("[0-9]{" + MMSI_DIGITS + "}")) {
            t = "mmsi:" + t;
        }
        try {
            return TargetKey.parse(t).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad target '" + text + "': expected icao:4840d6 or mmsi:219165000");
        }
    }
}

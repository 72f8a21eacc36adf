package org.deconflict.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.deconflict.app.config.ConfigException;
import org.deconflict.app.store.BBox;
import org.deconflict.app.store.IncidentQuery;
import org.deconflict.app.store.IncidentRow;
import org.deconflict.app.store.Severity;
import org.deconflict.app.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deconflict incidents}: lists stored incidents as a table, or as JSON lines with {@code --json}. */
@Command(name = "incidents", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List stored incidents, oldest first.",
            "",
            "Times are ISO-8601 instants (2014-03-03T12:00:00Z) or UTC days (2014-03-03).",
            "Examples:",
            "  deconflict incidents --since 2014-03-03 --type air-air --severity A,B",
            "  deconflict incidents --area 54,10,60,20 --json"})
public final class IncidentsCommand implements Callable<Integer> {

    @Option(names = "--since", paramLabel = "TIME", description = "incidents still going at or after this time")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "incidents starting at or before this time (a day: its end)")
    String until;

    @Option(names = "--area", paramLabel = "S,W,N,E", description = "south, west, north, east edges in degrees")
    String area;

    @Option(names = "--type", split = ",", paramLabel = "KIND", description = "kinds, e.g. air-air, air-ship-low-pass, dark-flight")
    List<String> types = new ArrayList<>();

    @Option(names = "--severity", split = ",", paramLabel = "A-E", description = "severity categories A (worst) to E")
    List<String> severities = new ArrayList<>();

    @Option(names = "--limit", description = "at most this many (default: ${DEFAULT-VALUE})")
    int limit = IncidentQuery.DEFAULT_LIMIT;

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() {
        IncidentQuery q;
        try {
            long from = since == null ? 0 : parseTimeMs("--since", since, false);
            long to = until == null ? Long.MAX_VALUE / 2 : parseTimeMs("--until", until, true);
            if (to < from) {
                throw new IllegalArgumentException("--until is before --since");
            }
            Set<Severity> sev = new java.util.HashSet<>();
            for (String s : severities) {
                try {
                    sev.add(Severity.valueOf(s.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--severity " + s + ": expected A, B, C, D or E");
                }
            }
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be at least 1");
            }
            q = new IncidentQuery(from, to, area == null ? null : parseArea(area), Set.copyOf(types), sev, limit);
        } catch (IllegalArgumentException e) {
            System.err.println("incidents: " + e.getMessage());
            return 2;
        }
        List<IncidentRow> rows;
        try (Store store = query.open()) {
            rows = store.incidents(q);
        } catch (ConfigException e) {
            System.err.println("incidents: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("incidents: " + e.getMessage());
            return 1;
        }
        query.print(rows, IncidentsCommand::toJson, "%-20s %-18s %-3s %-10s %9s %8s  %s%n",
                List.of("start (UTC)", "kind", "sev", "duration", "min dist", "min vert", "participants"),
                r -> new Object[] {isoSeconds(r.startMs()), r.kind(), r.severity(),
                    r.endMs() == null ? "open" : (r.endMs() - r.startMs()) / 1000 + " s",
                    r.minHorizontalM() == null ? "-" : String.format(Locale.ROOT, "%.0f m", r.minHorizontalM()),
                    r.minVerticalFt() == null ? "-" : String.format(Locale.ROOT, "%.0f ft", r.minVerticalFt()),
                    String.join(" ", r.participants().stream().map(IncidentRow.Participant::targetKey).toList())},
                "incident(s)");
        return 0;
    }

    static Map<String, Object> toJson(IncidentRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind());
        m.put("severity", r.severity().name());
        m.put("startMs", r.startMs());
        m.put("endMs", r.endMs());
        m.put("minHorizontalM", r.minHorizontalM());
        m.put("minVerticalFt", r.minVerticalFt());
        m.put("closestApproachMs", r.closestApproachMs());
        List<Map<String, Object>> ps = new ArrayList<>();
        for (IncidentRow.Participant p : r.participants()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("target", p.targetKey());
            pm.put("lat", p.closest().lat());
            pm.put("lon", p.closest().lon());
            pm.put("altitudeFt", p.closestAltitudeFt());
            ps.add(pm);
        }
        m.put("participants", ps);
        try {
            m.put("details", QueryOptions.JSON.readTree(r.detailsJson()));
            return m;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored incident " + r.id() + " is not valid JSON", e);
        }
    }

    /** An ISO-8601 instant, or a UTC day (its start, or with {@code endOfDay} its last millisecond), epoch ms. */
    static long parseTimeMs(String option, String text, boolean endOfDay) {
        String t = text.strip();
        try {
            if (t.length() == 10) {
                LocalDate d = LocalDate.parse(t);
                long startMs = d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                return endOfDay ? startMs + 86_400_000L - 1 : startMs;
            }
            return Instant.parse(t).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " " + text + ": expected 2014-03-03 or 2014-03-03T12:00:00Z");
        }
    }

    static String isoSeconds(long ms) {
        return Instant.ofEpochMilli(ms - Math.floorMod(ms, 1000)).toString();
    }

    private static BBox parseArea(String s) {
        String[] p = s.split(",");
        if (p.length != 4) {
            throw new IllegalArgumentException("--area " + s + ": expected S,W,N,E, e.g. 54,10,60,20");
        }
        try {
            return new BBox(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()),
                    Double.parseDouble(p[2].strip()), Double.parseDouble(p[3].strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--area " + s + ": " + e.getMessage() + " (expected S,W,N,E degrees)");
        }
    }
}

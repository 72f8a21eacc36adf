package org.deconflict.app.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.deconflict.app.config.ConfigException;
import org.deconflict.app.store.ComplianceRow;
import org.deconflict.app.store.Store;
import org.deconflict.app.store.TargetKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deconflict compliance}: transponder compliance per day, nation and military/civil. */
@Command(name = "compliance", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Transponder compliance of stored flights per UTC day, nation and military/civil:",
            "share of followed time with position broadcast, identity only (Mode S), and silent."})
public final class ComplianceCommand implements Callable<Integer> {

    @Option(names = "--day", paramLabel = "YYYY-MM-DD", description = "only this UTC day (default: every day)")
    String day;

    @Option(names = "--kind", description = "aircraft or ship (default: aircraft)")
    TargetKind kind = TargetKind.AIRCRAFT;

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() {
        long from = 0;
        long to = Long.MAX_VALUE / 2;
        if (day != null) {
            try {
                from = LocalDate.parse(day.strip()).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                to = from + 86_400_000L;
            } catch (DateTimeParseException e) {
                System.err.println("compliance: --day " + day + ": expected YYYY-MM-DD, e.g. 2014-03-03");
                return 2;
            }
        }
        List<ComplianceRow> rows;
        try (Store store = query.open()) {
            rows = store.compliance(from, to, kind);
        } catch (ConfigException e) {
            System.err.println("compliance: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("compliance: " + e.getMessage());
            return 1;
        }
        query.print(rows, ComplianceCommand::toJson, "%-10s %-6s %-8s %7s %9s %9s %9s%n",
                List.of("day", "nation", "role", "flights", "position", "id only", "silent"), r -> {
                    double total = r.positionS() + r.identityOnlyS() + r.silentS();
                    return new Object[] {r.dayUtc(), r.nation() == null ? "?" : r.nation(),
                        r.military() ? "military" : "civil", r.flights(), pct(r.positionS(), total),
                        pct(r.identityOnlyS(), total), pct(r.silentS(), total)};
                }, "row(s)");
        return 0;
    }

    private static Map<String, Object> toJson(ComplianceRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", r.dayUtc().toString());
        m.put("nation", r.nation());
        m.put("military", r.military());
        m.put("flights", r.flights());
        m.put("positionS", r.positionS());
        m.put("identityOnlyS", r.identityOnlyS());
        m.put("silentS", r.silentS());
        return m;
    }

    private static String pct(double part, double total) {
        return total > 0 ? String.format(Locale.ROOT, "%.1f %%", 100 * part / total) : "-";
    }
}

package org.deconflict.app.pipeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import org.deconflict.engine.event.DarkGap;
import org.deconflict.engine.event.EncounterFlag;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.GnssInterference;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.event.ModeSOnly;
import org.deconflict.engine.event.SpoofingSuspicion;
import org.deconflict.engine.ingest.TargetKey;

/**
 * One human-readable line per incident-worthy event, naming the kind in words (LOSS OF SEPARATION, PREDICTED
 * CONFLICT, LOW PASS, SHIP CPA, DARK GAP, SPOOFING, GNSS INTERFERENCE), the targets, the time and the minimum distances.
 */
public final class IncidentLines {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final double M_PER_NM = 1852.0;   // international nautical mile

    private final Function<TargetKey, String> describe;

    /** {@code describe} names a target (callsign, nation, military) from its key; it may return the key alone. */
    public IncidentLines(Function<TargetKey, String> describe) {
        this.describe = describe;
    }

    /** The line for the event, or null when the event is not printed (encounter progress, compliance...). */
    public String line(EngineEvent e) {
        if (e instanceof Incident i) {
            return incident(i);
        }
        if (e instanceof DarkGap g) {
            return String.format(Locale.ROOT, "%s  %-19s %s silent %.0f s inside coverage, reappeared %s away",
                    time(g.timeNanos()), "DARK GAP", describe.apply(g.key()), g.gapSeconds(), distance(g.distanceM()));
        }
        if (e instanceof ModeSOnly m) {
            return String.format(Locale.ROOT, "%s  %-19s %s answers interrogations but squits no position%s",
                    time(m.timeNanos()), "MODE S ONLY", describe.apply(m.key()),
                    Double.isNaN(m.altitudeFt()) ? "" : String.format(Locale.ROOT, ", %.0f ft", m.altitudeFt()));
        }
        if (e instanceof SpoofingSuspicion s) {
            return String.format(Locale.ROOT, "%s  %-19s %s %s (%.0f m against a limit of %.0f m)",
                    time(s.timeNanos()), "SPOOFING", describe.apply(s.key()),
                    s.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '), s.measured(), s.limit());
        }
        if (e instanceof GnssInterference g && g.phase() == GnssInterference.Phase.OPENED) {
            return String.format(Locale.ROOT, "%s  %-19s %d of %d aircraft degraded within %s of %.3f, %.3f",
                    time(g.timeNanos()), "GNSS INTERFERENCE", g.degradedAircraft(), g.reportingAircraft(),
                    distance(g.radiusM()), g.centerLatDeg(), g.centerLonDeg());
        }
        return null;
    }

    /** The kind of a finding in words as printed: encounter types, {@code DARK_GAP}, {@code MODE_S_ONLY}. */
    public static String words(String kind) {
        try {
            return words(EncounterType.valueOf(kind));
        } catch (IllegalArgumentException notAnEncounter) {
            return kind.replace('_', ' ');
        }
    }

    /** The kind of an encounter type in words, as printed. */
    public static String words(EncounterType type) {
        return switch (type) {
            case LOSS_OF_SEPARATION -> "LOSS OF SEPARATION";
            case PREDICTED_CONFLICT -> "PREDICTED CONFLICT";
            case TCAS_TA -> "TCAS TRAFFIC ADVISORY";
            case TCAS_RA -> "TCAS RESOLUTION ADVISORY";
            case NMAC -> "NEAR MID-AIR COLLISION";
            case LOW_PASS -> "LOW PASS";
            case SHIP_CPA -> "SHIP CPA";
            case SHIP_CLOSE_QUARTERS -> "SHIP CLOSE QUARTERS";
        };
    }

    private String incident(Incident i) {
        StringBuilder sb = new StringBuilder(160);
        sb.append(time(i.startNanos())).append("  ").append(String.format(Locale.ROOT, "%-19s", words(i.type())));
        sb.append(' ');
        for (int k = 0; k < i.participants().size(); k++) {
            if (k > 0) {
                sb.append(i.type() == EncounterType.LOW_PASS ? " over " : " and ");
            }
            sb.append(describe.apply(i.participants().get(k)));
        }
        sb.append(" — min ").append(distance(i.minHorizontalM()));
        if (!Double.isNaN(i.minVerticalFt())) {
            sb.append(String.format(Locale.ROOT, " / %.0f ft", i.minVerticalFt()));
        }
        sb.append(", severity ").append(i.severity());
        sb.append(String.format(Locale.ROOT, ", %.0f s", (i.endNanos() - i.startNanos()) / 1e9));
        for (EncounterFlag f : i.flags()) {
            sb.append(", ").append(f.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return sb.toString();
    }

    private static String time(long nanos) {
        return TIME.format(Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L)));
    }

    private static String distance(double m) {
        if (Double.isNaN(m)) {
            return "?";
        }
        return m < 10 * M_PER_NM ? String.format(Locale.ROOT, "%.0f m", m)
                : String.format(Locale.ROOT, "%.1f NM", m / M_PER_NM);
    }
}

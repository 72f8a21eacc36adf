package org.deconflict.app.http;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;

/**
 * {@code /data/aircraft.json} in the shape readsb and dump1090-fa publish for tar1090: {@code now} (s), {@code messages}
 * (Mode S frames so far) and {@code aircraft[]} with {@code hex} ({@code ~} prefix for non-ICAO addresses),
 * {@code type}, {@code flight} (padded to 8), {@code alt_baro} ({@code "ground"} on the surface), {@code gs},
 * {@code track}, {@code baro_rate}, {@code lat}, {@code lon}, {@code seen}, {@code seen_pos}, {@code category},
 * {@code messages}. Field meanings follow readsb's README-json.md; times are event time.
 */
final class ReadsbAircraftJson {

    private ReadsbAircraftJson() {
    }

    static void write(JsonGenerator g, Iterable<LiveTarget> targets, long nowMs, long messages) throws IOException {
        g.writeStartObject();
        g.writeNumberField("now", nowMs / 1000.0);
        g.writeNumberField("messages", messages);
        g.writeArrayFieldStart("aircraft");
        for (LiveTarget t : targets) {
            TrackSnapshot s = t.last();
            TargetKey key = s.key();
            if (key.kind() != TargetKey.Kind.AIRCRAFT) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("hex", String.format(Locale.ROOT, "%s%06x", key.icaoAssigned() ? "" : "~",
                    key.icaoAddress()));
            g.writeStringField("type", type(s.transponder(), key.icaoAssigned()));
            if (s.callsignOrName() != null) {
                g.writeStringField("flight", String.format(Locale.ROOT, "%-8s", s.callsignOrName()));
            }
            if (s.onGround()) {
                g.writeStringField("alt_baro", "ground");
            } else if (!Double.isNaN(s.altitudeFt())) {
                g.writeNumberField("alt_baro", Math.round(s.altitudeFt()));
            }
            if (!Double.isNaN(s.groundSpeedKt())) {
                g.writeNumberField("gs", TargetJson.round(s.groundSpeedKt(), 10));
            }
            if (!Double.isNaN(s.trackDeg())) {
                g.writeNumberField("track", TargetJson.round(s.trackDeg(), 10));
            }
            if (!Double.isNaN(s.verticalRateFpm())) {
                g.writeNumberField("baro_rate", Math.round(s.verticalRateFpm()));
            }
            if (s.category() != 0) {
                g.writeStringField("category", String.format(Locale.ROOT, "%02X", s.category()));
            }
            TrackSnapshot p = t.lastPosition();
            if (p != null) {
                g.writeNumberField("lat", TargetJson.round(p.latDeg(), 1e6));
                g.writeNumberField("lon", TargetJson.round(p.lonDeg(), 1e6));
                g.writeNumberField("seen_pos", TargetJson.round(Math.max(0, nowMs - p.timeNanos() / 1_000_000L) / 1000.0, 10));
            }
            if (s.nacp() >= 0) {
                g.writeNumberField("nac_p", s.nacp());
            }
            if (s.nic() >= 0) {
                g.writeNumberField("nic", s.nic());
            }
            g.writeNumberField("seen", TargetJson.round(TargetJson.silentS(t, nowMs), 10));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** readsb's {@code type}: how the data came (adsb_icao, adsb_other, mode_s). */
    private static String type(TransponderMode mode, boolean icao) {
        return switch (mode) {
            case ADSB -> icao ? "adsb_icao" : "adsb_other";
            case MODE_S_ONLY -> "mode_s";
            default -> "other";
        };
    }
}

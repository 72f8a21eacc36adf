package org.deconflict.app.http;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;

/**
 * JSON form of a live target, shared by the targets API and the live stream: key, kind, identity, last known
 * position and motion (null when unknown), and the flags the map marks (military, dark, suspicion) — as an object,
 * or as a compact row whose columns are named once per document.
 */
final class TargetJson {

    private final double aircraftDarkS;
    private final double shipDarkS;

    /** Dark after the dark-gap thresholds of the detection configuration (silent at least that long). */
    TargetJson(DetectionConfig.Dark dark) {
        this.aircraftDarkS = dark.aircraftMinGapS();
        this.shipDarkS = dark.shipMinGapS();
    }

    /** Seconds (event time) since the target was last heard at {@code nowMs}. */
    static double silentS(LiveTarget t, long nowMs) {
        return Math.max(0, (nowMs - t.lastSeenMs()) / 1000.0);
    }

    /** True when the target has been silent for at least its kind's dark-gap threshold. */
    boolean dark(LiveTarget t, long nowMs) {
        double limit = t.last().key().kind() == TargetKey.Kind.SHIP ? shipDarkS : aircraftDarkS;
        return silentS(t, nowMs) >= limit;
    }

    static String kind(TargetKey key) {
        return switch (key.kind()) {
            case AIRCRAFT -> "aircraft";
            case SHIP -> "ship";
            case RADAR -> "radar";
        };
    }

    void write(JsonGenerator g, LiveTarget t, long nowMs, boolean withTrail) throws IOException {
        TrackSnapshot s = t.last();
        TrackSnapshot p = t.lastPosition();
        g.writeStartObject();
        g.writeStringField("id", s.key().toString());
        g.writeStringField("kind", kind(s.key()));
        g.writeStringField("name", s.callsignOrName());
        g.writeStringField("nation", s.nation());
        g.writeBooleanField("military", s.military());
        g.writeNumberField("category", s.category());
        g.writeStringField("transponder", s.transponder().name());
        if (p != null) {
            g.writeNumberField("lat", round(p.latDeg(), 1e5));
            g.writeNumberField("lon", round(p.lonDeg(), 1e5));
            g.writeNumberField("positionMs", p.timeNanos() / 1_000_000L);
        } else {
            g.writeNullField("lat");
            g.writeNullField("lon");
            g.writeNullField("positionMs");
        }
        number(g, "altitudeFt", s.key().kind() == TargetKey.Kind.SHIP ? Double.NaN : s.altitudeFt(), 1);
        number(g, "speedKt", s.groundSpeedKt(), 10);
        number(g, "trackDeg", s.trackDeg(), 10);
        number(g, "verticalRateFpm", s.key().kind() == TargetKey.Kind.SHIP ? Double.NaN : s.verticalRateFpm(), 1);
        g.writeBooleanField("onGround", s.onGround());
        g.writeNumberField("lastSeenMs", t.lastSeenMs());
        g.writeNumberField("silentS", round(silentS(t, nowMs), 10));
        g.writeBooleanField("dark", dark(t, nowMs));
        g.writeNumberField("darkGaps", t.darkGaps());
        g.writeStringField("suspicion", t.suspicion());
        if (withTrail) {
            g.writeArrayFieldStart("trail");
            for (LiveTarget.TrailPoint q : t.trail()) {
                g.writeStartArray();
                g.writeNumber(q.timeMs());
                g.writeNumber(round(q.lat(), 1e5));
                g.writeNumber(round(q.lon(), 1e5));
                if (Double.isNaN(q.altitudeFt()) || s.key().kind() == TargetKey.Kind.SHIP) {
                    g.writeNull();
                } else {
                    g.writeNumber(Math.round(q.altitudeFt()));
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Column names of the compact row form ({@code format=rows}, and the live stream), in row order: what the map
     * needs to draw, filter and list a target, about a third of the object form's bytes.
     */
    static final List<String> ROW_FIELDS = List.of("id", "kind", "name", "nation", "military", "lat", "lon",
            "altitudeFt", "speedKt", "trackDeg", "onGround", "lastSeenMs", "dark", "darkGaps", "suspicion");

    /** Writes {@code "fields": [...]}, naming the columns of the rows that follow. */
    static void writeRowFields(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("fields");
        for (String f : ROW_FIELDS) {
            g.writeString(f);
        }
        g.writeEndArray();
    }

    /** Writes one target as an array in {@link #ROW_FIELDS} order (null where unknown). */
    void writeRow(JsonGenerator g, LiveTarget t, long nowMs) throws IOException {
        TrackSnapshot s = t.last();
        TrackSnapshot p = t.lastPosition();
        boolean ship = s.key().kind() == TargetKey.Kind.SHIP;
        g.writeStartArray();
        g.writeString(s.key().toString());
        g.writeString(kind(s.key()));
        g.writeString(s.callsignOrName());
        g.writeString(s.nation());
        g.writeBoolean(s.military());
        value(g, p == null ? Double.NaN : p.latDeg(), 1e5);
        value(g, p == null ? Double.NaN : p.lonDeg(), 1e5);
        value(g, ship ? Double.NaN : s.altitudeFt(), 1);
        value(g, s.groundSpeedKt(), 10);
        value(g, s.trackDeg(), 10);
        g.writeBoolean(s.onGround());
        g.writeNumber(t.lastSeenMs());
        g.writeBoolean(dark(t, nowMs));
        g.writeNumber(t.darkGaps());
        g.writeString(t.suspicion());
        g.writeEndArray();
    }

    private static void value(JsonGenerator g, double v, double scale) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            g.writeNull();
        } else {
            g.writeNumber(round(v, scale));
        }
    }

    private static void number(JsonGenerator g, String name, double v, double scale) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, round(v, scale));
        }
    }

    static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}

package org.deconflict.app.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;

/**
 * JSON form of a live target, shared by the targets API and the live stream: key, kind, identity, last known
 * position and motion (null when unknown), and the flags the map marks (military, dark, suspicion).
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

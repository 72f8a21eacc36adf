package org.deconflict.sim.out;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.deconflict.sim.scenario.ReceiverSpec;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.truth.TruthIncident;
import org.deconflict.sim.truth.TruthSink;

/**
 * Writes the truth file, JSON lines: first a {@code scenario} line, then {@code position} lines (every target every
 * truth period), then one {@code incident} line per measured incident. Times are ns since the Unix epoch.
 */
public final class TruthJsonWriter implements TruthSink, AutoCloseable {

    private final JsonGenerator json;
    private final OutputStream out;

    public TruthJsonWriter(OutputStream out, Scenario sc, long seed, boolean allTranspondersOn) {
        try {
            this.out = out;
            this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            json.writeStartObject();
            json.writeStringField("type", "scenario");
            json.writeStringField("name", sc.name());
            json.writeStringField("start", sc.start());
            json.writeNumberField("startNanos", sc.startNanos());
            json.writeNumberField("durationS", sc.durationS());
            json.writeNumberField("seed", seed);
            json.writeBooleanField("allTranspondersOn", allTranspondersOn);
            json.writeArrayFieldStart("receivers");
            for (ReceiverSpec r : sc.receivers()) {
                json.writeStartObject();
                json.writeNumberField("id", r.id());
                json.writeStringField("name", r.name());
                json.writeNumberField("lat", r.lat());
                json.writeNumberField("lon", r.lon());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void position(long timeNanos, String key, String name, double latDeg, double lonDeg, double altitudeFt,
                         double speedKt, double trackDeg, String transponder) {
        try {
            json.writeStartObject();
            json.writeStringField("type", "position");
            json.writeNumberField("t", timeNanos);
            json.writeStringField("key", key);
            json.writeStringField("name", name);
            json.writeNumberField("lat", round(latDeg, 1e6));
            json.writeNumberField("lon", round(lonDeg, 1e6));
            json.writeNumberField("altFt", round(altitudeFt, 10));
            json.writeNumberField("speedKt", round(speedKt, 10));
            json.writeNumberField("trackDeg", round(trackDeg, 10));
            json.writeStringField("transponder", transponder);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void incident(TruthIncident i) {
        try {
            json.writeStartObject();
            json.writeStringField("type", "incident");
            json.writeStringField("kind", i.kind().name());
            json.writeArrayFieldStart("participants");
            for (String p : i.participants()) {
                json.writeString(p);
            }
            json.writeEndArray();
            json.writeNumberField("startNanos", i.startNanos());
            json.writeNumberField("endNanos", i.endNanos());
            json.writeNumberField("closestNanos", i.closestNanos());
            number("minHorizontalM", i.minHorizontalM());
            number("minVerticalFt", i.minVerticalFt());
            number("minSlantM", i.minSlantM());
            json.writeNumberField("entries", i.entries());
            json.writeStringField("observability", i.observability().name());
            json.writeStringField("note", i.note());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void number(String field, double v) throws IOException {
        if (Double.isNaN(v)) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, round(v, 100));
        }
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }

    @Override
    public void close() {
        try {
            json.writeRaw('\n');
            json.close();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

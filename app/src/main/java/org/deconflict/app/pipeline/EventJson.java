package org.deconflict.app.pipeline;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.ingest.TargetKey;

/**
 * JSON form of engine events: the record's components as fields, plus {@code "event"} (the kind), target keys as
 * text ({@code "icao:4840d6"}), NaN as null. Used by the JSON lines sink, the store's details and the HTTP API.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = mapper();

    private EventJson() {
    }

    /** The shared mapper (thread-safe once configured). */
    public static ObjectMapper mapper() {
        if (MAPPER != null) {
            return MAPPER;
        }
        SimpleModule m = new SimpleModule("deconflict-engine");
        m.addSerializer(TargetKey.class, new StdSerializer<>(TargetKey.class) {
            @Override
            public void serialize(TargetKey k, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(k.toString());
            }
        });
        m.addSerializer(Double.class, new StdSerializer<>(Double.class) {
            @Override
            public void serialize(Double d, JsonGenerator g, SerializerProvider p) throws IOException {
                if (d.isNaN() || d.isInfinite()) {
                    g.writeNull();
                } else {
                    g.writeNumber(d);
                }
            }
        });
        m.addSerializer(double.class, new StdSerializer<>(double.class) {
            @Override
            public void serialize(Double d, JsonGenerator g, SerializerProvider p) throws IOException {
                if (d.isNaN() || d.isInfinite()) {
                    g.writeNull();
                } else {
                    g.writeNumber(d);
                }
            }
        });
        return new ObjectMapper().registerModule(m).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** {@code {"event":"INCIDENT", ...components}} on one line. */
    public static String toJson(EngineEvent e) {
        try {
            var node = MAPPER.valueToTree(e);
            var obj = MAPPER.createObjectNode().put("event", e.kind().name());
            obj.setAll((com.fasterxml.jackson.databind.node.ObjectNode) node);
            return MAPPER.writeValueAsString(obj);
        } catch (JsonProcessingException | IllegalArgumentException ex) {
            throw new IllegalStateException("cannot write event " + e.kind() + " as JSON: " + ex.getMessage(), ex);
        }
    }
}

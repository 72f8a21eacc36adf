package org.deconflict.ais;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Compares parsed JSON values (numbers by decimal value, so 13.70 equals 13.7; key order ignored). */
final class JsonDiff {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonDiff() {
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** Differences as "path: expected X, got Y" lines; empty when equal. */
    static List<String> diff(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        diff("", expected, actual, out);
        return out;
    }

    private static void diff(String path, JsonNode e, JsonNode a, List<String> out) {
        if (e.isNumber() && a != null && a.isNumber()) {
            if (e.decimalValue().compareTo(a.decimalValue()) != 0) {
                out.add(path + ": expected " + e + ", got " + a);
            }
            return;
        }
        if (e.isObject() && a != null && a.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode av = a.get(f.getKey());
                if (av == null) {
                    out.add(path + "/" + f.getKey() + ": missing (expected " + f.getValue() + ")");
                } else {
                    diff(path + "/" + f.getKey(), f.getValue(), av, out);
                }
            }
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!e.has(k)) {
                    out.add(path + "/" + k + ": unexpected " + a.get(k));
                }
            }
            return;
        }
        if (e.isArray() && a != null && a.isArray()) {
            if (e.size() != a.size()) {
                out.add(path + ": expected " + e.size() + " elements, got " + a.size());
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                diff(path + "[" + i + "]", e.get(i), a.get(i), out);
            }
            return;
        }
        if (!e.equals(a)) {
            out.add(path + ": expected " + e + ", got " + a);
        }
    }
}

package org.deconflict.app.store;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** JSON checks for the details columns: a row with invalid JSON is refused when built, not when its batch commits. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** Returns {@code json} ({@code "{}"} when null) if it is exactly one well-formed JSON value; throws otherwise. */
    static String requireValid(String json) {
        if (json == null) {
            return "{}";
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("empty JSON document");
            }
            parser.skipChildren();
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new IllegalArgumentException("trailing content after JSON value: " + trailing);
            }
            return json;
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid JSON details: " + e.getMessage(), e);
        }
    }
}

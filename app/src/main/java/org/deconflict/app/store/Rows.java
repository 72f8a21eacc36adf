package org.deconflict.app.store;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the row records. */
final class Rows {

    private Rows() {
    }

    /** A non-blank key without white space (event target lists are stored space-separated). */
    static String requireKey(String key, String what) {
        Objects.requireNonNull(key, what);
        if (key.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isWhitespace(key.charAt(i))) {
                throw new IllegalArgumentException(what + " contains white space: '" + key + "'");
            }
        }
        return key;
    }

    static List<String> requireKeys(List<String> keys, String what) {
        List<String> copy = List.copyOf(keys);
        for (String k : copy) {
            requireKey(k, what);
        }
        return copy;
    }

    static void requireNonNegative(double value, String what) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(what + " must be >= 0, was " + value);
        }
    }

    static void requireLatLon(double lat, double lon) {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("position out of range: lat " + lat + ", lon " + lon);
        }
    }

    static void requireOrder(long startMs, Long endMs) {
        if (endMs != null && endMs < startMs) {
            throw new IllegalArgumentException("endMs " + endMs + " before startMs " + startMs);
        }
    }

    static <T> T requireNonNull(T value, String what) {
        return Objects.requireNonNull(value, what);
    }

    /** Null for null or NaN (both mean "unknown"), the value otherwise. */
    static Double nullIfNaN(Double d) {
        return d == null || d.isNaN() ? null : d;
    }
}

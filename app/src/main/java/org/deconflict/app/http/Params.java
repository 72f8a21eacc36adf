package org.deconflict.app.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.deconflict.app.store.BBox;
import org.deconflict.engine.ingest.TargetKey;

/** Parsing of query and path parameters; every bad value becomes a 400 {@link ApiError} naming the parameter. */
final class Params {

    private Params() {
    }

    /** {@code true}/{@code false}, or null when absent. */
    static Boolean bool(String name, String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Boolean.TRUE;
            case "false", "0", "no" -> Boolean.FALSE;
            default -> throw ApiError.badRequest(name + " must be true or false, not '" + v + "'");
        };
    }

    /** {@code minLat,minLon,maxLat,maxLon} in degrees, or null when absent. */
    static BBox area(String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        String[] p = v.split(",");
        if (p.length != 4) {
            throw ApiError.badRequest("area must be minLat,minLon,maxLat,maxLon, not '" + v + "'");
        }
        try {
            return new BBox(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]),
                    Double.parseDouble(p[3]));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("area '" + v + "': " + e.getMessage());
        }
    }

    /** Epoch milliseconds or an ISO-8601 instant ({@code 2014-03-03T12:00:00Z}); {@code dflt} when absent. */
    static long timeMs(String name, String v, long dflt) {
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException notMillis) {
            try {
                return Instant.parse(v).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest(name + " must be epoch milliseconds or an ISO-8601 instant, not '" + v + "'");
            }
        }
    }

    /** A UTC day {@code YYYY-MM-DD}, or null when absent. */
    static LocalDate day(String name, String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a day YYYY-MM-DD, not '" + v + "'");
        }
    }

    /** An integer within [min, max], {@code dflt} when absent. */
    static int intIn(String name, String v, int min, int max, int dflt) {
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiError.badRequest(name + " must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be an integer, not '" + v + "'");
        }
    }

    /** A target key ({@code icao:4840d6}, {@code mmsi:219165000}). */
    static TargetKey target(String v) {
        try {
            return TargetKey.parse(v);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("'" + v + "' is not a target id (icao:4840d6, mmsi:219165000)");
        }
    }

    /** A comma-separated list of enum constants (case-insensitive); empty when absent. */
    static <E extends Enum<E>> Set<E> enums(String name, String v, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        if (v == null || v.isEmpty()) {
            return out;
        }
        for (String s : v.split(",")) {
            try {
                out.add(Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(name + ": '" + s + "' is not one of " + EnumSet.allOf(type));
            }
        }
        return out;
    }

    /** A comma-separated list of words from {@code allowed} (lower case); empty when absent. */
    static Set<String> words(String name, String v, Set<String> allowed) {
        Set<String> out = new LinkedHashSet<>();
        if (v == null || v.isEmpty()) {
            return out;
        }
        for (String s : v.split(",")) {
            String w = s.trim().toLowerCase(Locale.ROOT);
            if (!allowed.contains(w)) {
                throw ApiError.badRequest(name + ": '" + s + "' is not one of " + allowed);
            }
            out.add(w);
        }
        return out;
    }
}

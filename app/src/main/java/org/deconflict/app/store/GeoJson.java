package org.deconflict.app.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** GeoJSON LineString text (RFC 7946 §3.1.4; positions as [lon, lat]) for incident track segments. */
final class GeoJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeoJson() {
    }

    /** The LineString of the points, or null when there are none. Coordinates keep full double precision. */
    static String lineString(List<LatLon> points) {
        if (points.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(32 + points.size() * 40).append("{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i < points.size(); i++) {
            LatLon p = points.get(i);
            sb.append(i == 0 ? "[" : ",[").append(p.lon()).append(',').append(p.lat()).append(']');
        }
        return sb.append("]}").toString();
    }

    /** The points of a LineString; empty for null. */
    static List<LatLon> parseLineString(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            if (!"LineString".equals(root.path("type").asText())) {
                throw new StoreException("stored track is not a GeoJSON LineString: " + json);
            }
            List<LatLon> points = new ArrayList<>();
            for (JsonNode c : root.path("coordinates")) {
                points.add(new LatLon(c.get(1).asDouble(), c.get(0).asDouble()));
            }
            return points;
        } catch (IOException e) {
            throw new StoreException("stored track is not valid GeoJSON: " + json, e);
        }
    }
}

package org.deconflict.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The read queries of {@link Store}, run on the caller's connection, with the mapping of result rows to records. */
final class QuerySql {

    /** Tables reported by {@link Store#rowCounts()}. */
    static final List<String> TABLES =
            List.of("targets", "flights", "positions", "events", "incidents", "replay_progress");

    private static final String TARGET_COLUMNS = "target_key, kind, name, nation, military, military_reason, "
            + "category, first_seen_ms, last_seen_ms";
    private static final String FLIGHT_COLUMNS = "flight_id, target_key, start_ms, end_ms, identity, nation, "
            + "military, position_s, identity_only_s, silent_s";
    private static final String POSITION_COLUMNS = "target_key, time_ms, lat, lon, altitude_ft, speed_kt, "
            + "track_deg, source";
    private static final String INCIDENT_COLUMNS = "incident_id, kind, severity, start_ms, end_ms, "
            + "min_horizontal_m, min_vertical_ft, closest_approach_ms, details";
    /** Keys per IN-list query (incident participants, replay targets): keeps the list short. */
    private static final int PARTICIPANT_CHUNK = 500;
    private static final long MS_PER_DAY = 86_400_000L;

    private final Dialect dialect;

    QuerySql(Dialect dialect) {
        this.dialect = dialect;
    }

    Optional<ReplayProgress> progress(Connection c, String inputName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT input_name, byte_offset, last_event_time_ms FROM replay_progress WHERE input_name = ?")) {
            ps.setString(1, inputName);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new ReplayProgress(rs.getString(1), rs.getLong(2), getLong(rs, 3)))
                        : Optional.empty();
            }
        }
    }

    Optional<TargetRow> target(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + TARGET_COLUMNS + " FROM targets WHERE target_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(target(rs)) : Optional.empty();
            }
        }
    }

    private static TargetRow target(ResultSet rs) throws SQLException {
        return new TargetRow(rs.getString(1), TargetKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9));
    }

    Optional<FlightRow> flight(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FLIGHT_COLUMNS + " FROM flights WHERE flight_id = ?")) {
            ps.setString(1, id);
            List<FlightRow> rows = flights(ps);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        }
    }

    List<FlightRow> flights(Connection c, String targetKey, long fromMs, long toMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FLIGHT_COLUMNS + " FROM flights "
                + "WHERE target_key = ? AND start_ms <= ? AND (end_ms IS NULL OR end_ms >= ?) "
                + "ORDER BY start_ms, flight_id")) {
            ps.setString(1, targetKey);
            ps.setLong(2, toMs);
            ps.setLong(3, fromMs);
            return flights(ps);
        }
    }

    private static List<FlightRow> flights(PreparedStatement ps) throws SQLException {
        List<FlightRow> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FlightRow(rs.getString(1), rs.getString(2), rs.getLong(3), getLong(rs, 4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getDouble(8), rs.getDouble(9),
                        rs.getDouble(10)));
            }
        }
        return out;
    }

    List<PositionRow> track(Connection c, String targetKey, long fromMs, long toMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + POSITION_COLUMNS + " FROM positions "
                + "WHERE target_key = ? AND time_ms >= ? AND time_ms <= ? ORDER BY time_ms")) {
            ps.setString(1, targetKey);
            ps.setLong(2, fromMs);
            ps.setLong(3, toMs);
            return positions(ps);
        }
    }

    /** One query for the positions (limit + 1 rows, to see truncation), then one per chunk of their targets. */
    AreaPositions positions(Connection c, PositionQuery q) throws SQLException {
        String sql = "SELECT " + POSITION_COLUMNS + " FROM positions WHERE time_ms >= ? AND time_ms <= ?"
                + (q.area() == null ? "" : " AND " + dialect.positionsInside(q.area()))
                + " ORDER BY time_ms, target_key LIMIT " + (q.limit() + 1L);
        List<PositionRow> rows;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, q.fromMs());
            ps.setLong(2, q.toMs());
            rows = positions(ps);
        }
        boolean truncated = rows.size() > q.limit();
        if (truncated) {
            rows = rows.subList(0, q.limit());
        }
        Set<String> keys = new LinkedHashSet<>();
        for (PositionRow p : rows) {
            keys.add(p.targetKey());
        }
        return new AreaPositions(rows, targets(c, keys), truncated);
    }

    private Map<String, TargetRow> targets(Connection c, Collection<String> keys) throws SQLException {
        Map<String, TargetRow> out = new LinkedHashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += PARTICIPANT_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + PARTICIPANT_CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT " + TARGET_COLUMNS + " FROM targets "
                    + "WHERE target_key IN (" + placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        TargetRow t = target(rs);
                        out.put(t.key(), t);
                    }
                }
            }
        }
        return out;
    }

    private static List<PositionRow> positions(PreparedStatement ps) throws SQLException {
        List<PositionRow> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new PositionRow(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4),
                        getDouble(rs, 5), getDouble(rs, 6), getDouble(rs, 7), rs.getString(8)));
            }
        }
        return out;
    }

    List<EventRow> events(Connection c, long fromMs, long toMs, String kind) throws SQLException {
        String sql = "SELECT event_id, kind, time_ms, target_keys, severity, details FROM events "
                + "WHERE time_ms >= ? AND time_ms <= ?" + (kind != null ? " AND kind = ?" : "")
                + " ORDER BY time_ms, event_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, fromMs);
            ps.setLong(2, toMs);
            if (kind != null) {
                ps.setString(3, kind);
            }
            List<EventRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String keys = rs.getString(4);
                    out.add(new EventRow(rs.getString(1), rs.getString(2), rs.getLong(3),
                            keys.isEmpty() ? List.of() : Arrays.asList(keys.split(" ")), rs.getString(5),
                            rs.getString(6)));
                }
            }
            return out;
        }
    }

    List<IncidentRow> incidents(Connection c, IncidentQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(INCIDENT_COLUMNS)
                .append(" FROM incidents WHERE start_ms <= ? AND (end_ms IS NULL OR end_ms >= ?)");
        if (q.area() != null) {
            sql.append(" AND ").append(dialect.incidentsInside(q.area()));
        }
        if (!q.kinds().isEmpty()) {
            sql.append(" AND kind IN (").append(placeholders(q.kinds().size())).append(')');
        }
        if (!q.severities().isEmpty()) {
            sql.append(" AND severity IN (").append(placeholders(q.severities().size())).append(')');
        }
        sql.append(" ORDER BY start_ms, incident_id LIMIT ").append(q.limit());
        Map<String, IncidentHead> heads = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            ps.setLong(i++, q.toMs());
            ps.setLong(i++, q.fromMs());
            for (String k : q.kinds().stream().sorted().toList()) {
                ps.setString(i++, k);
            }
            for (Severity s : q.severities().stream().sorted().toList()) {
                ps.setString(i++, s.name());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getString(1), new IncidentHead(rs.getString(1), rs.getString(2),
                            Severity.valueOf(rs.getString(3)), rs.getLong(4), getLong(rs, 5), getDouble(rs, 6),
                            getDouble(rs, 7), getLong(rs, 8), rs.getString(9)));
                }
            }
        }
        Map<String, List<IncidentRow.Participant>> parts = participants(c, heads.keySet());
        List<IncidentRow> out = new ArrayList<>(heads.size());
        for (IncidentHead h : heads.values()) {
            out.add(new IncidentRow(h.id, h.kind, h.severity, h.startMs, h.endMs,
                    parts.getOrDefault(h.id, List.of()), h.minHorizontalM, h.minVerticalFt, h.closestApproachMs,
                    h.detailsJson));
        }
        return out;
    }

    /** The incident columns read before the participants are attached. */
    private record IncidentHead(String id, String kind, Severity severity, long startMs, Long endMs,
                                Double minHorizontalM, Double minVerticalFt, Long closestApproachMs,
                                String detailsJson) {
    }

    private Map<String, List<IncidentRow.Participant>> participants(Connection c, Collection<String> ids)
            throws SQLException {
        Map<String, List<IncidentRow.Participant>> out = new LinkedHashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += PARTICIPANT_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + PARTICIPANT_CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT incident_id, target_key, closest_lat, "
                    + "closest_lon, closest_altitude_ft, " + dialect.lineStringColumn("track")
                    + " FROM incident_participants WHERE incident_id IN (" + placeholders(chunk.size())
                    + ") ORDER BY incident_id, ord")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new IncidentRow.Participant(
                                rs.getString(2), new LatLon(rs.getDouble(3), rs.getDouble(4)), getDouble(rs, 5),
                                GeoJson.parseLineString(rs.getString(6))));
                    }
                }
            }
        }
        return out;
    }

    List<ComplianceRow> compliance(Connection c, long fromMs, long toMs, TargetKind kind) throws SQLException {
        String sql = "SELECT f.start_ms / " + MS_PER_DAY + " AS day_utc, f.nation, f.military, COUNT(*), "
                + "SUM(f.position_s), SUM(f.identity_only_s), SUM(f.silent_s) FROM flights f"
                + (kind != null ? " JOIN targets t ON t.target_key = f.target_key AND t.kind = ?" : "")
                + " WHERE f.start_ms >= ? AND f.start_ms < ? GROUP BY day_utc, f.nation, f.military"
                + " ORDER BY day_utc, f.nation IS NULL, f.nation, f.military";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (kind != null) {
                ps.setString(i++, kind.name());
            }
            ps.setLong(i++, fromMs);
            ps.setLong(i, toMs);
            List<ComplianceRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ComplianceRow(LocalDate.ofEpochDay(rs.getLong(1)), rs.getString(2),
                            rs.getBoolean(3), rs.getLong(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)));
                }
            }
            return out;
        }
    }

    Map<String, Long> rowCounts(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static String placeholders(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    private static Long getLong(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : v;
    }

    private static Double getDouble(ResultSet rs, int index) throws SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? null : v;
    }
}

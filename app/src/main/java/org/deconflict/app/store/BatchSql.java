package org.deconflict.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the rows of one {@link Batch} with prepared, batched statements inside the caller's transaction. */
final class BatchSql {

    private final Dialect dialect;
    private final String upsertTarget;
    private final String upsertFlight;
    private final String insertEvent;
    private final String upsertIncident;
    private final String insertParticipant;

    private static final String UPSERT_PROGRESS = "INSERT INTO replay_progress (input_name, byte_offset, "
            + "last_event_time_ms) VALUES (?, ?, ?) ON CONFLICT (input_name) DO UPDATE SET "
            + "byte_offset = excluded.byte_offset, last_event_time_ms = excluded.last_event_time_ms";

    private static final String DELETE_PARTICIPANTS = "DELETE FROM incident_participants WHERE incident_id = ?";

    BatchSql(Dialect dialect) {
        this.dialect = dialect;
        upsertTarget = "INSERT INTO targets (target_key, kind, name, nation, military, military_reason, category, "
                + "first_seen_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (target_key) DO UPDATE SET "
                + "kind = excluded.kind, name = COALESCE(excluded.name, targets.name), "
                + "nation = COALESCE(excluded.nation, targets.nation), military = excluded.military, "
                + "military_reason = COALESCE(excluded.military_reason, targets.military_reason), "
                + "category = COALESCE(excluded.category, targets.category), "
                + "first_seen_ms = " + dialect.least() + "(targets.first_seen_ms, excluded.first_seen_ms), "
                + "last_seen_ms = " + dialect.greatest() + "(targets.last_seen_ms, excluded.last_seen_ms)";
        upsertFlight = "INSERT INTO flights (flight_id, target_key, start_ms, end_ms, identity, nation, military, "
                + "position_s, identity_only_s, silent_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (flight_id) DO UPDATE SET target_key = excluded.target_key, "
                + "start_ms = excluded.start_ms, end_ms = excluded.end_ms, identity = excluded.identity, "
                + "nation = excluded.nation, military = excluded.military, position_s = excluded.position_s, "
                + "identity_only_s = excluded.identity_only_s, silent_s = excluded.silent_s";
        insertEvent = "INSERT INTO events (event_id, kind, time_ms, target_keys, severity, details) "
                + "VALUES (?, ?, ?, ?, ?, " + dialect.jsonParam() + ") ON CONFLICT (event_id) DO NOTHING";
        upsertIncident = "INSERT INTO incidents (incident_id, kind, severity, start_ms, end_ms, min_horizontal_m, "
                + "min_vertical_ft, closest_approach_ms, where_lat, where_lon, details) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + dialect.jsonParam() + ") "
                + "ON CONFLICT (incident_id) DO UPDATE SET kind = excluded.kind, severity = excluded.severity, "
                + "start_ms = excluded.start_ms, end_ms = excluded.end_ms, "
                + "min_horizontal_m = excluded.min_horizontal_m, min_vertical_ft = excluded.min_vertical_ft, "
                + "closest_approach_ms = excluded.closest_approach_ms, where_lat = excluded.where_lat, "
                + "where_lon = excluded.where_lon, details = excluded.details";
        insertParticipant = "INSERT INTO incident_participants (incident_id, ord, target_key, closest_lat, "
                + "closest_lon, closest_altitude_ft, track) VALUES (?, ?, ?, ?, ?, ?, " + dialect.lineStringParam() + ")";
    }

    /** Writes every part of the batch; the caller commits. */
    void write(Connection c, Batch b) throws SQLException {
        if (!b.targets().isEmpty()) {
            writeTargets(c, b);
        }
        if (!b.flights().isEmpty()) {
            writeFlights(c, b);
        }
        if (!b.positions().isEmpty()) {
            dialect.insertPositions(c, b.positions());
        }
        if (!b.events().isEmpty()) {
            writeEvents(c, b);
        }
        if (!b.incidents().isEmpty()) {
            writeIncidents(c, b);
        }
        if (!b.progress().isEmpty()) {
            writeProgress(c, b);
        }
    }

    private void writeTargets(Connection c, Batch b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(upsertTarget)) {
            for (TargetRow t : b.targets()) {
                ps.setString(1, t.key());
                ps.setString(2, t.kind().name());
                ps.setString(3, t.name());
                ps.setString(4, t.nation());
                ps.setBoolean(5, t.military());
                ps.setString(6, t.militaryReason());
                ps.setString(7, t.category());
                ps.setLong(8, t.firstSeenMs());
                ps.setLong(9, t.lastSeenMs());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeFlights(Connection c, Batch b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(upsertFlight)) {
            for (FlightRow f : b.flights()) {
                ps.setString(1, f.id());
                ps.setString(2, f.targetKey());
                ps.setLong(3, f.startMs());
                setLong(ps, 4, f.endMs());
                ps.setString(5, f.identity());
                ps.setString(6, f.nation());
                ps.setBoolean(7, f.military());
                ps.setDouble(8, f.positionS());
                ps.setDouble(9, f.identityOnlyS());
                ps.setDouble(10, f.silentS());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeEvents(Connection c, Batch b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertEvent)) {
            for (EventRow e : b.events()) {
                ps.setString(1, e.id());
                ps.setString(2, e.kind());
                ps.setLong(3, e.timeMs());
                ps.setString(4, String.join(" ", e.targetKeys()));
                ps.setString(5, e.severity());
                ps.setString(6, e.detailsJson());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeIncidents(Connection c, Batch b) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(upsertIncident);
             PreparedStatement del = c.prepareStatement(DELETE_PARTICIPANTS);
             PreparedStatement part = c.prepareStatement(insertParticipant)) {
            Map<String, IncidentRow> lastById = new LinkedHashMap<>();
            for (IncidentRow i : b.incidents()) {
                lastById.remove(i.id());
                lastById.put(i.id(), i); // a later write of the same incident replaces the earlier one
            }
            for (IncidentRow i : lastById.values()) {
                LatLon where = i.where();
                up.setString(1, i.id());
                up.setString(2, i.kind());
                up.setString(3, i.severity().name());
                up.setLong(4, i.startMs());
                setLong(up, 5, i.endMs());
                JdbcStore.setDouble(up, 6, i.minHorizontalM());
                JdbcStore.setDouble(up, 7, i.minVerticalFt());
                setLong(up, 8, i.closestApproachMs());
                up.setDouble(9, where.lat());
                up.setDouble(10, where.lon());
                up.setString(11, i.detailsJson());
                up.addBatch();
                del.setString(1, i.id());
                del.addBatch();
                for (int k = 0; k < i.participants().size(); k++) {
                    IncidentRow.Participant p = i.participants().get(k);
                    part.setString(1, i.id());
                    part.setInt(2, k);
                    part.setString(3, p.targetKey());
                    part.setDouble(4, p.closest().lat());
                    part.setDouble(5, p.closest().lon());
                    JdbcStore.setDouble(part, 6, p.closestAltitudeFt());
                    part.setString(7, GeoJson.lineString(p.track()));
                    part.addBatch();
                }
            }
            up.executeBatch();
            del.executeBatch();
            part.executeBatch();
        }
    }

    private static void writeProgress(Connection c, Batch b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT_PROGRESS)) {
            for (ReplayProgress p : b.progress()) {
                ps.setString(1, p.inputName());
                ps.setLong(2, p.byteOffset());
                setLong(ps, 3, p.lastEventTimeMs());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}

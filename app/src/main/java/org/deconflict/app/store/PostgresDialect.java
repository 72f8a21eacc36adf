package org.deconflict.app.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL with PostGIS: geometry columns (SRID 4326) beside the plain lat/lon columns, GiST-indexed area queries,
 * and positions bulk-loaded with COPY into a temporary staging table, then moved over ignoring duplicates.
 */
final class PostgresDialect implements Dialect {

    /** Advisory lock key held while migrating (any constant shared by all Deconflict processes). */
    private static final long MIGRATION_LOCK_KEY = 0x6465636f6e666cL; // "deconfl"

    private static final String COPY_POSITIONS = "COPY positions_stage (target_key, time_ms, lat, lon, altitude_ft, "
            + "speed_kt, track_deg, source) FROM STDIN (FORMAT csv)";

    /** COPY data is sent in chunks of about this many bytes. */
    private static final int COPY_CHUNK_BYTES = 1 << 16;

    @Override
    public String migrationsFolder() {
        return "db/postgresql";
    }

    @Override
    public Connection connect(StoreLocation location, boolean forWriting) throws SQLException {
        Properties props = new Properties();
        if (location.user() != null) {
            props.setProperty("user", location.user());
        }
        if (location.password() != null) {
            props.setProperty("password", location.password());
        }
        props.setProperty("ApplicationName", "deconflict");
        Connection c = DriverManager.getConnection(location.jdbcUrl(), props);
        if (forWriting) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMPORARY TABLE positions_stage (target_key text, time_ms bigint, "
                        + "lat double precision, lon double precision, altitude_ft double precision, "
                        + "speed_kt double precision, track_deg double precision, source text) ON COMMIT DELETE ROWS");
            }
        }
        return c;
    }

    @Override
    public String beginWrite() {
        return "BEGIN";
    }

    @Override
    public void lockForMigration(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK_KEY + ")");
        }
    }

    @Override
    public String least() {
        return "LEAST";
    }

    @Override
    public String greatest() {
        return "GREATEST";
    }

    @Override
    public String jsonParam() {
        return "CAST(? AS jsonb)";
    }

    @Override
    public String lineStringParam() {
        return "ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)";
    }

    @Override
    public String lineStringColumn(String column) {
        return "ST_AsGeoJSON(" + column + ", 15)";
    }

    @Override
    public String incidentsInside(BBox box) {
        return inside(box, "where_geom");
    }

    /** On the GiST-indexed generated point column {@code geom} (migration V2). */
    @Override
    public String positionsInside(BBox box) {
        return inside(box, "geom");
    }

    /** Bounding-box overlap ({@code &&}, answered by a GiST index), split in two at the 180° meridian. */
    private static String inside(BBox box, String geomColumn) {
        if (box.crossesAntimeridian()) {
            return "(" + envelope(geomColumn, box.minLat(), box.minLon(), box.maxLat(), 180) + " OR "
                    + envelope(geomColumn, box.minLat(), -180, box.maxLat(), box.maxLon()) + ")";
        }
        return envelope(geomColumn, box.minLat(), box.minLon(), box.maxLat(), box.maxLon());
    }

    private static String envelope(String geomColumn, double minLat, double minLon, double maxLat, double maxLon) {
        return geomColumn + " && ST_MakeEnvelope(" + minLon + ", " + minLat + ", " + maxLon + ", " + maxLat
                + ", 4326)";
    }

    @Override
    public void insertPositions(Connection c, List<PositionRow> rows) throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_POSITIONS);
        try {
            StringBuilder sb = new StringBuilder(COPY_CHUNK_BYTES + 256);
            for (PositionRow p : rows) {
                csvText(sb, p.targetKey()).append(',').append(p.timeMs()).append(',').append(p.lat()).append(',')
                        .append(p.lon()).append(',');
                csvDouble(sb, p.altitudeFt()).append(',');
                csvDouble(sb, p.speedKt()).append(',');
                csvDouble(sb, p.trackDeg()).append(',');
                csvText(sb, p.source()).append('\n');
                if (sb.length() >= COPY_CHUNK_BYTES) {
                    send(copy, sb);
                }
            }
            send(copy, sb);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO positions (target_key, time_ms, lat, lon, altitude_ft, speed_kt, track_deg, "
                    + "source) SELECT target_key, time_ms, lat, lon, altitude_ft, speed_kt, track_deg, source "
                    + "FROM positions_stage ON CONFLICT DO NOTHING"); // the stage empties itself on commit
        }
    }

    private static void send(CopyIn copy, StringBuilder sb) throws SQLException {
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        sb.setLength(0);
    }

    /** A CSV field always quoted (RFC 4180: inner quotes doubled), so an empty string is not read as NULL. */
    private static StringBuilder csvText(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                sb.append('"');
            }
            sb.append(ch);
        }
        return sb.append('"');
    }

    /** An unquoted empty field is NULL in PostgreSQL's CSV COPY format. */
    private static StringBuilder csvDouble(StringBuilder sb, Double d) {
        return d == null ? sb : sb.append(d.doubleValue());
    }
}

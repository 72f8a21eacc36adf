package org.deconflict.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.sqlite.SQLiteConfig;

/**
 * SQLite: one file, WAL journal (readers never block the writer), synchronous NORMAL (a commit survives a killed
 * process; only an OS crash or power loss may lose the last commits), busy timeout for concurrent openers.
 */
final class SqliteDialect implements Dialect {

    /** How long a connection waits for a lock held by another connection or process. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    @Override
    public String migrationsFolder() {
        return "db/sqlite";
    }

    @Override
    public Connection connect(StoreLocation location, boolean forWriting) throws SQLException {
        Path file = location.sqliteFile().toAbsolutePath();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new SQLException("cannot create the folder of " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * IMMEDIATE takes the write lock at once, so two writers queue on the busy timeout instead of failing on a
     * read-to-write lock upgrade (SQLite "BEGIN TRANSACTION" documentation).
     */
    @Override
    public String beginWrite() {
        return "BEGIN IMMEDIATE";
    }

    @Override
    public void lockForMigration(Connection c) throws SQLException {
        // nothing to do: the migration transaction began IMMEDIATE and so holds the database write lock
    }

    @Override
    public String least() {
        return "min";
    }

    @Override
    public String greatest() {
        return "max";
    }

    @Override
    public String jsonParam() {
        return "?";
    }

    @Override
    public String lineStringParam() {
        return "?";
    }

    @Override
    public String lineStringColumn(String column) {
        return column;
    }

    @Override
    public String incidentsInside(BBox box) {
        return inside(box, "where_lat", "where_lon");
    }

    @Override
    public String positionsInside(BBox box) {
        return inside(box, "lat", "lon");
    }

    private static String inside(BBox box, String latColumn, String lonColumn) {
        String lat = latColumn + " BETWEEN " + box.minLat() + " AND " + box.maxLat();
        String lon = box.crossesAntimeridian()
                ? "(" + lonColumn + " >= " + box.minLon() + " OR " + lonColumn + " <= " + box.maxLon() + ")"
                : lonColumn + " BETWEEN " + box.minLon() + " AND " + box.maxLon();
        return lat + " AND " + lon;
    }

    @Override
    public void insertPositions(Connection c, List<PositionRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO positions (target_key, time_ms, lat, lon, "
                + "altitude_ft, speed_kt, track_deg, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (PositionRow p : rows) {
                ps.setString(1, p.targetKey());
                ps.setLong(2, p.timeMs());
                ps.setDouble(3, p.lat());
                ps.setDouble(4, p.lon());
                JdbcStore.setDouble(ps, 5, p.altitudeFt());
                JdbcStore.setDouble(ps, 6, p.speedKt());
                JdbcStore.setDouble(ps, 7, p.trackDeg());
                ps.setString(8, p.source());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}

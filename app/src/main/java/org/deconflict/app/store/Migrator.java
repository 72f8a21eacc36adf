package org.deconflict.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a database to the newest schema: applies the missing scripts {@code V<n>.sql} of the dialect's folder in
 * order, recording each in {@code schema_version}, all in one transaction under a migration lock.
 */
final class Migrator {

    private Migrator() {
    }

    /** Applies missing migrations; returns the schema version afterwards. */
    static int migrate(Connection c, Dialect dialect, long nowMs) throws SQLException {
        return Transaction.write(c, dialect, tx -> {
            dialect.lockForMigration(tx);
            try (Statement s = tx.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                        + "description TEXT NOT NULL, applied_ms BIGINT NOT NULL)");
            }
            int version = currentVersion(tx);
            if (version > 0 && load(dialect.migrationsFolder() + "/V" + version + ".sql") == null) {
                throw new StoreException("the database has schema version " + version
                        + ", newer than this program knows; use a newer Deconflict");
            }
            for (int next = version + 1; ; next++) {
                String script = load(dialect.migrationsFolder() + "/V" + next + ".sql");
                if (script == null) {
                    return version;
                }
                try (Statement s = tx.createStatement()) {
                    for (String sql : SqlScript.statements(script)) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement ps = tx.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_ms) VALUES (?, ?, ?)")) {
                    ps.setInt(1, next);
                    ps.setString(2, SqlScript.description(script));
                    ps.setLong(3, nowMs);
                    ps.executeUpdate();
                }
                version = next;
            }
        });
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String load(String resource) {
        try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + resource, e);
        }
    }
}

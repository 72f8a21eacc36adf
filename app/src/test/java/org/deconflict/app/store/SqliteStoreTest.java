package org.deconflict.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite files, plus the SQLite settings the spec asks for. */
class SqliteStoreTest extends StoreContractTests {

    @TempDir
    Path dir;
    private final AtomicInteger files = new AtomicInteger();

    @Override
    String newLocation() {
        return dir.resolve("sub" + files.incrementAndGet()).resolve("deconflict.db").toString();
    }

    @Test
    void createsTheFileInWalModeWithAVersionTable() throws Exception {
        assertThat(Path.of(location)).exists();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + location);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
            try (ResultSet rs = s.executeQuery("SELECT version, description FROM schema_version ORDER BY version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getString(2)).startsWith("initial schema");
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
                assertThat(rs.getString(2)).startsWith("replay:");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void aDirectoryLocationGetsTheDefaultFileName() {
        Path folder = dir.resolve("folder");
        store.close();
        store = Store.open(folder.toString() + "/x.db");
        store.close();
        store = Store.open(folder.toString());
        assertThat(store.describe()).contains(folder.resolve("deconflict.db").toString());
    }
}

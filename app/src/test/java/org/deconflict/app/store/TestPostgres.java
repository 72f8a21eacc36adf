package org.deconflict.app.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the store tests: one {@link LocalPostgres} per test JVM, started on first use and stopped
 * at JVM exit; every test gets a fresh database with PostGIS. Without PostgreSQL binaries the tests are skipped with
 * a message on a developer machine and FAIL in CI ({@code CI=true}).
 */
final class TestPostgres {

    private static LocalPostgres server;
    private static String startFailure;
    private static AssertionError startError;

    private TestPostgres() {
    }

    /** A fresh database's store URL ({@code postgresql://postgres@127.0.0.1:PORT/deconflict_N}). */
    static synchronized String newDatabaseUrl() {
        if (startError != null) {
            throw startError;
        }
        if (server == null && startFailure == null) {
            start();
        }
        if (server == null) {
            unavailable(startFailure);
        }
        try {
            return server.createDatabase();
        } catch (SQLException e) {
            throw new AssertionError("cannot create a test database: " + e.getMessage(), e);
        }
    }

    private static void start() {
        Optional<Path> bin = LocalPostgres.findBinaries();
        if (bin.isEmpty()) {
            startFailure = "PostgreSQL binaries not found (install Debian packages postgresql and "
                    + "postgresql-15-postgis-3, or set " + LocalPostgres.BIN_ENV + ")";
            return;
        }
        try {
            server = LocalPostgres.start(bin.get(), false);
        } catch (IOException e) {
            // binaries present but the server does not start: a real failure everywhere
            startError = new AssertionError("local PostgreSQL did not start: " + e.getMessage(), e);
            throw startError;
        }
    }

    private static void unavailable(String why) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(why + "; CI=true, so this is a failure, not a skip");
        }
        Assumptions.abort(why + " - skipping the PostgreSQL store tests");
    }
}

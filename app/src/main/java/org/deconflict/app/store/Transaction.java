package org.deconflict.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs work in one explicit write transaction on an autocommit connection: {@link Dialect#beginWrite()}, then
 * COMMIT, or ROLLBACK when the work fails. Between transactions the connection holds no lock.
 */
final class Transaction {

    /** Work done inside the transaction. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Transaction() {
    }

    static <T> T write(Connection c, Dialect dialect, Work<T> work) throws SQLException {
        execute(c, dialect.beginWrite());
        T result;
        try {
            result = work.run(c);
        } catch (SQLException | RuntimeException e) {
            try {
                execute(c, "ROLLBACK");
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        }
        execute(c, "COMMIT");
        return result;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

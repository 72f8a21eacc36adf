package org.deconflict.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** What differs between the SQLite and PostgreSQL backends; everything else is shared SQL in {@link JdbcStore}. */
interface Dialect {

    /** Folder of the versioned migration scripts {@code V1.sql, V2.sql...} on the class path. */
    String migrationsFolder();

    /** Opens a connection configured for this backend (autocommit on: transactions are begun explicitly). */
    Connection connect(StoreLocation location, boolean forWriting) throws SQLException;

    /** The statement beginning a write transaction (it takes the database write lock where there is one). */
    String beginWrite();

    /** Inside the migration transaction: takes a lock so that two processes never migrate at once. */
    void lockForMigration(Connection c) throws SQLException;

    /** SQL name of the two-argument minimum / maximum functions. */
    String least();

    String greatest();

    /** SQL expression for a JSON parameter. */
    String jsonParam();

    /** SQL expression for a GeoJSON LineString parameter (may be NULL), stored in the track column. */
    String lineStringParam();

    /** SQL expression reading a track column back as GeoJSON text. */
    String lineStringColumn(String column);

    /** SQL condition selecting incidents whose where-point lies in the box (edges included); no parameters. */
    String incidentsInside(BBox box);

    /** SQL condition selecting positions that lie in the box (edges included); no parameters. */
    String positionsInside(BBox box);

    /** Inserts positions inside the caller's transaction, ignoring (target, time) pairs already stored. */
    void insertPositions(Connection c, List<PositionRow> rows) throws SQLException;
}

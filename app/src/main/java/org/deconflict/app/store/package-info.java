/**
 * The SQL store: targets, flights/voyages, down-sampled positions, events, incidents and replay progress.
 *
 * <p>{@link org.deconflict.app.store.Store#open(String)} opens an embedded SQLite file (default
 * {@code ./data/deconflict.db}; WAL journal, synchronous NORMAL, busy timeout) or a PostgreSQL + PostGIS database
 * ({@code postgresql://user:pass@host:port/db}); both are created and migrated on open from the versioned scripts in
 * {@code db/sqlite/V<n>.sql} and {@code db/postgresql/V<n>.sql} (table {@code schema_version}). Both backends hold
 * the same logical schema; PostgreSQL adds geometry columns (SRID 4326) and bulk-loads positions with COPY.
 *
 * <p>The pipeline writes through a {@link org.deconflict.app.store.StoreWriter}: rows are collected and committed
 * in batches on a writer thread; a {@link org.deconflict.app.store.ReplayProgress} marker is committed in the same
 * transaction as the rows before it, so a replay killed at any moment resumes from the stored marker without loss.
 *
 * <p>All times are epoch milliseconds UTC ({@code ...Ms}); angles in degrees; altitudes in feet, speeds in knots,
 * distances in metres. The row records do not depend on engine types: the pipeline maps onto them.
 */
package org.deconflict.app.store;

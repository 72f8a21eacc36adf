package org.deconflict.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Store} over JDBC for both backends. One connection writes (batches, each in one transaction), another
 * reads; each is used by one thread at a time.
 */
final class JdbcStore implements Store {

    private final StoreLocation location;
    private final Dialect dialect;
    private final Connection writeConnection;
    private final Connection readConnection;
    private final BatchSql batchSql;
    private final QuerySql querySql;
    private final int schemaVersion;
    private final Object writeLock = new Object();
    private final Object readLock = new Object();
    private boolean closed;

    private JdbcStore(StoreLocation location, Dialect dialect, Connection write, Connection read, int version) {
        this.location = location;
        this.dialect = dialect;
        this.writeConnection = write;
        this.readConnection = read;
        this.batchSql = new BatchSql(dialect);
        this.querySql = new QuerySql(dialect);
        this.schemaVersion = version;
    }

    /** Opens both connections and migrates the schema to the newest version. */
    static JdbcStore open(StoreLocation location) {
        Dialect dialect = location.backend() == StoreLocation.Backend.SQLITE
                ? new SqliteDialect() : new PostgresDialect();
        Connection write = null;
        try {
            write = dialect.connect(location, true);
            int version = Migrator.migrate(write, dialect, System.currentTimeMillis());
            Connection read = dialect.connect(location, false);
            return new JdbcStore(location, dialect, write, read, version);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(write, e);
            throw new StoreException("cannot open store " + location + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return location.toString();
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void write(Batch batch) {
        if (batch.isEmpty()) {
            return;
        }
        synchronized (writeLock) {
            ensureOpen();
            try {
                Transaction.write(writeConnection, dialect, c -> {
                    batchSql.write(c, batch);
                    return null;
                });
            } catch (SQLException | RuntimeException e) {
                throw new StoreException("batch of " + batch.rowCount() + " rows not stored in " + location + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /** A read query on the read connection. */
    private interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(String what, Read<T> query) {
        synchronized (readLock) {
            ensureOpen();
            try {
                return query.run(readConnection);
            } catch (SQLException e) {
                throw new StoreException(what + " failed on " + location + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<ReplayProgress> progress(String inputName) {
        return read("progress query", c -> querySql.progress(c, inputName));
    }

    @Override
    public Optional<TargetRow> target(String targetKey) {
        return read("target query", c -> querySql.target(c, targetKey));
    }

    @Override
    public Optional<FlightRow> flight(String flightId) {
        return read("flight query", c -> querySql.flight(c, flightId));
    }

    @Override
    public List<FlightRow> flights(String targetKey, long fromMs, long toMs) {
        return read("flights query", c -> querySql.flights(c, targetKey, fromMs, toMs));
    }

    @Override
    public List<PositionRow> track(String targetKey, long fromMs, long toMs) {
        return read("track query", c -> querySql.track(c, targetKey, fromMs, toMs));
    }

    @Override
    public AreaPositions positions(PositionQuery query) {
        return read("area positions query", c -> querySql.positions(c, query));
    }

    @Override
    public List<PositionRow> flightTrack(String flightId) {
        return read("flight track query", c -> {
            Optional<FlightRow> f = querySql.flight(c, flightId);
            if (f.isEmpty()) {
                return List.of();
            }
            Long end = f.get().endMs();
            return querySql.track(c, f.get().targetKey(), f.get().startMs(), end == null ? Long.MAX_VALUE : end);
        });
    }

    @Override
    public List<EventRow> events(long fromMs, long toMs, String kind) {
        return read("events query", c -> querySql.events(c, fromMs, toMs, kind));
    }

    @Override
    public List<IncidentRow> incidents(IncidentQuery query) {
        return read("incidents query", c -> querySql.incidents(c, query));
    }

    @Override
    public List<ComplianceRow> compliance(long fromMs, long toMs, TargetKind kind) {
        return read("compliance query", c -> querySql.compliance(c, fromMs, toMs, kind));
    }

    @Override
    public Map<String, Long> rowCounts() {
        return read("row count", querySql::rowCounts);
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            synchronized (readLock) {
                if (closed) {
                    return;
                }
                closed = true;
                StoreException failure = null;
                for (Connection c : new Connection[] {readConnection, writeConnection}) {
                    try {
                        c.close();
                    } catch (SQLException e) {
                        if (failure == null) {
                            failure = new StoreException("closing " + location + " failed: " + e.getMessage(), e);
                        }
                    }
                }
                if (failure != null) {
                    throw failure;
                }
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("store " + location + " is closed");
        }
    }

    /** Binds a nullable double. */
    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static void closeQuietly(Connection c, Exception cause) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }
}

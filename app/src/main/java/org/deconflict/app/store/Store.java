package org.deconflict.app.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL store of targets, flights, down-sampled positions, events, incidents and replay progress. Two backends
 * share this interface and one logical schema: an embedded SQLite file (default, {@code ./data/deconflict.db}) and
 * PostgreSQL with PostGIS. All times are epoch milliseconds UTC.
 *
 * <p>Thread-safe: writes and reads use separate connections, so queries run while a {@link StoreWriter} commits.
 */
public interface Store extends AutoCloseable {

    /** Where the embedded store lives when no location is given. */
    String DEFAULT_LOCATION = "data/deconflict.db";

    /**
     * Opens (creating and migrating as needed) the store at {@code location}: a file path or {@code sqlite:PATH} or
     * {@code jdbc:sqlite:PATH} (SQLite), or {@code postgresql://user:pass@host:port/db} or {@code jdbc:postgresql:...}
     * (PostgreSQL with PostGIS). Null or blank means {@link #DEFAULT_LOCATION}.
     */
    static Store open(String location) {
        return JdbcStore.open(StoreLocation.parse(location));
    }

    /** Backend and location, password removed (for logs). */
    String describe();

    /** Highest applied schema migration. */
    int schemaVersion();

    /** Commits every row and progress marker of the batch in one transaction; returns once committed. */
    void write(Batch batch);

    /** The stored replay progress of an input, if any batch for it was committed. */
    Optional<ReplayProgress> progress(String inputName);

    Optional<TargetRow> target(String targetKey);

    Optional<FlightRow> flight(String flightId);

    /** Flights of a target overlapping [fromMs, toMs] (open flights count as still going), by start time. */
    List<FlightRow> flights(String targetKey, long fromMs, long toMs);

    /** Positions of a target with fromMs ≤ time ≤ toMs, oldest first. */
    List<PositionRow> track(String targetKey, long fromMs, long toMs);

    /**
     * Positions of every target inside an area during a time range (a replay of the stored picture), with the
     * targets they belong to. Backends answer from an index on time and (PostgreSQL: PostGIS GiST) on position.
     */
    AreaPositions positions(PositionQuery query);

    /** Positions of a flight's target during the flight (to the newest position while open); empty if unknown. */
    List<PositionRow> flightTrack(String flightId);

    /** Events with fromMs ≤ time ≤ toMs, of the given kind unless null, by time then id. */
    List<EventRow> events(long fromMs, long toMs, String kind);

    /** Incidents matching the query (time overlap, area, kinds, severities), by start time then id. */
    List<IncidentRow> incidents(IncidentQuery query);

    /**
     * Transponder compliance per UTC day, nation and military/civil for flights that started in [fromMs, toMs),
     * of the given target kind unless null; ordered by day, nation (unknown last), civil before military.
     */
    List<ComplianceRow> compliance(long fromMs, long toMs, TargetKind kind);

    /** Row count per table (targets, flights, positions, events, incidents, replay_progress). */
    Map<String, Long> rowCounts();

    /** Closes both connections; pending writes of a {@link StoreWriter} must be flushed before. */
    @Override
    void close();
}

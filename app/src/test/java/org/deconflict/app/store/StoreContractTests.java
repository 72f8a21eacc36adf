package org.deconflict.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store behaviour both backends must show; {@link SqliteStoreTest} and {@link PostgresStoreTest} run it.
 * Times are fixed epoch milliseconds around 2024-06-10 (UTC day 19884).
 */
abstract class StoreContractTests {

    static final long DAY_MS = 86_400_000L;
    /** 2024-06-10T00:00:00Z. */
    static final long DAY0 = 19_884 * DAY_MS;
    static final long T0 = DAY0 + 6 * 3_600_000L;
    /** The newest migration (V2: the replay indexes on positions). */
    static final int SCHEMA_VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    Store store;
    String location;

    /** A location (path or URL) of a new, empty database. */
    abstract String newLocation();

    @BeforeEach
    void openStore() {
        location = newLocation();
        store = Store.open(location);
    }

    @AfterEach
    void closeStore() {
        if (store != null) { // null when the backend is unavailable and the test was skipped
            store.close();
        }
    }

    static Batch batch(List<TargetRow> t, List<FlightRow> f, List<PositionRow> p, List<EventRow> e,
                       List<IncidentRow> i, List<ReplayProgress> r) {
        return new Batch(t, f, p, e, i, r);
    }

    static Batch targets(TargetRow... rows) {
        return batch(List.of(rows), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Batch flights(FlightRow... rows) {
        return batch(List.of(), List.of(rows), List.of(), List.of(), List.of(), List.of());
    }

    static Batch positions(List<PositionRow> rows) {
        return batch(List.of(), List.of(), rows, List.of(), List.of(), List.of());
    }

    static Batch events(EventRow... rows) {
        return batch(List.of(), List.of(), List.of(), List.of(rows), List.of(), List.of());
    }

    static Batch incidents(IncidentRow... rows) {
        return batch(List.of(), List.of(), List.of(), List.of(), List.of(rows), List.of());
    }

    static PositionRow pos(String key, long timeMs, double lat, double lon) {
        return new PositionRow(key, timeMs, lat, lon, 31_000.0, 450.5, 87.25, "adsb");
    }

    @Test
    void migratesOnOpenAndKeepsDataAcrossReopen() {
        assertThat(store.schemaVersion()).isEqualTo(SCHEMA_VERSION);
        store.write(targets(new TargetRow("icao:4840d6", TargetKind.AIRCRAFT, "KLM1234", "NL", false, null,
                "A3", T0, T0 + 1000)));
        store.close();
        store = Store.open(location);
        assertThat(store.schemaVersion()).isEqualTo(SCHEMA_VERSION);
        assertThat(store.target("icao:4840d6")).map(TargetRow::name).hasValue("KLM1234");
        assertThat(store.rowCounts()).containsEntry("targets", 1L).containsEntry("positions", 0L);
    }

    @Test
    void aDatabaseMigratedByANewerProgramIsRefused() throws Exception {
        StoreLocation loc = StoreLocation.parse(location);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(loc.jdbcUrl(), loc.user(), loc.password());
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO schema_version (version, description, applied_ms) VALUES (99, 'future', 0)");
        }
        store.close();
        assertThatThrownBy(() -> Store.open(location)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99");
        store = null;
    }

    @Test
    void twoProcessesMayOpenANewDatabaseAtOnce() throws Exception {
        String other = newLocation();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> open = () -> {
                try (Store s = Store.open(other)) {
                    return s.schemaVersion();
                }
            };
            List<Future<Integer>> results = pool.invokeAll(List.of(open, open));
            for (Future<Integer> f : results) {
                assertThat(f.get()).isEqualTo(SCHEMA_VERSION);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void targetUpdatesMergeSeenTimesAndKeepKnownFields() {
        store.write(targets(new TargetRow("mmsi:219165000", TargetKind.SHIP, "NIELS JUEL", "DK", true, "mmsi-navy",
                "military", T0 + 5_000, T0 + 9_000)));
        store.write(targets(new TargetRow("mmsi:219165000", TargetKind.SHIP, null, null, true, null, null,
                T0, T0 + 7_000)));
        store.write(targets(new TargetRow("mmsi:219165000", TargetKind.SHIP, "F354 NIELS JUEL", null, true, null,
                null, T0 + 20_000, T0 + 30_000)));
        assertThat(store.target("mmsi:219165000")).hasValue(new TargetRow("mmsi:219165000", TargetKind.SHIP,
                "F354 NIELS JUEL", "DK", true, "mmsi-navy", "military", T0, T0 + 30_000));
        assertThat(store.target("mmsi:000000000")).isEmpty();
    }

    @Test
    void flightsAreReplacedByIdAndFoundByOverlap() {
        FlightRow open = new FlightRow("f1", "icao:4840d6", T0, null, "KLM1234", "NL", false, 10, 0, 0);
        FlightRow earlier = new FlightRow("f0", "icao:4840d6", T0 - 10_000, T0 - 5_000, null, null, false, 0, 2.5, 1.5);
        store.write(flights(open, earlier));
        FlightRow closed = new FlightRow("f1", "icao:4840d6", T0, T0 + 60_000, "KLM1234", "NL", false, 50.5, 4, 5.5);
        store.write(flights(closed));
        assertThat(store.flight("f1")).hasValue(closed);
        assertThat(store.flight("f0")).hasValue(earlier);
        assertThat(store.flights("icao:4840d6", T0 - 20_000, T0 + 120_000)).containsExactly(earlier, closed);
        assertThat(store.flights("icao:4840d6", T0 - 4_999, T0 + 10)).containsExactly(closed);
        assertThat(store.flights("icao:4840d6", T0 + 60_001, T0 + 70_000)).isEmpty();
        assertThat(store.flights("icao:ffffff", T0 - 20_000, T0 + 120_000)).isEmpty();
    }

    @Test
    void positionsRoundTripWithNullsAndIgnoreDuplicates() {
        PositionRow ship = new PositionRow("mmsi:219165000", T0, 55.123456789, 12.987654321, null, 11.5, null, "ais");
        PositionRow plane = pos("icao:4840d6", T0, 54.5, 13.25);
        PositionRow quoted = new PositionRow("icao:4840d6", T0 + 1000, -33.5, -179.75, -125.0, 0.0, 359.9,
                "odd,\"source\"");
        store.write(positions(List.of(ship, plane, quoted)));
        PositionRow sameTime = pos("icao:4840d6", T0, 1, 1);
        store.write(positions(List.of(sameTime, sameTime)));
        assertThat(store.track("mmsi:219165000", T0, T0)).containsExactly(ship);
        assertThat(store.track("icao:4840d6", 0, Long.MAX_VALUE)).containsExactly(plane, quoted);
        assertThat(store.track("icao:4840d6", T0 + 1, T0 + 999)).isEmpty();
        assertThat(store.rowCounts()).containsEntry("positions", 3L);
    }

    @Test
    void trackIsOrderedAndBoundedByTime() {
        List<PositionRow> rows = new ArrayList<>();
        for (int i = 99; i >= 0; i--) {
            rows.add(pos("icao:abc123", T0 + i * 1000L, 54 + i * 0.001, 13 + i * 0.002));
            rows.add(pos("icao:def456", T0 + i * 1000L, 50, 10));
        }
        store.write(positions(rows));
        List<PositionRow> track = store.track("icao:abc123", T0 + 10_000, T0 + 19_000);
        assertThat(track).hasSize(10);
        assertThat(track).extracting(PositionRow::timeMs).isSorted().first().isEqualTo(T0 + 10_000);
        assertThat(track).allMatch(p -> p.targetKey().equals("icao:abc123"));
        assertThat(track.get(9).lat()).isEqualTo(54 + 19 * 0.001);
    }

    @Test
    void aStoreOfTheFirstSchemaIsMigratedKeepingItsRows() throws Exception {
        store.write(positions(List.of(pos("icao:4840d6", T0, 54.5, 13.25))));
        store.close();
        StoreLocation loc = StoreLocation.parse(location);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(loc.jdbcUrl(), loc.user(), loc.password());
             java.sql.Statement s = c.createStatement()) {          // back to what a V1 program left behind
            s.executeUpdate("DROP INDEX positions_time");
            if (this instanceof PostgresStoreTest) {
                s.executeUpdate("DROP INDEX positions_geom");
            }
            s.executeUpdate("DELETE FROM schema_version WHERE version = 2");
        }
        store = Store.open(location);
        assertThat(store.schemaVersion()).isEqualTo(SCHEMA_VERSION);
        assertThat(store.positions(new PositionQuery(new BBox(54, 13, 55, 14), T0, T0, 10)).positions())
                .containsExactly(pos("icao:4840d6", T0, 54.5, 13.25));
    }

    @Test
    void positionsOfAnAreaAndTimeRangeComeByTimeWithTheirTargets() {
        List<PositionRow> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long t = T0 + i * 1_000L;
            rows.add(pos("icao:4840d6", t, 54.0 + i * 0.01, 13.0 + i * 0.01));     // flies out of the box at i = 51
            rows.add(pos("mmsi:219165000", t, 55.5, 12.5));                      // inside throughout
            rows.add(pos("icao:3c6444", t, 50.0, 8.0));                          // never inside
        }
        store.write(positions(rows));
        store.write(targets(new TargetRow("icao:4840d6", TargetKind.AIRCRAFT, "KLM1234", "NL", false, null, "A3",
                T0, T0 + 59_000)));
        BBox box = new BBox(53.9, 12.5, 55.5, 13.5);                             // edges included: 55.5, 12.5

        AreaPositions all = store.positions(new PositionQuery(box, T0 + 10_000, T0 + 55_000, 1_000));
        assertThat(all.truncated()).isFalse();
        assertThat(all.positions()).hasSize(41 + 46);
        assertThat(all.positions()).extracting(PositionRow::targetKey)
                .containsOnly("icao:4840d6", "mmsi:219165000");
        assertThat(all.positions()).extracting(PositionRow::timeMs).isSorted()
                .allMatch(t -> t >= T0 + 10_000 && t <= T0 + 55_000);
        assertThat(all.positions().get(0)).isEqualTo(pos("icao:4840d6", T0 + 10_000, 54.1, 13.1));
        assertThat(all.positions().get(1)).isEqualTo(pos("mmsi:219165000", T0 + 10_000, 55.5, 12.5));
        assertThat(all.positions()).filteredOn(p -> p.targetKey().startsWith("icao"))
                .allMatch(p -> box.contains(new LatLon(p.lat(), p.lon()))).hasSize(41);
        assertThat(all.targets()).containsOnlyKeys("icao:4840d6");
        assertThat(all.targets().get("icao:4840d6").name()).isEqualTo("KLM1234");

        AreaPositions first = store.positions(new PositionQuery(box, T0 + 10_000, T0 + 55_000, 5));
        assertThat(first.truncated()).isTrue();
        assertThat(first.positions()).isEqualTo(all.positions().subList(0, 5));

        assertThat(store.positions(new PositionQuery(null, T0, T0, 10)).positions()).extracting(PositionRow::targetKey)
                .containsExactly("icao:3c6444", "icao:4840d6", "mmsi:219165000");
        assertThat(store.positions(new PositionQuery(box, T0 + 60_000, T0 + 90_000, 10)).positions()).isEmpty();
    }

    @Test
    void anAreaAcrossTheAntimeridianHoldsBothSides() {
        store.write(positions(List.of(pos("icao:1", T0, 10, 179.5), pos("icao:2", T0, 10, -179.5),
                pos("icao:3", T0, 10, 0), pos("icao:4", T0, 30, 179.5))));
        AreaPositions a = store.positions(new PositionQuery(new BBox(0, 170, 20, -170), T0, T0, 10));
        assertThat(a.positions()).extracting(PositionRow::targetKey).containsExactly("icao:1", "icao:2");
        assertThat(a.targets()).isEmpty();
    }

    @Test
    void flightTrackCoversTheFlightOnly() {
        List<PositionRow> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(pos("icao:4840d6", T0 + i * 10_000L, 54, 13));
        }
        store.write(positions(rows));
        store.write(flights(new FlightRow("a", "icao:4840d6", T0 + 50_000, T0 + 100_000, null, null, false, 1, 0, 0),
                new FlightRow("b", "icao:4840d6", T0 + 200_000, null, null, null, false, 1, 0, 0)));
        assertThat(store.flightTrack("a")).extracting(PositionRow::timeMs)
                .containsExactly(T0 + 50_000, T0 + 60_000, T0 + 70_000, T0 + 80_000, T0 + 90_000, T0 + 100_000);
        assertThat(store.flightTrack("b")).hasSize(10).last().extracting(PositionRow::timeMs).isEqualTo(T0 + 290_000);
        assertThat(store.flightTrack("nope")).isEmpty();
    }

    @Test
    void eventsAreStoredOnceAndFilteredByTimeAndKind() throws Exception {
        EventRow open = new EventRow("e1", "encounter-open", T0, List.of("icao:4840d6", "mmsi:219165000"), "B",
                "{\"distanceM\": 812.5, \"note\": \"low pass\", \"ok\": [1, 2]}");
        EventRow gap = new EventRow("e2", "dark-gap", T0 + 5_000, List.of("icao:abc123"), null, null);
        store.write(events(open, gap));
        EventRow again = new EventRow("e1", "encounter-open", T0 + 1, List.of(), "A", "{}");
        store.write(events(again));
        List<EventRow> all = store.events(T0, T0 + 5_000, null);
        assertThat(all).extracting(EventRow::id).containsExactly("e1", "e2");
        EventRow first = all.get(0);
        assertThat(first.timeMs()).isEqualTo(T0);
        assertThat(first.targetKeys()).containsExactly("icao:4840d6", "mmsi:219165000");
        assertThat(first.severity()).isEqualTo("B");
        assertThat(JSON.readTree(first.detailsJson())).isEqualTo(JSON.readTree(open.detailsJson()));
        assertThat(all.get(1).severity()).isNull();
        assertThat(all.get(1).detailsJson()).isEqualTo("{}");
        assertThat(store.events(T0, T0 + 10_000, "dark-gap")).extracting(EventRow::id).containsExactly("e2");
        assertThat(store.events(T0 + 1, T0 + 4_999, null)).isEmpty();
    }

    static IncidentRow incident(String id, String kind, Severity sev, long startMs, Long endMs, double lat,
                                double lon) {
        List<IncidentRow.Participant> parts = List.of(
                new IncidentRow.Participant("icao:" + id, new LatLon(lat, lon), 500.0,
                        List.of(new LatLon(lat - 0.01, lon - 0.01), new LatLon(lat, lon))),
                new IncidentRow.Participant("mmsi:" + id, new LatLon(lat + 0.001, lon), null, List.of()));
        return new IncidentRow(id, kind, sev, startMs, endMs, parts, 111.2, 500.0, startMs + 1, "{\"k\": 1}");
    }

    @Test
    void incidentsRoundTripWithGeometryAndAreReplacedById() throws Exception {
        List<LatLon> track = List.of(new LatLon(55.1234567891234, 14.9876543210987),
                new LatLon(55.2, 15.0000001), new LatLon(55.3, 15.1));
        IncidentRow first = new IncidentRow("inc-1", "air-ship-low-pass", Severity.B, T0, null, List.of(
                new IncidentRow.Participant("icao:4840d6", new LatLon(55.25, 15.05), 420.0, track),
                new IncidentRow.Participant("mmsi:219165000", new LatLon(55.2501, 15.0502), null, List.of()),
                new IncidentRow.Participant("icao:abc123", new LatLon(55.26, 15.06), 30_000.0,
                        List.of(new LatLon(55.0, 15.0), new LatLon(55.5, 15.5)))),
                9.5, 380.0, T0 + 42_000, "{\"tau\": 18.5, \"parties\": [\"a\", \"b\"]}");
        store.write(incidents(first));
        IncidentRow got = store.incidents(IncidentQuery.between(T0, T0)).get(0);
        assertThat(got.id()).isEqualTo("inc-1");
        assertThat(got.kind()).isEqualTo("air-ship-low-pass");
        assertThat(got.severity()).isEqualTo(Severity.B);
        assertThat(got.startMs()).isEqualTo(T0);
        assertThat(got.endMs()).isNull();
        assertThat(got.minHorizontalM()).isEqualTo(9.5);
        assertThat(got.minVerticalFt()).isEqualTo(380.0);
        assertThat(got.closestApproachMs()).isEqualTo(T0 + 42_000);
        assertThat(JSON.readTree(got.detailsJson())).isEqualTo(JSON.readTree(first.detailsJson()));
        assertThat(got.participantKeys()).containsExactly("icao:4840d6", "mmsi:219165000", "icao:abc123");
        assertThat(got.participants().get(1)).isEqualTo(first.participants().get(1));
        assertThat(got.participants().get(0).closestAltitudeFt()).isEqualTo(420.0);
        List<LatLon> back = got.participants().get(0).track();
        assertThat(back).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(back.get(i).lat()).isCloseTo(track.get(i).lat(), within(1e-12));
            assertThat(back.get(i).lon()).isCloseTo(track.get(i).lon(), within(1e-12));
        }

        IncidentRow closed = new IncidentRow("inc-1", "air-ship-low-pass", Severity.A, T0, T0 + 90_000,
                List.of(first.participants().get(1)), null, null, null, null);
        store.write(incidents(closed));
        List<IncidentRow> after = store.incidents(IncidentQuery.between(T0, T0 + 100_000));
        assertThat(after).hasSize(1);
        assertThat(after.get(0)).isEqualTo(closed);
    }

    @Test
    void incidentQueriesSelectByTimeAreaKindAndSeverity() {
        store.write(incidents(
                incident("a", "air-air", Severity.A, T0, T0 + 60_000, 55.0, 15.0),
                incident("b", "air-ship", Severity.C, T0 + 30_000, T0 + 40_000, 59.5, 20.0),
                incident("c", "air-air", Severity.B, T0 + 120_000, null, 54.5, 179.9),
                incident("d", "dark-flight", Severity.E, T0 - 100_000, T0 - 50_000, 56.0, -179.5)));
        assertThat(ids(IncidentQuery.between(T0, T0 + 1_000_000))).containsExactly("a", "b", "c");
        assertThat(ids(IncidentQuery.between(T0 + 61_000, T0 + 61_000))).isEmpty();
        assertThat(ids(IncidentQuery.between(T0 + 60_000, T0 + 60_000))).containsExactly("a");
        assertThat(ids(IncidentQuery.between(T0 + 10_000_000, T0 + 10_000_000))).containsExactly("c");
        assertThat(ids(IncidentQuery.between(0, Long.MAX_VALUE).within(new BBox(54, 10, 56, 16))))
                .containsExactly("a");
        assertThat(ids(IncidentQuery.between(0, Long.MAX_VALUE).within(new BBox(54, 170, 57, -170))))
                .containsExactly("d", "c");
        assertThat(ids(IncidentQuery.between(0, Long.MAX_VALUE).ofKinds("air-air"))).containsExactly("a", "c");
        assertThat(ids(IncidentQuery.between(0, Long.MAX_VALUE).ofKinds("air-air", "dark-flight")
                .ofSeverities(Severity.B, Severity.E))).containsExactly("d", "c");
        assertThat(ids(IncidentQuery.between(0, Long.MAX_VALUE).limit(2))).containsExactly("d", "a");
        // the where-point is the mean of the closest points: 'a' sits at (55.0005, 15.0), inside a tight box
        assertThat(ids(IncidentQuery.between(0, Long.MAX_VALUE).within(new BBox(55.0004, 14.9999, 55.0006, 15.0001))))
                .containsExactly("a");
        assertThat(ids(IncidentQuery.between(0, Long.MAX_VALUE).within(new BBox(55.0006, 14.9, 55.1, 15.1))))
                .isEmpty();
    }

    private List<String> ids(IncidentQuery q) {
        return store.incidents(q).stream().map(IncidentRow::id).toList();
    }

    @Test
    void complianceSumsFlightsPerDayNationAndMilitary() {
        store.write(targets(
                new TargetRow("icao:1", TargetKind.AIRCRAFT, null, "RU", true, "icao-block", null, T0, T0),
                new TargetRow("icao:2", TargetKind.AIRCRAFT, null, "RU", true, "icao-block", null, T0, T0),
                new TargetRow("icao:3", TargetKind.AIRCRAFT, null, "SE", false, null, null, T0, T0),
                new TargetRow("mmsi:4", TargetKind.SHIP, null, "RU", true, "mmsi-navy", null, T0, T0),
                new TargetRow("icao:5", TargetKind.AIRCRAFT, null, null, false, null, null, T0, T0)));
        store.write(flights(
                new FlightRow("1a", "icao:1", T0, T0 + 3_600_000L, null, "RU", true, 600, 1200, 1800),
                new FlightRow("2a", "icao:2", T0 + 3_600_000L, null, null, "RU", true, 0, 0, 3600),
                new FlightRow("1b", "icao:1", DAY0 + DAY_MS + 1, DAY0 + DAY_MS + 2, null, "RU", true, 100, 0, 0),
                new FlightRow("3a", "icao:3", T0, T0 + 1000, "SAS1", "SE", false, 3000, 0, 0),
                new FlightRow("4a", "mmsi:4", T0, T0 + 1000, null, "RU", true, 50, 0, 950),
                new FlightRow("5a", "icao:5", T0, T0 + 1000, null, null, false, 10, 20, 30),
                new FlightRow("old", "icao:3", DAY0 - 1, DAY0 + 1, null, "SE", false, 7, 7, 7)));
        LocalDate day0 = LocalDate.of(2024, 6, 10);
        List<ComplianceRow> all = store.compliance(DAY0, DAY0 + 2 * DAY_MS, null);
        assertThat(all).containsExactly(
                new ComplianceRow(day0, "RU", true, 3, 650, 1200, 6350),
                new ComplianceRow(day0, "SE", false, 1, 3000, 0, 0),
                new ComplianceRow(day0, null, false, 1, 10, 20, 30),
                new ComplianceRow(day0.plusDays(1), "RU", true, 1, 100, 0, 0));
        List<ComplianceRow> aircraft = store.compliance(DAY0, DAY0 + DAY_MS, TargetKind.AIRCRAFT);
        assertThat(aircraft.get(0)).isEqualTo(new ComplianceRow(day0, "RU", true, 2, 600, 1200, 5400));
        assertThat(aircraft.get(0).positionShare()).isCloseTo(600.0 / 7200, within(1e-12));
        assertThat(aircraft.get(0).silentShare()).isCloseTo(0.75, within(1e-12));
        assertThat(store.compliance(DAY0, DAY0 + DAY_MS, TargetKind.SHIP))
                .containsExactly(new ComplianceRow(day0, "RU", true, 1, 50, 0, 950));
        assertThat(store.compliance(DAY0 - DAY_MS, DAY0, null))
                .containsExactly(new ComplianceRow(day0.minusDays(1), "SE", false, 1, 7, 7, 7));
    }

    @Test
    void progressIsWrittenWithItsBatchAndUpdated() {
        store.write(batch(List.of(), List.of(), List.of(pos("icao:1", T0, 1, 1)), List.of(), List.of(),
                List.of(new ReplayProgress("a.beast", 4096, T0))));
        assertThat(store.progress("a.beast")).hasValue(new ReplayProgress("a.beast", 4096, T0));
        store.write(batch(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new ReplayProgress("a.beast", 8192, null), new ReplayProgress("b.nmea", 1, T0 + 5))));
        assertThat(store.progress("a.beast")).hasValue(new ReplayProgress("a.beast", 8192, null));
        assertThat(store.progress("b.nmea")).hasValue(new ReplayProgress("b.nmea", 1, T0 + 5));
        assertThat(store.progress("c")).isEmpty();
    }

    @Test
    void writerCommitsInBatchesOfTheConfiguredSize() {
        StoreWriter.Config config = new StoreWriter.Config(100, 60_000, 0, 2);
        try (StoreWriter w = new StoreWriter(store, config)) {
            for (int i = 0; i < 1_050; i++) {
                assertThat(w.add(pos("icao:" + (i % 7), T0 + i, 50, 10))).isTrue();
            }
            w.flush();
            StoreWriter.Stats stats = w.stats();
            assertThat(stats.rowsCommitted()).isEqualTo(1_050);
            assertThat(stats.batchesCommitted()).isEqualTo(11);
            assertThat(stats.rowsPerSecond()).isPositive();
        }
        assertThat(store.rowCounts()).containsEntry("positions", 1_050L);
    }

    @Test
    void writerCommitsAPartialBatchAfterTheDelay() throws Exception {
        try (StoreWriter w = new StoreWriter(store, new StoreWriter.Config(1_000, 100, 0, 2))) {
            Thread.sleep(300); // the writer thread is idle now: the add must wake it to time the batch
            w.add(new TargetRow("icao:1", TargetKind.AIRCRAFT, "X", null, false, null, null, T0, T0));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (store.target("icao:1").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(store.target("icao:1")).isPresent();
            assertThat(w.stats().batchesCommitted()).isEqualTo(1);
        }
    }

    @Test
    void writerDownsamplesPositionsAndFoldsRepeatedRows() {
        try (StoreWriter w = new StoreWriter(store, StoreWriter.Config.defaults().withPositionIntervalMs(5_000))) {
            int kept = 0;
            for (int s = 0; s < 60; s++) {
                kept += w.add(pos("icao:1", T0 + s * 1000L, 50, 10)) ? 1 : 0;
                kept += w.add(pos("icao:2", T0 + s * 1000L + 500, 50, 10)) ? 1 : 0;
                w.add(new TargetRow("icao:1", TargetKind.AIRCRAFT, s == 3 ? "NAME" : null, null, false, null, null,
                        T0 + s * 1000L, T0 + s * 1000L));
            }
            w.flush();
            assertThat(kept).isEqualTo(24);
            assertThat(w.stats().positionsDropped()).isEqualTo(96);
            assertThat(w.stats().rowsCommitted()).isEqualTo(24 + 1);
        }
        assertThat(store.track("icao:1", 0, Long.MAX_VALUE)).extracting(PositionRow::timeMs)
                .containsExactly(T0, T0 + 5_000, T0 + 10_000, T0 + 15_000, T0 + 20_000, T0 + 25_000, T0 + 30_000,
                        T0 + 35_000, T0 + 40_000, T0 + 45_000, T0 + 50_000, T0 + 55_000);
        assertThat(store.target("icao:1")).hasValue(new TargetRow("icao:1", TargetKind.AIRCRAFT, "NAME", null, false,
                null, null, T0, T0 + 59_000));
    }

    @Test
    void writerReportsAFailedCommitAndRefusesMoreRows() {
        StoreWriter w = new StoreWriter(store, new StoreWriter.Config(10, 60_000, 0, 2));
        w.add(pos("icao:1", T0, 1, 1));
        w.flush();
        store.close();
        w.add(pos("icao:1", T0 + 1, 1, 1));
        assertThatThrownBy(w::flush).isInstanceOf(StoreException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> w.add(pos("icao:1", T0 + 2, 1, 1))).isInstanceOf(StoreException.class);
        w.close();
        store = Store.open(location);
        assertThat(store.rowCounts()).containsEntry("positions", 1L);
    }

    @Test
    void aRealAisTrackRoundTripsDownsampledThroughTheWriter() throws Exception {
        List<PositionRow> heard = RealAisTrack.positions();
        assertThat(heard).hasSizeGreaterThan(2_000).allMatch(p -> p.targetKey().equals(RealAisTrack.KEY));
        long intervalMs = 10_000;
        // the down-sampling rule, spelled out: keep the first, then each one at least 10 s from the last kept
        List<PositionRow> expected = new ArrayList<>();
        long lastKeptMs = Long.MIN_VALUE;
        for (PositionRow p : heard) {
            if (expected.isEmpty() || Math.abs(p.timeMs() - lastKeptMs) >= intervalMs) {
                expected.add(p);
                lastKeptMs = p.timeMs();
            }
        }
        expected.sort(java.util.Comparator.comparingLong(PositionRow::timeMs));
        try (StoreWriter w = new StoreWriter(store, new StoreWriter.Config(500, 60_000, intervalMs, 2))) {
            for (PositionRow p : heard) {
                w.add(p);
            }
            w.progress(new ReplayProgress(RealAisTrack.FILE, 384_652, heard.get(heard.size() - 1).timeMs()));
            w.flush();
            assertThat(w.stats().positionsDropped()).isEqualTo(heard.size() - expected.size());
        }
        List<PositionRow> track = store.track(RealAisTrack.KEY, 0, Long.MAX_VALUE);
        assertThat(track).containsExactlyElementsOf(expected);
        long spanMs = track.get(track.size() - 1).timeMs() - track.get(0).timeMs();
        assertThat(spanMs).as("about 14.5 h (ais/SOURCES.md)").isBetween(14 * 3_600_000L, 15 * 3_600_000L);
        assertThat(track).allMatch(p -> p.lat() > 54 && p.lat() < 58.5 && p.lon() > 7 && p.lon() < 16,
                "in Danish waters");
        assertThat(store.progress(RealAisTrack.FILE)).map(ReplayProgress::byteOffset).hasValue(384_652L);
    }

    @Test
    void aKilledWriterLosesNothingItReportedAndItsMarkerMatchesItsRows() throws Exception {
        CrashCheck.run(location);
        store.close();
        store = Store.open(location);
        Map<String, Long> counts = store.rowCounts();
        assertThat(counts.get("positions")).isPositive();
    }
}

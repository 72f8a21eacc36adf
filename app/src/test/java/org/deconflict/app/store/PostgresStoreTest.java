package org.deconflict.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL 15 + PostGIS server started by {@link TestPostgres}, plus checks of the
 * PostGIS columns.
 */
class PostgresStoreTest extends StoreContractTests {

    @Override
    String newLocation() {
        return TestPostgres.newDatabaseUrl();
    }

    @Test
    void geometryColumnsHoldThePointsAndTracksInSrid4326() throws Exception {
        store.write(positions(List.of(pos("icao:1", T0, 54.25, 13.5))));
        store.write(incidents(incident("g", "air-air", Severity.A, T0, null, 55.0, 15.0)));
        StoreLocation loc = StoreLocation.parse(location);
        try (Connection c = DriverManager.getConnection(loc.jdbcUrl(), loc.user(), "");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT ST_SRID(geom), ST_X(geom), ST_Y(geom) FROM positions")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4326);
                assertThat(rs.getDouble(2)).isEqualTo(13.5);
                assertThat(rs.getDouble(3)).isEqualTo(54.25);
            }
            try (ResultSet rs = s.executeQuery("SELECT ST_SRID(track), ST_NPoints(track), "
                    + "ST_Distance(closest_geom::geography, ST_SetSRID(ST_MakePoint(15, 55.001), 4326)::geography) "
                    + "FROM incident_participants WHERE track IS NOT NULL")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4326);
                assertThat(rs.getInt(2)).isEqualTo(2);
                // closest point (55.0, 15.0) to (55.001, 15.0): 0.001° of latitude ≈ 111.2 m
                assertThat(rs.getDouble(3)).isBetween(110.0, 112.5);
                assertThat(rs.next()).isFalse();
            }
            try (ResultSet rs = s.executeQuery("SELECT ST_AsText(where_geom) FROM incidents")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("POINT(15 55.0005");
            }
        }
    }

    @Test
    void areaPositionQueriesCanUseTheGistIndexOnThePoint() throws Exception {
        StoreLocation loc = StoreLocation.parse(location);
        try (Connection c = DriverManager.getConnection(loc.jdbcUrl(), loc.user(), "");
             Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");                // a tiny table: make the planner show its options
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("EXPLAIN SELECT * FROM positions WHERE "
                    + new PostgresDialect().positionsInside(new BBox(54, 13, 55, 14)))) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).contains("positions_geom");
        }
    }
}

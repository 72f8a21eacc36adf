package org.deconflict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.deconflict.app.store.PositionRow;
import org.deconflict.app.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deconflict track} on a store filled by a short run of the crossing scenario. */
class TrackCommandTest {

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void fill() throws Exception {
        db = dir.resolve("q.db");
        QueryFixture.fill(db);
    }

    @Test
    void jsonLinesAreTheStoredPositionsOfTheTarget() throws Exception {
        List<PositionRow> stored;
        try (Store s = Store.open(db.toString())) {
            stored = s.track("icao:4ab003", 0, Long.MAX_VALUE / 2);
        }
        assertThat(stored).hasSizeGreaterThan(5);
        QueryFixture.Output o = QueryFixture.run("track", "4AB003", "--db", db.toString(), "--json");
        assertThat(o.rc()).as(o.err()).isZero();
        List<String> lines = o.out().lines().toList();
        assertThat(lines).hasSameSizeAs(stored);
        ObjectMapper m = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = m.readTree(lines.get(i));
            assertThat(n.get("timeMs").asLong()).isEqualTo(stored.get(i).timeMs());
            assertThat(n.get("lat").asDouble()).isEqualTo(stored.get(i).lat());
            assertThat(n.get("lon").asDouble()).isEqualTo(stored.get(i).lon());
        }
    }

    @Test
    void tableIsLimitedToTheTimeRange() {
        QueryFixture.Output all = QueryFixture.run("track", "icao:4ab003", "--db", db.toString());
        QueryFixture.Output part = QueryFixture.run("track", "icao:4ab003", "--db", db.toString(),
                "--since", "2020-06-01T10:01:00Z", "--until", "2020-06-01T10:02:00Z");
        assertThat(all.rc()).isZero();
        long allRows = all.out().lines().skip(1).count();
        long partRows = part.out().lines().skip(1).count();
        assertThat(partRows).isPositive().isLessThan(allRows);
        assertThat(part.out().lines().skip(1)).allMatch(l -> l.startsWith("2020-06-01T10:01:"));
        assertThat(QueryFixture.run("track", "mmsi:265000001", "--db", db.toString()).out().lines().skip(1))
                .isNotEmpty();
    }

    @Test
    void aBadIdIsOneLine() {
        QueryFixture.Output o = QueryFixture.run("track", "zz:12", "--db", db.toString());
        assertThat(o.rc()).isEqualTo(2);
        assertThat(o.err().strip()).isEqualTo("track: bad target 'zz:12': expected icao:4840d6 or mmsi:219165000");
    }
}

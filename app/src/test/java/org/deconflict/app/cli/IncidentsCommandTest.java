package org.deconflict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.deconflict.app.store.IncidentQuery;
import org.deconflict.app.store.IncidentRow;
import org.deconflict.app.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deconflict incidents} on a store filled by a short run of the crossing scenario. */
class IncidentsCommandTest {

    @TempDir
    static Path dir;
    static Path db;
    static List<IncidentRow> stored;

    @BeforeAll
    static void fill() throws Exception {
        db = dir.resolve("q.db");
        QueryFixture.fill(db);
        try (Store s = Store.open(db.toString())) {
            stored = s.incidents(IncidentQuery.between(0, Long.MAX_VALUE / 2));
        }
        assertThat(stored).as("the scenario's low pass").isNotEmpty();
    }

    @Test
    void jsonLinesCarryEveryStoredIncident() throws Exception {
        QueryFixture.Output o = QueryFixture.run("incidents", "--db", db.toString(), "--json");
        assertThat(o.rc()).as(o.err()).isZero();
        List<String> lines = o.out().lines().toList();
        assertThat(lines).hasSameSizeAs(stored);
        ObjectMapper m = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = m.readTree(lines.get(i));
            IncidentRow r = stored.get(i);
            assertThat(n.get("id").asText()).isEqualTo(r.id());
            assertThat(n.get("kind").asText()).isEqualTo(r.kind());
            assertThat(n.get("startMs").asLong()).isEqualTo(r.startMs());
            assertThat(n.get("participants").get(0).get("target").asText())
                    .isEqualTo(r.participants().get(0).targetKey());
        }
    }

    @Test
    void tableFiltersByTimeTypeSeverityAndArea() {
        IncidentRow first = stored.get(0);
        String day = java.time.Instant.ofEpochMilli(first.startMs()).toString().substring(0, 10);
        QueryFixture.Output all = QueryFixture.run("incidents", "--db", db.toString(), "--since", day,
                "--type", first.kind(), "--severity", first.severity().name(), "--area", "54,13,56,17");
        assertThat(all.rc()).as(all.err()).isZero();
        assertThat(all.out().lines().skip(1).toList()).hasSize((int) stored.stream()
                .filter(r -> r.kind().equals(first.kind()) && r.severity() == first.severity()).count());
        assertThat(all.out()).contains(first.kind()).contains(first.participants().get(0).targetKey());

        QueryFixture.Output later = QueryFixture.run("incidents", "--db", db.toString(), "--since", "2030-01-01");
        assertThat(later.out().lines().skip(1).toList()).isEmpty();
        QueryFixture.Output elsewhere = QueryFixture.run("incidents", "--db", db.toString(), "--area", "60,20,61,21");
        assertThat(elsewhere.out().lines().skip(1).toList()).isEmpty();
        QueryFixture.Output other = QueryFixture.run("incidents", "--db", db.toString(), "--type", "no-such-kind");
        assertThat(other.out().lines().skip(1).toList()).isEmpty();
    }

    @Test
    void mistakesAreOneLine() {
        QueryFixture.Output badArea = QueryFixture.run("incidents", "--db", db.toString(), "--area", "1,2,3");
        assertThat(badArea.rc()).isEqualTo(2);
        assertThat(badArea.err().strip()).startsWith("incidents: --area 1,2,3").doesNotContain("\n");
        QueryFixture.Output noStore = QueryFixture.run("incidents", "--db", dir.resolve("missing.db").toString());
        assertThat(noStore.rc()).isEqualTo(1);
        assertThat(noStore.err().strip()).startsWith("incidents: no store at").doesNotContain("\n");
    }
}

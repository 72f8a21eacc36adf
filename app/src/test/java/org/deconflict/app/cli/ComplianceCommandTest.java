package org.deconflict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.deconflict.app.store.ComplianceRow;
import org.deconflict.app.store.Store;
import org.deconflict.app.store.TargetKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deconflict compliance} on a store filled by a short run of the crossing scenario. */
class ComplianceCommandTest {

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void fill() throws Exception {
        db = dir.resolve("q.db");
        QueryFixture.fill(db);
    }

    @Test
    void jsonLinesEqualTheStoredCompliance() throws Exception {
        List<ComplianceRow> stored;
        try (Store s = Store.open(db.toString())) {
            stored = s.compliance(0, Long.MAX_VALUE / 2, TargetKind.AIRCRAFT);
        }
        assertThat(stored).as("flights closed at the end of the run").isNotEmpty();
        QueryFixture.Output o = QueryFixture.run("compliance", "--db", db.toString(), "--json");
        assertThat(o.rc()).as(o.err()).isZero();
        List<String> lines = o.out().lines().toList();
        assertThat(lines).hasSameSizeAs(stored);
        ObjectMapper m = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = m.readTree(lines.get(i));
            assertThat(n.get("day").asText()).isEqualTo(stored.get(i).dayUtc().toString());
            assertThat(n.get("flights").asLong()).isEqualTo(stored.get(i).flights());
            assertThat(n.get("positionS").asDouble()).isEqualTo(stored.get(i).positionS());
        }
        QueryFixture.Output table = QueryFixture.run("compliance", "--db", db.toString(), "--day", "2020-06-01");
        assertThat(table.out().lines().skip(1).toList()).hasSameSizeAs(stored);
        QueryFixture.Output otherDay = QueryFixture.run("compliance", "--db", db.toString(), "--day", "2020-06-02");
        assertThat(otherDay.out().lines().skip(1).toList()).isEmpty();
    }

    @Test
    void aBadDayIsOneLine() {
        QueryFixture.Output o = QueryFixture.run("compliance", "--db", db.toString(), "--day", "June");
        assertThat(o.rc()).isEqualTo(2);
        assertThat(o.err().strip()).isEqualTo("compliance: --day June: expected YYYY-MM-DD, e.g. 2014-03-03");
    }
}

package org.deconflict.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Validation and derived values of the row records. */
class RowsTest {

    @Test
    void invalidJsonDetailsAreRefusedWhenTheRowIsBuilt() {
        assertThatThrownBy(() -> new EventRow("e", "k", 0, List.of(), null, "{\"a\": 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON");
        assertThatThrownBy(() -> new EventRow("e", "k", 0, List.of(), null, "{} {}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trailing");
        assertThat(new EventRow("e", "k", 0, List.of(), null, "[1, 2]").detailsJson()).isEqualTo("[1, 2]");
        assertThat(new EventRow("e", "k", 0, List.of(), null, null).detailsJson()).isEqualTo("{}");
    }

    @Test
    void keysMayNotContainWhiteSpace() {
        assertThatThrownBy(() -> new EventRow("e", "k", 0, List.of("icao:1 2"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PositionRow("", 0, 0, 0, null, null, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangesAreChecked() {
        assertThatThrownBy(() -> new PositionRow("a", 0, 91, 0, null, null, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlightRow("f", "a", 10, 9L, null, null, false, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlightRow("f", "a", 10, null, null, null, false, -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetRow("a", TargetKind.SHIP, null, null, false, null, null, 5, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IncidentRow.Participant("a", new LatLon(0, 0), null, List.of(new LatLon(1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nanMeansUnknown() {
        PositionRow p = new PositionRow("a", 0, 1, 2, Double.NaN, 3.0, Double.NaN, "x");
        assertThat(p.altitudeFt()).isNull();
        assertThat(p.speedKt()).isEqualTo(3.0);
        assertThat(p.trackDeg()).isNull();
    }

    @Test
    void incidentWhereIsTheMeanOfClosestPointsAcrossTheAntimeridian() {
        IncidentRow i = new IncidentRow("i", "k", Severity.C, 0, null, List.of(
                new IncidentRow.Participant("a", new LatLon(10, 179.9), null, List.of()),
                new IncidentRow.Participant("b", new LatLon(12, -179.7), null, List.of())), null, null, null, null);
        assertThat(i.where().lat()).isCloseTo(11, within(1e-12));
        assertThat(i.where().lon()).isCloseTo(-179.9, within(1e-9));
        assertThat(new BBox(0, 179, 20, -179).contains(i.where())).isTrue();
        assertThat(new BBox(0, -179, 20, 179).contains(i.where())).isFalse();
    }

    @Test
    void targetMergeKeepsEarliestLatestAndNewestKnownValues() {
        TargetRow a = new TargetRow("k", TargetKind.AIRCRAFT, "ONE", "PL", false, null, "A1", 10, 20);
        TargetRow b = new TargetRow("k", TargetKind.AIRCRAFT, null, "DE", true, "callsign", null, 5, 15);
        assertThat(a.mergedWith(b)).isEqualTo(
                new TargetRow("k", TargetKind.AIRCRAFT, "ONE", "DE", true, "callsign", "A1", 5, 20));
    }

    @Test
    void sqlScriptSplitsStatementsAndReadsTheDescription() {
        String script = "-- first schema\nCREATE TABLE a (x INT);\n\n-- note\nCREATE INDEX i\n  ON a (x);\nSELECT 1";
        assertThat(SqlScript.description(script)).isEqualTo("first schema");
        assertThat(SqlScript.statements(script))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i\n  ON a (x)", "SELECT 1");
    }
}

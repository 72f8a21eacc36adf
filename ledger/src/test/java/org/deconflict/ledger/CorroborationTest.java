package org.deconflict.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two ledger nodes, each fed by its own monitor; incidents of the same encounter are linked across them. */
class CorroborationTest {

    @TempDir
    Path tmp;

    private static final long T0 = 1_394_000_000_000L;

    @Test
    void independentlyFiledIncidentsOfOneEncounterAreLinked() throws Exception {
        List<FiledIncident> all = new ArrayList<>();
        try (Ledger se = Ledger.create(tmp.resolve("se"), Fixtures.parties(), Fixtures.logSignerKey());
                Ledger ru = Ledger.create(tmp.resolve("ru"), Fixtures.parties(), Fixtures.logSignerKey())) {
            // Swedish node: its sensors see the encounter from 10:00:00 for 90 s, closest 90 m
            se.fileIncident(Fixtures.airprox("se-17", T0, 90, 0), Fixtures.SE_MONITOR);
            // an unrelated encounter of the same aircraft three hours later
            se.fileIncident(Fixtures.airprox("se-18", T0 + 3 * 3_600_000, 95, 0), Fixtures.SE_MONITOR);
            // Russian node: its own radar sees the same encounter 20 s later, 140 m, positions 1 km further north
            ru.fileIncident(Fixtures.airprox("ru-4", T0 + 20_000, 140, 0.009), Fixtures.RU_MONITOR);
            // same aircraft at the same time but 60 km away: not the same encounter
            ru.fileIncident(Fixtures.airprox("ru-5", T0 + 3 * 3_600_000, 95, 0.55), Fixtures.RU_MONITOR);
            // different targets at the same time and place
            Incident other = Fixtures.airprox("ru-6", T0, 90, 0);
            ru.fileIncident(new Incident("ru-6", "airprox", T0, T0 + 90_000,
                    List.of(new Incident.Participant("icao:4ca7b2", "SAS1754", "SE", "aircraft"),
                            new Incident.Participant("icao:155bbb", null, "RU", "aircraft")),
                    90, 150.0, other.evidence(), new Incident.Detector("ru-detector-2", Map.of("horizontalSeparationM", 5556.0))),
                    Fixtures.RU_MONITOR);
            all.addAll(se.incidents());
            all.addAll(ru.incidents());
        }
        List<Corroboration.Group> groups = Corroboration.link(all, Corroboration.Criteria.defaults());
        assertThat(groups).hasSize(4);
        Corroboration.Group linked = groups.stream().filter(Corroboration.Group::corroborated).findFirst().orElseThrow();
        assertThat(linked.members()).extracting(f -> f.incident().id()).containsExactlyInAnyOrder("se-17", "ru-4");
        assertThat(linked.parties()).containsExactly("ru-monitor", "se-monitor");
        assertThat(linked.nations()).containsExactly("RU", "SE");
        assertThat(groups.stream().filter(Corroboration.Group::corroborated)).hasSize(1);
        assertThat(groups).filteredOn(g -> !g.corroborated()).allSatisfy(g -> assertThat(g.members()).hasSize(1));
    }

    @Test
    void geometryAndTimeLimitsAreRespected() {
        Corroboration.Criteria c = Corroboration.Criteria.defaults();
        Incident a = Fixtures.airprox("a", T0, 90, 0);
        assertThat(Corroboration.sameEncounter(a, Fixtures.airprox("b", T0 + 149_000, 90, 0), c)).isTrue();
        assertThat(Corroboration.sameEncounter(a, Fixtures.airprox("b", T0 + 151_000, 90, 0), c)).isFalse();
        assertThat(Corroboration.sameEncounter(a, Fixtures.airprox("b", T0, 1_500, 0), c)).isFalse();
        assertThat(Corroboration.sameEncounter(a, Fixtures.airprox("b", T0, 90, 0.1), c)).isFalse(); // 11 km north
        assertThat(Corroboration.distanceM(55.0, 13.0, 56.0, 13.0)).isBetween(111_000.0, 111_400.0);
    }
}

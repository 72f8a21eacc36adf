package org.deconflict.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ScenarioLoader;
import org.deconflict.sim.truth.Observability;
import org.deconflict.sim.truth.TruthIncident;
import org.junit.jupiter.api.Test;

/** The truth says which incidents the transponders and receivers of a run can reveal, and why not the others. */
class ObservabilityTest {

    private static Map<String, Observability> truth(Scenario sc, boolean allOn) {
        List<TruthIncident> incidents = new Simulation(sc, new SimOptions(1, allOn, 10)).truthIncidents();
        return incidents.stream().collect(Collectors.toMap(
                t -> t.kind() + " " + String.join(",", t.participants()), TruthIncident::observability));
    }

    @Test
    void malmoIl20IsHeardBeforeAndAfterItsGapButDarkDuringTheEncounter() {
        Scenario malmo = ScenarioLoader.load("malmo-2014");
        assertThat(truth(malmo, false)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "LOSS_OF_SEPARATION icao:4ab3c2,icao:15b020", Observability.PARTICIPANT_DARK,
                "NMAC icao:4ab3c2,icao:15b020", Observability.PARTICIPANT_DARK,
                "DARK_GAP icao:15b020", Observability.OBSERVABLE));
        assertThat(truth(malmo, true)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "LOSS_OF_SEPARATION icao:4ab3c2,icao:15b020", Observability.OBSERVABLE,
                "NMAC icao:4ab3c2,icao:15b020", Observability.OBSERVABLE));
    }

    @Test
    void modeSOnlyAnsweringARadarIsObservableButAGapWithoutPositionsIsNot() {
        assertThat(truth(ScenarioLoader.load("sk1755-2014"), false)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "LOSS_OF_SEPARATION icao:4ab1f7,icao:15b021", Observability.PARTICIPANT_DARK,
                "MODE_S_ONLY icao:15b021", Observability.OBSERVABLE,
                "DARK_GAP icao:15b021", Observability.PARTICIPANT_DARK));
    }

    @Test
    void lowPassesNeedAReceiverWhoseHorizonReachesThirtyFeet() {
        Scenario cook = ScenarioLoader.load("cook-2016");
        assertThat(truth(cook, true).values()).containsOnly(Observability.OBSERVABLE).hasSize(4);

        Scenario noOffshore = new Scenario(cook.name(), cook.description(), cook.start(), cook.durationS(), cook.seed(),
                cook.area(), cook.receivers().stream().filter(r -> !r.name().equals("offshore-pl")).toList(),
                cook.radars(), cook.aircraft(), cook.ships(), cook.traffic(), cook.incidents(), null);
        assertThat(noOffshore.receivers()).hasSize(cook.receivers().size() - 1);
        assertThat(truth(noOffshore, true)).containsEntry(
                "LOW_PASS icao:152402,mmsi:369970075", Observability.OUT_OF_COVERAGE);
    }
}

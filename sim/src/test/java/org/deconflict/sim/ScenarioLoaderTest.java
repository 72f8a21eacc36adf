package org.deconflict.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ScenarioLoader;
import org.deconflict.sim.scenario.TransponderMode;

class ScenarioLoaderTest {

    @Test
    void everyBuiltInScenarioLoadsWithReceiversAndIncidents() {
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario s = ScenarioLoader.load(name);
            assertThat(s.name()).isEqualTo(name);
            assertThat(s.receivers()).isNotEmpty();
            assertThat(s.radars()).isNotEmpty();
            if (!name.equals("baltic-traffic")) {
                assertThat(s.incidents()).as(name).isNotEmpty();
                assertThat(s.aircraft()).as(name).isNotEmpty();
            }
        }
    }

    @Test
    void demoCombinesTheFourEventsWithShiftedStarts() {
        Scenario demo = ScenarioLoader.load("demo");
        assertThat(demo.incidents()).hasSize(ScenarioLoader.load("cook-2016").incidents().size()
                + ScenarioLoader.load("malmo-2014").incidents().size()
                + ScenarioLoader.load("sk1755-2014").incidents().size()
                + ScenarioLoader.load("intercept").incidents().size());
        assertThat(demo.aircraft()).anySatisfy(a -> {
            assertThat(a.address()).isEqualTo("15b020");
            assertThat(a.startS()).isEqualTo(600.0);
        });
        assertThat(demo.traffic().airways()).isNotEmpty();
    }

    @Test
    void commentedExampleFileLoadsAndBareOffMeansTransponderOff(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("example.yaml");
        try (var in = getClass().getClassLoader().getResourceAsStream("scenarios/example.yaml")) {
            Files.copy(in, copy);
        }
        Scenario s = ScenarioLoader.load(copy.toString());
        assertThat(s.aircraft()).hasSize(2);
        assertThat(s.aircraft().get(1).transponder().get(1).mode()).isEqualTo(TransponderMode.OFF);
        assertThat(s.ships().get(0).route().get(2).anchorS()).isEqualTo(600.0);
    }

    @Test
    void mistakesAreReportedWithTheirCause() {
        assertThatThrownBy(() -> parse("name: x\nstart: 2016-01-01T00:00:00Z\ndurationS: 10\nbogus: 1\n"))
                .hasMessageContaining("bogus");
        assertThatThrownBy(() -> parse("name: x\nstart: 2016-01-01T00:00:00Z\ndurationS: 10\n"))
                .hasMessageContaining("receiver");
        String base = "name: x\nstart: 2016-01-01T00:00:00Z\ndurationS: 10\n"
                + "receivers: [{id: 1, lat: 55, lon: 15, antennaHeightM: 10}]\n";
        assertThatThrownBy(() -> parse(base + "incidents: [{kind: CRASH, participants: [\"icao:000001\"]}]\n"))
                .hasMessageContaining("CRASH");
        assertThatThrownBy(() -> parse(base + "incidents: [{kind: DARK_GAP, participants: [\"icao:000001\"]}]\n"))
                .hasMessageContaining("unknown participant");
        assertThatThrownBy(() -> ScenarioLoader.load("no-such-scenario"))
                .hasMessageContaining("built-in");
    }

    private static Scenario parse(String yaml) {
        return ScenarioLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }
}

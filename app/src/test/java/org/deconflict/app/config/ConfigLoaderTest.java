package org.deconflict.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.event.Severity;
import org.deconflict.engine.track.TrackerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading {@code deconflict.yaml}: values reach the engine's records; every mistake is one line naming the key. */
class ConfigLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void keysOverrideDefaultsAndEverythingElseStays() {
        DeconflictConfig c = ConfigLoader.parse("""
                detection:
                  airAir:
                    lookAheadS: 60
                    horizontalSeparationM: 5556
                  airSea:
                    incidentSeverity: c
                  incidentSeverity: B
                tracker:
                  aircraftCoastS: 2.5
                  trailCapacity: 64
                web:
                  port: 0
                """, "t.yaml");
        DetectionConfig d = DetectionConfig.defaults();
        assertThat(c.detection().airAir().lookAheadS()).isEqualTo(60);
        assertThat(c.detection().airAir().horizontalSeparationM()).isEqualTo(5556);
        assertThat(c.detection().airAir().verticalSeparationFt()).isEqualTo(d.airAir().verticalSeparationFt());
        assertThat(c.detection().airSea().incidentSeverity()).isEqualTo(Severity.C);
        assertThat(c.detection().incidentSeverity()).isEqualTo(Severity.B);
        assertThat(c.detection().seaSea()).isEqualTo(d.seaSea());
        assertThat(c.tracker().aircraftCoastNanos()).isEqualTo(2_500_000_000L);
        assertThat(c.tracker().trailCapacity()).isEqualTo(64);
        assertThat(c.tracker().shipExpiryNanos()).isEqualTo(TrackerConfig.defaults().shipExpiryNanos());
        assertThat(c.web().port()).isZero();
        assertThat(c.store()).isEqualTo(StoreSettings.defaults());
    }

    @Test
    void anEmptyFileOrEmptySectionMeansDefaults() {
        assertThat(ConfigLoader.parse("", "t.yaml")).isEqualTo(DeconflictConfig.defaults());
        assertThat(ConfigLoader.parse("detection:\ntracker:\n", "t.yaml")).isEqualTo(DeconflictConfig.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown section      | detektion: {}                                   | t.yaml: detektion: unknown section (known: detection, tracker, receivers, inputs, store, web, ledger)
            unknown key          | 'detection: {airAir: {lookahead: 5}}'           | t.yaml: detection.airAir.lookahead: unknown key (did you mean lookAheadS?
            wrong type           | 'detection: {airAir: {lookAheadS: soon}}'       | t.yaml: detection.airAir.lookAheadS: must be a number > 0 (seconds), got 'soon'
            negative time        | 'detection: {airAir: {lookAheadS: -5}}'         | t.yaml: detection.airAir.lookAheadS: must be a number > 0 (seconds), got -5
            not finite           | 'detection: {closeDelayS: Infinity}'            | t.yaml: detection.closeDelayS: must be a number > 0 (seconds), got 'Infinity'
            share above one      | 'detection: {integrity: {gnssMinShare: 1.5}}'   | t.yaml: detection.integrity.gnssMinShare: must be a number from 0 to 1 (a fraction), got 1.5
            NACp above 11        | 'detection: {integrity: {goodNacpMin: 12}}'     | t.yaml: detection.integrity.goodNacpMin: must be a whole number from 0 to 11, got 12
            fraction for int     | 'tracker: {trailCapacity: 1.5}'                 | t.yaml: tracker.trailCapacity: must be a whole number > 0, got 1.5
            bad enum             | 'detection: {incidentSeverity: Z}'              | t.yaml: detection.incidentSeverity: must be one of A, B, C, D, E, got 'Z'
            bad boolean          | 'detection: {airSea: {fileMilitaryOverWarship: maybe}}' | t.yaml: detection.airSea.fileMilitaryOverWarship: must be true or false, got 'maybe'
            section as value     | 'detection: {airAir: 5}'                        | t.yaml: detection.airAir: expected a section of keys (horizontalSeparationM,
            port out of range    | 'web: {port: 70000}'                            | t.yaml: web.port: must be a whole number from 0 to 65535, got 70000
            empty location       | 'store: {location: ""}'                         | t.yaml: store.location: must be a text, got ''
            TCAS floors unordered | 'detection: {airAir: {tcas: {levels: [{level: 3, floorFt: 1000, tauTaS: 25, tauRaS: 15, dmodTaNm: 0.33, dmodRaNm: 0.2, zthrTaFt: 850, zthrRaFt: 600, alimFt: 300}, {level: 2, floorFt: 0, tauTaS: 20, tauRaS: NaN, dmodTaNm: 0.3, dmodRaNm: NaN, zthrTaFt: 850, zthrRaFt: NaN, alimFt: NaN}]}}}' | t.yaml: detection.airAir.tcas: TCAS levels must have increasing floors
            TCAS level incomplete | 'detection: {airAir: {tcas: {levels: [{level: 3}]}}}' | t.yaml: detection.airAir.tcas.levels[0].floorFt: required
            receiver latitude    | 'receivers: [{id: 1, latDeg: 95, lonDeg: 12}]'  | t.yaml: receivers[0].latDeg: must be a number from -90 to 90 (degrees), got 95
            receiver missing lon | 'receivers: [{id: 1, latDeg: 55}]'              | t.yaml: receivers[0].lonDeg: required (a number from -180 to 180 (degrees))
            receiver id zero     | 'receivers: [{id: 0, latDeg: 55, lonDeg: 12}]'  | t.yaml: receivers[0]: id must be a whole number >= 1, got 0
            receiver id twice    | 'receivers: [{id: 1, latDeg: 55, lonDeg: 12}, {id: 1, latDeg: 56, lonDeg: 12}]' | t.yaml: receivers[1].id: 1 is used twice; ids must differ
            receivers not a list | 'receivers: {id: 1}'                            | t.yaml: receivers: expected a list (- ...), got a section
            unknown input kind   | 'inputs: [{radar: host}]'                       | t.yaml: inputs[0].radar: unknown input kind (known: beast, avr, sbs, beast-listen, ais, file)
            bad input value      | 'inputs: [{beast: "host:99999"}]'               | t.yaml: inputs[0].beast: --beast host:99999: port 99999 out of range 1-65535
            two kinds in one item | 'inputs: [{beast: a, avr: b}]'                 | t.yaml: inputs[0]: expected one KIND: VALUE pair
            missing input file   | 'inputs: [{file: /no/such/recording.beast}]'    | t.yaml: inputs[0].file: no such file: /no/such/recording.beast
            duplicate key        | 'web: {port: 1, port: 2}'                       | t.yaml: not valid YAML at line 1: Duplicate field 'port'
            YAML infinity        | 'detection: {closeDelayS: .inf}'                | (write NaN, Infinity or -Infinity)
            not sections         | '[1, 2]'                                        | t.yaml: expected sections (detection,
            """)
    void mistakesAreOneLineNamingTheKey(String name, String yaml, String message) {
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "t.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(message.strip())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aFileIsFoundAndNamedInErrors() throws IOException {
        Path file = Files.writeString(tmp.resolve("site.yaml"), "tracker:\n  maxShipSpeedKt: -1\n");
        assertThatThrownBy(() -> ConfigLoader.load(file, List.of()))
                .hasMessage(file + ": tracker.maxShipSpeedKt: must be a number > 0 (knots), got -1");
        assertThatThrownBy(() -> ConfigLoader.load(tmp.resolve("missing.yaml"), List.of()))
                .hasMessage(tmp.resolve("missing.yaml") + ": no such configuration file");
        assertThatThrownBy(() -> ConfigLoader.load(tmp, List.of()))
                .hasMessage(tmp + ": cannot read this configuration file");
    }

    @Test
    void setOverridesTheFileAndIsNamedInErrors() throws IOException {
        Path file = Files.writeString(tmp.resolve("site.yaml"), "detection:\n  airAir:\n    lookAheadS: 90\n");
        ConfigLoader.Loaded l = ConfigLoader.load(file, List.of("detection.airAir.lookAheadS=60",
                "tracker.aircraftCoastS=5", "store.enabled=false", "inputs=[{beast: radar1}]"));
        assertThat(l.file()).isEqualTo(file);
        assertThat(l.config().detection().airAir().lookAheadS()).isEqualTo(60);
        assertThat(l.config().tracker().aircraftCoastNanos()).isEqualTo(5_000_000_000L);
        assertThat(l.config().store().enabled()).isFalse();
        assertThat(l.config().inputs()).extracting(InputEntry::value).containsExactly("radar1");
        assertThatThrownBy(() -> ConfigLoader.load(file, List.of("detection.airAir.lookAheadS=-1")))
                .hasMessage("--set: detection.airAir.lookAheadS: must be a number > 0 (seconds), got -1");
        assertThatThrownBy(() -> ConfigLoader.load(file, List.of("lookAheadS")))
                .hasMessageStartingWith("--set lookAheadS: expected KEY=VALUE");
        assertThatThrownBy(() -> ConfigLoader.load(file, List.of("detection.airAir.lookAheadS.x=1")))
                .hasMessageStartingWith("--set detection.airAir.lookAheadS.x: detection.airAir.lookAheadS is not a "
                        + "section");
    }

    @Test
    void nonFiniteValuesWhereTheDefaultIsNotFinite() {
        DeconflictConfig c = ConfigLoader.parse("""
                detection:
                  airAir:
                    tcas:
                      levels:
                        - {level: 2, floorFt: -Infinity, tauTaS: 20, tauRaS: NaN, dmodTaNm: 0.3, dmodRaNm: '.nan', zthrTaFt: 850, zthrRaFt: NaN, alimFt: NaN}
                        - {level: 5, floorFt: 3000, tauTaS: 40, tauRaS: 25, dmodTaNm: 0.75, dmodRaNm: 0.55, zthrTaFt: 850, zthrRaFt: 600, alimFt: 350}
                """, "t.yaml");
        assertThat(c.detection().airAir().tcas().levels()).hasSize(2);
        assertThat(c.detection().airAir().tcas().at(500).raEnabled()).isFalse();
        assertThat(c.detection().airAir().tcas().at(4000).level()).isEqualTo(5);
    }

    @Test
    void keysFollowTheEngineRecords() {
        assertThat(ConfigLoader.keyPaths()).doesNotHaveDuplicates()
                .allSatisfy(k -> assertThat(k).doesNotEndWith("Nanos"));
        for (var c : TrackerConfig.class.getRecordComponents()) {
            assertThat(ConfigLoader.keyPaths()).contains("tracker." + RecordBinder.keyOf(c));
        }
    }
}

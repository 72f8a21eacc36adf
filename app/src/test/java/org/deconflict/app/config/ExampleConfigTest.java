package org.deconflict.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.deconflict.app.input.InputSpec;
import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.track.ReceiverSite;
import org.deconflict.engine.track.TrackerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code config/deconflict.example.yaml} cannot drift from the code: it loads without error, documents exactly the
 * keys the loader accepts (so a field added to {@link DetectionConfig} or {@link TrackerConfig} fails here until it is
 * documented), every setting line carries a comment, and its values are the code's defaults.
 */
class ExampleConfigTest {

    /** The example lives at the repository root; tests run in the module folder. */
    static final Path EXAMPLE = Path.of("..", "config", "deconflict.example.yaml");

    @TempDir
    Path tmp;

    @Test
    void exampleLoadsToTheDefaultsOfTheCode() throws IOException {
        DeconflictConfig c = ConfigLoader.load(EXAMPLE, List.of()).config();
        DeconflictConfig d = DeconflictConfig.defaults();
        assertSameValues(ConfigLoader.toTree(c), ConfigLoader.toTree(d), "");
        assertThat(c.receivers()).isEmpty();
        assertThat(c.inputs()).isEmpty();
        assertThat(c.store()).isEqualTo(d.store());
        assertThat(c.web()).isEqualTo(d.web());
        assertThat(c.ledger()).isEqualTo(d.ledger());
        assertThat(c.detection().airAir().tcas()).isEqualTo(d.detection().airAir().tcas());
    }

    @Test
    void exampleDocumentsEveryKeyAndNoOther() throws IOException {
        JsonNode tree = new YAMLMapper().readTree(withExamplesUncommented());
        TreeSet<String> documented = new TreeSet<>();
        collectPaths(tree, "", documented);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(new TreeSet<>(ConfigLoader.keyPaths()));
        // the key list follows the engine's records by reflection: a new field shows up there without anyone listing it
        assertThat(ConfigLoader.keyPaths())
                .contains("detection.airAir.lookAheadS", "detection.closeDelayS", "tracker.aircraftCoastS",
                        "detection.airAir.tcas.levels[].tauRaS")
                .hasSize(DetectionConfigComponents.leafCount() + TrackerConfig.class.getRecordComponents().length
                        + ReceiverEntry.class.getRecordComponents().length + 6
                        + StoreSettings.class.getRecordComponents().length
                        + WebSettings.class.getRecordComponents().length
                        + LedgerSettings.class.getRecordComponents().length);
    }

    @Test
    void uncommentedExamplesBindToRealSettings() throws IOException {
        Path recording = Files.write(tmp.resolve("capture.beast"), new byte[] {0x1a, '2'});
        String text = withExamplesUncommented().replace("recordings/capture.beast.gz", recording.toString());
        DeconflictConfig c = ConfigLoader.parse(text, "example");
        assertThat(c.receivers()).containsExactly(
                new ReceiverEntry(1, "malmo", 55.61, 12.99, 30, ReceiverSite.Kind.ADSB_1090));
        assertThat(c.receiverRegistry().find(1).antennaHeightM()).isEqualTo(30);
        assertThat(c.receiverNames().idOf("malmo")).isEqualTo(1);
        assertThat(c.inputs()).extracting(InputEntry::kind)
                .containsExactly("beast", "avr", "sbs", "beast-listen", "ais", "file");
        assertThat(c.inputs().get(0).spec()).isEqualTo(new InputSpec.TcpClient("localhost", 30005,
                org.deconflict.app.input.StreamFormat.BEAST));
        assertThat(c.inputs().get(5).spec()).isInstanceOf(InputSpec.File.class);
    }

    @Test
    void everySettingLineSaysWhatItIs() throws IOException {
        List<String> bare = new ArrayList<>();
        for (String line : Files.readAllLines(EXAMPLE)) {
            String l = line.startsWith("#>") ? line.substring(2) : line;
            String code = l.strip();
            if (code.isEmpty() || code.startsWith("#") || code.endsWith(":")) {
                continue; // blank, comment, or a section header
            }
            if (!l.contains(" # ")) {
                bare.add(line);
            }
        }
        assertThat(bare).as("setting lines without a comment (unit, meaning, source of the default)").isEmpty();
    }

    @Test
    void printedConfigurationReadsBackUnchanged() {
        DeconflictConfig d = DeconflictConfig.defaults();
        assertThat(ConfigLoader.parse(ConfigLoader.toYaml(d), "printed")).isEqualTo(d);
    }

    static String withExamplesUncommented() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(EXAMPLE)) {
            sb.append(line.startsWith("#>") ? "  " + line.substring(2) : line).append('\n');
        }
        return sb.toString();
    }

    private static void collectPaths(JsonNode node, String path, TreeSet<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collectPaths(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectPaths(item, path + "[]", out));
        } else {
            out.add(path);
        }
    }

    /** Numbers equal to 1e-9 relative (the file writes 185.2 for the code's 0.1 × 1852); everything else exactly. */
    private static void assertSameValues(JsonNode actual, JsonNode expected, String path) {
        if (expected.isObject() || expected.isArray()) {
            assertThat(actual.size()).as(path).isEqualTo(expected.size());
            if (expected.isArray()) {
                for (int i = 0; i < expected.size(); i++) {
                    assertSameValues(actual.get(i), expected.get(i), path + "[" + i + "]");
                }
            } else {
                expected.fieldNames().forEachRemaining(k ->
                        assertSameValues(actual.get(k), expected.get(k), path + "." + k));
            }
        } else if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(path).isTrue();
            assertThat(actual.doubleValue()).as(path)
                    .isCloseTo(expected.doubleValue(), org.assertj.core.data.Percentage.withPercentage(1e-7));
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    /** Leaves of {@link DetectionConfig}, counted independently of the loader (nested records, list elements once). */
    static final class DetectionConfigComponents {
        static int leafCount() {
            return count(DetectionConfig.class);
        }

        private static int count(Class<?> type) {
            int n = 0;
            for (var c : type.getRecordComponents()) {
                if (c.getType().isRecord()) {
                    n += count(c.getType());
                } else if (c.getType() == List.class) {
                    var arg = ((java.lang.reflect.ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                    n += count((Class<?>) arg);
                } else {
                    n++;
                }
            }
            return n;
        }
    }
}

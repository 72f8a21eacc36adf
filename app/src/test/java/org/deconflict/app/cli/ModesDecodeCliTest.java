package org.deconflict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code deconflict decode} for Mode S: JSON lines on stdout, a summary with rejects by reason on stderr. */
class ModesDecodeCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int code, List<JsonNode> lines, String err) {
    }

    private static Run run(String... args) throws Exception {
        CliRun r = CliRun.of(args);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : r.out().split("\n")) {
            if (!l.isBlank()) {
                lines.add(JSON.readTree(l));
            }
        }
        return new Run(r.code(), lines, r.err());
    }

    @Test
    void beastFileMatchesDump1090FaWithFilter() throws Exception {
        Path beast = SharedData.require("modes/traffic/sample_dump1090.bin");
        List<String> expected = new ArrayList<>();
        for (String l : Files.readAllLines(SharedData.require("modes/traffic/sample_dump1090.dump1090-fa.avr.txt"))) {
            expected.add(l.trim().replace("*", "").replace(";", "").toLowerCase());
        }
        Run r = run("decode", "--format", "beast", beast.toString());
        assertThat(r.code()).isZero();
        assertThat(r.lines()).extracting(n -> n.get("hex").asText()).containsExactlyElementsOf(expected);
        JsonNode first = r.lines().get(0);
        assertThat(first.get("df").asInt()).isEqualTo(11);
        assertThat(first.get("icao").asText()).isEqualTo("3981e4");
        assertThat(first.get("timestamp").asLong()).isPositive();
        assertThat(r.err()).contains("frames=239").contains("accepted=229").contains("UNKNOWN_ADDRESS=");

        Run open = run("decode", "--no-address-filter", beast.toString());
        assertThat(open.lines().size()).isGreaterThan(229);
        assertThat(open.err()).contains("address_filter=off");
    }

    @Test
    @SuppressWarnings("unchecked")
    void hexFormatPrintsOracleFields(@TempDir Path dir) throws Exception {
        Map<String, Object> golden = JSON.readValue(SharedData.require("modes/pyModeS/golden_v2.json").toFile(), Map.class);
        List<String> hexes = new ArrayList<>(golden.keySet());
        Path file = dir.resolve("frames.txt");
        Files.write(file, hexes);
        Run r = run("decode", "--format", "hex", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(600);
        int compared = 0;
        for (JsonNode n : r.lines()) {
            Map<String, Object> want = (Map<String, Object>) golden.get(n.get("hex").asText());
            for (Map.Entry<String, Object> e : want.entrySet()) {
                JsonNode got = n.get(e.getKey());
                assertThat(got).as(n.get("hex").asText() + " " + e.getKey()).isNotNull();
                if (e.getValue() instanceof Number num) {
                    assertThat(got.asDouble()).isCloseTo(num.doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
                } else if (e.getKey().equals("icao") || e.getKey().equals("callsign")) {
                    assertThat(got.asText()).isEqualToIgnoringCase(e.getValue().toString().replaceAll("_+$", ""));
                } else {
                    assertThat(got.asText()).isEqualTo(e.getValue().toString());
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(3000);
    }

    @Test
    void avrAndSbsAndErrors(@TempDir Path dir) throws Exception {
        Path avr = dir.resolve("in.avr");
        Files.writeString(avr, "*8D40058B58C901375147EFD09357;\n*8D40058B58C904A87F402D3B8C59;\nnoise\n");
        Run r = run("decode", "--format", "avr", avr.toString());
        assertThat(r.lines()).hasSize(2);
        JsonNode pos = r.lines().get(1);
        assertThat(pos.get("latitude").asDouble()).isBetween(49.81, 49.82);
        assertThat(pos.get("position_decoding").asText()).isEqualTo("global");
        assertThat(r.err()).contains("GARBAGE=1").contains("GLOBAL=1");

        Path sbs = dir.resolve("in.sbs");
        Files.writeString(sbs, "MSG,3,1,1,4CA2D4,1,2016/03/14,10:00:00.000,2016/03/14,10:00:00.000,,39000,,,"
                + "49.82410,6.06785,,,0,0,0,0\nbad line\n");
        Run s = run("decode", "--format", "sbs", sbs.toString());
        assertThat(s.lines()).hasSize(1);
        assertThat(s.lines().get(0).get("altitude").asInt()).isEqualTo(39000);
        assertThat(s.err()).contains("SBS_MALFORMED=1");

        assertThat(run("decode", "--format", "nope", avr.toString()).code()).isEqualTo(2);
        assertThat(run("decode", dir.resolve("missing.bin").toString()).code()).isEqualTo(2);
    }
}

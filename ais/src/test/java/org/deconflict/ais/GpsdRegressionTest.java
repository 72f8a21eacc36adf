package org.deconflict.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.deconflict.ais.AisMessage.StaticDataReport;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * gpsd's own AIVDM regression data (gpsd commit 63627276f530): our gpsd-style JSON must equal gpsd's expected output
 * field by field, scaled for {@code sample.aivdm.js.chk} and unscaled for the two daemon logs.
 */
class GpsdRegressionTest {

    @Test
    void sampleAivdmScaledMatchesGpsdFieldByField() throws IOException {
        List<String> ours = decode(SharedData.require("ais/gpsd/sample.aivdm"), new GpsdJson(true, "stdin"));
        List<String> expected = jsonLines(SharedData.require("ais/gpsd/sample.aivdm.js.chk"));
        assertThat(expected).hasSize(97);
        assertSame(expected, ours);
    }

    @Test
    void sampleAivdmUnscaledMatchesGpsd() throws IOException {
        List<String> ours = decode(SharedData.require("ais/gpsd/sample.aivdm"), new GpsdJson(false, "stdin"));
        assertSame(jsonLines(SharedData.require("ais/gpsd/sample.aivdm.ju.chk")), ours);
    }

    @Test
    void type6Fid55DaemonLogMatchesGpsdUnscaled() throws IOException {
        List<String> ours = decode(SharedData.require("ais/gpsd/ais-nmea-type6-fid55.log"), new GpsdJson(false, null));
        List<String> expected = jsonLines(SharedData.require("ais/gpsd/ais-nmea-type6-fid55.log.chk"));
        assertThat(expected).hasSize(1265);
        assertSame(expected, ours);
    }

    @Test
    void unpackSixbitDaemonLogMatchesGpsdUnscaled() throws IOException {
        List<String> ours = decode(SharedData.require("ais/gpsd/ais_unpack_sixbit.log"), new GpsdJson(false, null));
        List<String> expected = jsonLines(SharedData.require("ais/gpsd/ais_unpack_sixbit.log.chk"));
        assertThat(expected).hasSize(12);
        assertSame(expected, ours);
    }

    static List<String> decode(Path file, GpsdJson json) throws IOException {
        List<String> out = new ArrayList<>();
        Type24Pairing pairs = new Type24Pairing();
        AisReader reader = new AisReader(r -> {
            if (r.message() instanceof StaticDataReport part) {
                Type24Pairing.Pair p = pairs.offer(part);
                if (p != null) {
                    out.add(json.toJson(p.partA(), p.partB()));
                }
            } else {
                out.add(json.toJson(r.message()));
            }
        });
        try (InputStream in = Files.newInputStream(file)) {
            reader.readAll(in);
        }
        return out;
    }

    static List<String> jsonLines(Path chk) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(chk, StandardCharsets.ISO_8859_1)) {
            String t = line.strip();
            if (t.startsWith("{") && t.contains("\"class\":\"AIS\"")) {
                out.add(t);
            }
        }
        return out;
    }

    private static void assertSame(List<String> expected, List<String> ours) {
        List<String> problems = new ArrayList<>();
        int n = Math.min(expected.size(), ours.size());
        for (int i = 0; i < n; i++) {
            JsonNode e = JsonDiff.parse(expected.get(i));
            JsonNode a = JsonDiff.parse(ours.get(i));
            List<String> d = JsonDiff.diff(e, a);
            if (!d.isEmpty()) {
                problems.add("#" + i + " type " + e.get("type") + " mmsi " + e.get("mmsi") + ": " + d);
            }
            if (problems.size() > 25) {
                break;
            }
        }
        assertThat(problems).as("field differences").isEmpty();
        assertThat(ours).as("message count").hasSize(expected.size());
    }
}

package org.deconflict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code deconflict decode --ais}: gpsd's scaled JSON on stdout, counts and rejects on stderr, from a file or TCP. */
class AisDecodeRunnerTest {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void fileOutputEqualsGpsdecodeScaledJson() throws IOException {
        Path sample = SharedData.require("ais/gpsd/sample.aivdm");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AisDecodeRunner.run(sample.toString(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        List<String> ours = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> gpsd = Files.readAllLines(SharedData.require("ais/gpsd/sample.aivdm.js.chk"));
        assertThat(ours).hasSize(gpsd.size()).hasSize(97);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < gpsd.size(); i++) {
            JsonNode e = MAPPER.readTree(gpsd.get(i));
            JsonNode a = MAPPER.readTree(ours.get(i));
            assertThat(a.get("device").asText()).isEqualTo(sample.toString());
            for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode v = a.get(f.getKey());
                boolean same = f.getKey().equals("device") || (v != null && (f.getValue().isNumber() && v.isNumber()
                        ? f.getValue().decimalValue().compareTo(v.decimalValue()) == 0 : f.getValue().equals(v)));
                if (!same) {
                    differences.add("line " + (i + 1) + " " + f.getKey() + ": gpsd " + f.getValue() + ", ours " + v);
                }
            }
            assertThat(a.size()).as("keys on line " + (i + 1)).isEqualTo(e.size());
        }
        assertThat(differences).isEmpty();
        String summary = err.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("messages=102").contains("GARBAGE=1").contains("messages by type: 1:4 2:1 3:1");
    }

    @Test
    void readsATcpFeedToItsEnd() throws Exception {
        byte[] data = Files.readAllBytes(SharedData.require("ais/pyais/nmea_data_sample.txt"));
        try (ServerSocket server = new ServerSocket(0)) {
            Thread feeder = new Thread(() -> {
                try (Socket s = server.accept(); OutputStream o = s.getOutputStream()) {
                    for (int off = 0; off < data.length; off += 1000) {
                        o.write(data, off, Math.min(1000, data.length - off));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            feeder.start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = AisDecodeRunner.run("tcp://127.0.0.1:" + server.getLocalPort(),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            feeder.join(10_000);
            assertThat(code).isZero();
            // 778 messages; the type 24 parts A and B print as one pair (gpsd style): 777 lines
            assertThat(out.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(777);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("EMPTY_PAYLOAD=100").contains("INCOMPLETE_MESSAGE=20");
        }
    }

    @Test
    void missingFileIsAOneLineErrorAndExitCode2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AisDecodeRunner.run("/no/such/file.nmea", new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("decode: no such file: /no/such/file.nmea");
    }
}

package org.deconflict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.deconflict.modes.framing.BeastParser;

class SimulateCommandTest {

    @Test
    void writesBeastAvrNmeaAndTruthFiles(@TempDir Path dir) throws Exception {
        int code = Main.commandLine().execute("simulate", "malmo-2014", "--out", dir.toString(), "--duration", "20",
                "--seed", "3");
        assertThat(code).isZero();
        Path beast = dir.resolve("bornholm.beast");
        Path avr = dir.resolve("bornholm.avr");
        assertThat(beast).exists();
        assertThat(dir.resolve("ais.nmea")).exists();
        List<byte[]> frames = new ArrayList<>();
        BeastParser parser = new BeastParser((b, off, len, ts, sig) -> frames.add(java.util.Arrays.copyOfRange(b, off, off + len)));
        byte[] bytes = Files.readAllBytes(beast);
        parser.feed(bytes, 0, bytes.length);
        List<String> avrLines = Files.readAllLines(avr);
        assertThat(frames).hasSizeGreaterThan(1000).hasSize(avrLines.size());
        assertThat(avrLines.get(0)).matches("@[0-9A-F]{12}([0-9A-F]{14}|[0-9A-F]{28});");
        List<String> truth = Files.readAllLines(dir.resolve("truth.jsonl"));
        assertThat(truth.get(0)).contains("\"type\":\"scenario\"", "\"name\":\"malmo-2014\"", "\"seed\":3");
        assertThat(truth).anySatisfy(l -> assertThat(l).contains("\"type\":\"position\"", "\"key\":\"icao:15b020\""));
    }

    @Test
    void allOnWhatIfMakesTheDarkIl20Squit(@TempDir Path dir) throws Exception {
        assertThat(Main.commandLine().execute("simulate", "malmo-2014", "--out", dir.toString(), "--duration", "20",
                "--transponders", "all-on")).isZero();
        byte[] bytes = Files.readAllBytes(dir.resolve("bornholm.beast"));
        int[] il20 = new int[1];
        new BeastParser((b, off, len, ts, sig) -> {
            int icao = ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
            if ((b[off] & 0xFF) >> 3 == 17 && icao == 0x15b020) {
                il20[0]++;
            }
        }).feed(bytes, 0, bytes.length);
        assertThat(il20[0]).isPositive();
        assertThat(Files.readString(dir.resolve("truth.jsonl"))).contains("\"allTranspondersOn\":true")
                .doesNotContain("\"transponder\":\"OFF\"");
    }

    @Test
    void refusesToRunWithoutAnOutput() {
        assertThat(Main.commandLine().execute("simulate", "demo")).isEqualTo(2);
        assertThat(Main.commandLine().execute("simulate", "no-such-scenario", "--out", "x")).isEqualTo(2);
    }
}

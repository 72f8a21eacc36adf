package org.deconflict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.deconflict.app.config.DeconflictConfig;
import org.deconflict.app.config.StoreSettings;
import org.deconflict.app.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/**
 * The configuration file on the command line: {@code deconflict config} prints it, the pipeline commands take their
 * thresholds, receivers, inputs, store and web port from it, flags override it, and a mistake is one line, exit 2.
 */
class ConfigCommandTest {

    @TempDir
    Path dir;

    /** Three ADS-B frames (pyModeS documentation examples: DF17 airborne positions and an identification). */
    private static final String HEX_FRAMES = "8D40621D58C382D690C8AC2863A7\n8D40621D58C386435CC412692AD6\n"
            + "8D4840D6202CC371C32CE0576098\n";

    @ParameterizedTest
    @ValueSource(strings = {"config", "demo", "run", "replay"})
    void aBadKeyIsOneLineNamingFileAndKeyWithExitTwo(String command) throws IOException {
        Path cfg = Files.writeString(dir.resolve("bad.yaml"), "detection:\n  airAir:\n    lookAheadS: -5\n");
        CliRun r = CliRun.of(command, "--config", cfg.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(command + ": " + cfg
                + ": detection.airAir.lookAheadS: must be a number > 0 (seconds), got -5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"config", "demo", "run", "replay", "incidents"})
    void aMissingConfigFileIsOneLineWithExitTwo(String command) {
        CliRun r = CliRun.of(command, "--config", dir.resolve("none.yaml").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(command + ": " + dir.resolve("none.yaml") + ": no such configuration file");
    }

    @Test
    void configPrintsTheEffectiveSettingsWithOverrides() throws IOException {
        Path cfg = Files.writeString(dir.resolve("site.yaml"), """
                detection:
                  airAir:
                    lookAheadS: 90
                receivers:
                  - {id: 1, name: malmo, latDeg: 55.61, lonDeg: 12.99, antennaHeightM: 30}
                """);
        CliRun r = CliRun.of("config", "--config", cfg.toString(), "--set", "tracker.aircraftCoastS=5");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("# effective configuration: " + cfg + " with --set tracker.aircraftCoastS=5")
                .contains("    lookAheadS: 90.0").contains("  aircraftCoastS: 5").contains("name: malmo")
                .contains("  shipExpiryS: 1800");
        assertThat(CliRun.of("config", "--config", cfg.toString(), "--check").err().strip())
                .isEqualTo("config: " + cfg + " is valid");
        assertThat(CliRun.of("config", "--keys").out().lines().toList()).contains("detection.airAir.lookAheadS",
                "tracker.aircraftCoastS", "receivers[].latDeg", "inputs[].beast", "store.location");
    }

    @Test
    void flagsOverrideTheFileAndThresholdsReachTheEngine() throws IOException {
        Path cfg = Files.writeString(dir.resolve("site.yaml"), """
                detection:
                  seaSea:
                    cpaLimitM: 1852
                tracker:
                  shipExpiryS: 900
                receivers:
                  - {id: 1, name: malmo, latDeg: 55.61, lonDeg: 12.99}
                  - {id: 2, latDeg: 54.0, lonDeg: 14.0}
                store:
                  location: from-file.db
                  positionIntervalS: 2.5
                """);
        ReplayCommand cmd = new ReplayCommand();
        new CommandLine(cmd).parseArgs("--config", cfg.toString(), "--receiver", "2:55.0,13.0,40", "--db", "flag.db");
        DeconflictConfig c = cmd.options.resolve("replay", new PrintStream(new ByteArrayOutputStream()));
        assertThat(c.store().location()).isEqualTo("flag.db");
        assertThat(c.receivers()).hasSize(2);
        assertThat(c.receiverRegistry().find(2).latDeg()).isEqualTo(55.0);
        assertThat(c.receiverRegistry().find(2).antennaHeightM()).isEqualTo(40);
        assertThat(c.receiverRegistry().find(1).antennaHeightM()).isEqualTo(10);
        assertThat(c.store().positionIntervalS()).isEqualTo(2.5);
        try (Pipeline p = cmd.options.pipeline(c.withStore(new StoreSettings(c.store().location(), false,
                c.store().positionIntervalS())), true).build()) {
            assertThat(p.core().tracker().config().shipExpiryNanos()).isEqualTo(900_000_000_000L);
            assertThat(p.detection().seaSea().cpaLimitM()).isEqualTo(1852);
            assertThat(p.store()).isNull();
        }
        try (Pipeline p = cmd.options.pipeline(c.withStore(new StoreSettings(dir.resolve("stored.db").toString(), true,
                c.store().positionIntervalS())), true).build()) {
            assertThat(p.storeWiring().writer().positionIntervalMs()).isEqualTo(2_500);
        }
    }

    @Test
    void replayReadsTheFileInputsOfTheConfiguration() throws IOException {
        Path frames = Files.writeString(dir.resolve("frames.txt"), HEX_FRAMES);
        Path cfg = Files.writeString(dir.resolve("site.yaml"), "inputs:\n  - file: hex:" + frames + "\n"
                + "store:\n  enabled: false\nledger:\n  enabled: false\n");
        CliRun r = CliRun.of("replay", "--config", cfg.toString(), "--no-progress", "--start", "2024-06-01T00:00:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("replay: configuration from " + cfg).contains("replay: " + frames + " (hex")
                .containsPattern("modes\\.frames\\s+3\\n");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void runTakesInputsStoreLedgerAndWebFromTheConfigAndTheWebServerSeesStoreAndLedger() throws Exception {
        try (ServerSocket beast = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path db = dir.resolve("run.db");
            Path ledger = dir.resolve("ledger");
            Path cfg = Files.writeString(dir.resolve("site.yaml"), "inputs:\n  - beast: 127.0.0.1:"
                    + beast.getLocalPort() + "\nstore:\n  location: " + db + "\nweb:\n  port: 0\n"
                    + "ledger:\n  dir: " + ledger + "\n  node: site-a\n");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream old = System.err;
            AtomicInteger rc = new AtomicInteger(-1);
            Thread run = new Thread(() -> rc.set(Main.commandLine().execute("run", "--config", cfg.toString(),
                    "--stop-after", "30")), "run-command");
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                run.start();
                try (Socket feeder = beast.accept()) {
                    String url = awaitLine(err, Pattern.compile("run: map and API at (\\S+)")).replaceAll("/$", "");
                    HttpClient http = HttpClient.newHttpClient();
                    HttpResponse<String> incidents = http.send(HttpRequest.newBuilder(URI.create(url
                            + "/api/incidents")).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(incidents.statusCode()).as("store-backed endpoint: " + incidents.body()).isEqualTo(200);
                    assertThat(incidents.body()).contains("\"count\":0"); // nothing heard yet, but the store answers
                    HttpResponse<String> checkpoint = http.send(HttpRequest.newBuilder(URI.create(url
                            + "/ledger/checkpoint")).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(checkpoint.statusCode()).as("the run's own ledger is served").isEqualTo(200);
                    assertThat(checkpoint.body()).startsWith("deconflict/site-a\n");
                }
            } finally {
                run.interrupt(); // as Ctrl-C
                run.join(TimeUnit.SECONDS.toMillis(30));
                System.setErr(old);
            }
            assertThat(run.isAlive()).isFalse();
            assertThat(rc.get()).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("storing into").contains(db.toString());
            assertThat(Files.exists(db)).isTrue();
        }
    }

    private static String awaitLine(ByteArrayOutputStream err, Pattern p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Matcher m = p.matcher(err.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no line matching " + p + " in: " + err.toString(StandardCharsets.UTF_8));
    }
}

package org.deconflict.app.pipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.deconflict.app.input.BoundedHandoff;
import org.deconflict.app.input.InputConfig;
import org.deconflict.app.input.InputSpec;
import org.deconflict.app.input.StreamFormat;
import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.app.pipeline.PipelineListener;
import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.TrackState;
import org.deconflict.engine.track.TrackView;
import org.deconflict.sim.out.BeastFrames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A slow engine behind a fast feed: the reader is never blocked for long, the queue stays bounded, sheds are counted. */
class LiveRunnerTest {

    /** An even and an odd DF17 airborne position of one aircraft (pyModeS test vectors), so every pair updates a track. */
    private static final byte[][] DF17 = {HexFormat.of().parseHex("8D40621D58C382D690C8AC2863A7"),
        HexFormat.of().parseHex("8D40621D58C386435CC412692AD6")};
    private static final int FRAMES = 20_000;
    private static final int CAPACITY = 100;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSlowEngineShedsTheOldestAndSaysSo() throws Exception {
        EngineCore core = EngineCore.withDefaults(new ReceiverRegistry(), new ReceiverNames());
        core.addListener(new PipelineListener() {
            @Override
            public void onTrack(TrackView s) {
                try {
                    Thread.sleep(1); // a sink far slower than the feed
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread feeder = new Thread(() -> {
                try (Socket s = server.accept(); OutputStream out = s.getOutputStream()) {
                    byte[] buf = new byte[64];
                    for (int i = 0; i < FRAMES; i++) {
                        byte[] f = DF17[i % 2];
                        // one second apart (12 MHz counter), so the multi-receiver dedupe keeps every one
                        out.write(buf, 0, BeastFrames.write(buf, 0, 12_000_000L * i, 0x40, f, 0, f.length));
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "feeder");
            feeder.start();
            LiveRunner runner = new LiveRunner(core, List.of(new InputSpec.TcpClient("127.0.0.1",
                    server.getLocalPort(), StreamFormat.BEAST)), InputConfig.defaults(), CAPACITY, 0L,
                    new PrintStream(warnings, true, StandardCharsets.UTF_8));
            feeder.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(feeder.isAlive()).as("the sender was never held up for long").isFalse();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (runner.inputStats().get(0).bytes() < (long) FRAMES * 23 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            runner.close();
            BoundedHandoff.Stats q = runner.queueStats();
            assertThat(q.offered()).isEqualTo(FRAMES);
            assertThat(q.shed()).isPositive();
            assertThat(q.taken() + q.shed()).isEqualTo(q.offered());
            assertThat(q.highWater()).isLessThanOrEqualTo(CAPACITY);
            assertThat(runner.delivered()).isEqualTo(q.taken());
            assertThat(warnings.toString(StandardCharsets.UTF_8)).contains("WARNING").contains("shed");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anSbsFeedIsTrackedAtTheRecordsTimeElseArrival() throws Exception {
        EngineCore core = EngineCore.withDefaults(new ReceiverRegistry(), new ReceiverNames());
        long now = System.currentTimeMillis();
        String lines = SbsLines.flight(0x4840D6, "KLM1023", now - 10_000, 10)
                + "MSG,3,1,1,3C6586,1,,,,,,12000,,,50.1,8.6,,,0,0,0,0\r\n" // no time: arrival time
                + "MSG,3,1,1,3C6586,1,2024/13/01,,,,,12000,,,50.1,8.6,,,0,0,0,0\r\n" // a bad date: arrival time
                + "MSG,3,bad line\r\n"
                + "MSG,9,1,1,3C6586,1,,,,,,12000,,,50.1,8.6,,,0,0,0,0"; // no type 9, and cut off by the end: at finish
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread feeder = new Thread(() -> {
                try (Socket s = server.accept(); OutputStream out = s.getOutputStream()) {
                    out.write(lines.getBytes(StandardCharsets.US_ASCII));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "sbs-feeder");
            feeder.start();
            LiveRunner runner = new LiveRunner(core, List.of(new InputSpec.TcpClient("127.0.0.1",
                    server.getLocalPort(), StreamFormat.SBS)), InputConfig.defaults(), 1_000, null,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            feeder.join(TimeUnit.SECONDS.toMillis(30));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (runner.inputStats().get(0).bytes() < lines.length() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            long arrivedAfterMs = System.currentTimeMillis();
            runner.close();
            assertThat(runner.engineFailure()).isNull();
            assertThat(runner.queueStats().shed()).isZero();
            // 10 identities, positions and velocities, then the two records of 3C6586
            assertThat(runner.delivered()).isEqualTo(32);
            TrackState klm = core.tracker().get(TargetKey.icao(0x4840D6, AddressType.ICAO));
            assertThat(klm).as("tracked from SBS").isNotNull();
            assertThat(klm.callsign()).isEqualTo("KLM1023");
            assertThat(klm.latDeg()).isEqualTo(SbsLines.latDeg(9));
            assertThat(klm.lonDeg()).isEqualTo(SbsLines.lonDeg(9));
            assertThat(klm.lastPositionNanos()).as("the record's own time")
                    .isEqualTo((now - 10_000 + 9_000) * 1_000_000L);
            // both malformed records are counted for the input, the cut-off one when its connection ended
            var stats = runner.inputStats().get(0);
            assertThat(stats.rejected()).isEqualTo(2);
            assertThat(core.counters()).contains(new EngineCore.Counter("input." + stats.id().name() + ".rejected", 2));
            TrackState other = core.tracker().get(TargetKey.icao(0x3C6586, AddressType.ICAO));
            assertThat(other).isNotNull();
            assertThat(other.lastPositionNanos() / 1_000_000L).as("arrival time")
                    .isBetween(now, arrivedAfterMs);
        }
    }
}

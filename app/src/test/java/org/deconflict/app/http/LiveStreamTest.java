package org.deconflict.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;

/**
 * The live stream's guarantees, deterministically: a client whose socket never drains is dropped once its queue is
 * full while the engine side keeps writing and the other client keeps receiving; each target appears at most once
 * per targets frame (coalesced), however often it was updated in between.
 */
class LiveStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void blockedClientIsDroppedAndOthersGetCoalescedUpdates() throws Exception {
        EngineCore core = EngineCore.withDefaults(new ReceiverRegistry(), new ReceiverNames());
        LivePicture picture = new LivePicture(core);
        LiveStream live = new LiveStream(picture, new TargetJson(DetectionConfig.defaults().dark()), 100, 3, 10);
        CountDownLatch release = new CountDownLatch(1);
        OutputStream blocked = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    release.await();                  // a socket whose peer never reads
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        };
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        OutputStream collecting = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (received) {
                    received.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (received) {
                    received.write(b, off, len);
                }
            }
        };
        Thread stuck = serve(live, blocked);
        Thread reader = serve(live, collecting);
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            while (live.clients() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            // the "engine": 3 targets updated as fast as possible for 2 s of wall time
            long updates = 0;
            long slowestNanos = 0;
            long end = System.nanoTime() + 2_000_000_000L;
            long t = 1_400_000_000_000_000_000L;
            while (System.nanoTime() < end) {
                for (int k = 0; k < 3; k++) {
                    long s0 = System.nanoTime();
                    picture.onTrack(snapshot(0x4ab3c0 + k, t));
                    slowestNanos = Math.max(slowestNanos, System.nanoTime() - s0);
                }
                t += 1_000_000L;
                updates += 3;
            }
            Thread.sleep(500);
            assertThat(live.clientsDropped()).as("the blocked client is dropped").isEqualTo(1);
            assertThat(live.framesBuilt()).as("frames kept coming at 10 Hz").isGreaterThan(10);
            List<JsonNode> frames = frames(received);
            int targetFrames = 0;
            for (JsonNode f : frames) {
                Set<String> ids = new HashSet<>();
                f.path("rows").forEach(x -> assertThat(ids.add(x.get(0).asText())).as("coalesced").isTrue());
                targetFrames++;
            }
            assertThat(targetFrames).isGreaterThan(10).isLessThan(40);
            System.out.printf("live stream: %,d updates in 2 s → %d frames to the reader; slowest update %.2f ms%n",
                    updates, targetFrames, slowestNanos / 1e6);
            assertThat(updates).isGreaterThan(10_000);
        } finally {
            release.countDown();
            live.close();
            stuck.join(5_000);
            reader.join(15_000);
        }
        assertThat(stuck.isAlive()).isFalse();
    }

    private static Thread serve(LiveStream live, OutputStream out) {
        Thread th = new Thread(() -> {
            try {
                live.serve(out, true);
            } catch (IOException e) {
                // stream gone
            }
        });
        th.setDaemon(true);
        th.start();
        return th;
    }

    private static List<JsonNode> frames(ByteArrayOutputStream received) throws IOException {
        String text;
        synchronized (received) {
            text = received.toString(StandardCharsets.UTF_8);
        }
        List<JsonNode> out = new ArrayList<>();
        for (String block : text.split("\n\n")) {
            for (String line : block.split("\n")) {
                if (line.startsWith("data: ")) {
                    out.add(JSON.readTree(line.substring(6)));
                }
            }
        }
        return out;
    }

    private static TrackSnapshot snapshot(int address, long timeNanos) {
        return new TrackSnapshot(TargetKey.icao(address, AddressType.ICAO), timeNanos, 55.0, 15.0, 24_000, 420, 90, 0,
                false, "SAS" + address % 10, "SE", false, 0xA3, TransponderMode.ADSB, 9, 8, 1);
    }
}

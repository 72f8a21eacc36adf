package org.deconflict.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.event.ModeSOnly;
import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;

/**
 * The live stream's guarantees, deterministically, on fake non-blocking channels: a client whose socket never drains
 * is dropped once its backlog is full and as many frames were skipped again, while the engine side keeps writing and
 * the other clients keep receiving; a client that falls behind for a while gets one snapshot instead of the skipped
 * frames; each target appears at most once per targets frame (coalesced), however often it was updated in between;
 * gzip clients get the same frames as one valid deflate stream.
 */
class LiveStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BACKLOG = 3;

    @Test
    void blockedClientIsDroppedLaggingClientIsResyncedAndOthersGetCoalescedUpdates() throws Exception {
        EngineCore core = EngineCore.withDefaults(new ReceiverRegistry(), new ReceiverNames());
        LivePicture picture = new LivePicture(core);
        LiveStream live = new LiveStream(picture, new TargetJson(DetectionConfig.defaults().dark()), 100, BACKLOG, 10);
        try {
            FakeChannel reader = new FakeChannel();
            FakeChannel gzipReader = new FakeChannel();
            FakeChannel blocked = new FakeChannel();
            LiveClient readerClient = start(live, reader, false, true);
            start(live, gzipReader, true, true);
            start(live, blocked, false, false);
            blocked.open = false;                              // a socket whose peer never reads

            // the "engine": 3 targets updated as fast as possible for 2 s of wall time
            long updates = 0;
            long end = System.nanoTime() + 2_000_000_000L;
            long t = 1_400_000_000_000_000_000L;
            while (System.nanoTime() < end) {
                for (int k = 0; k < 3; k++) {
                    picture.onTrack(snapshot(0x4ab3c0 + k, t));
                }
                t += 1_000_000L;
                updates += 3;
                if (updates % 30_000 == 0) {
                    Thread.yield();
                }
            }
            assertThat(blocked.closed).as("the blocked client is dropped").isTrue();
            assertThat(live.clientsDropped()).isEqualTo(1);
            assertThat(live.framesSkipped()).as("frames skipped for the blocked client before the drop")
                    .isEqualTo(BACKLOG);
            assertThat(readerClient.closed()).isFalse();
            assertThat(live.framesBuilt()).as("frames kept coming at 10 Hz").isGreaterThan(10);

            for (FakeChannel c : List.of(reader, gzipReader)) {
                List<JsonNode> docs = c.documents();
                assertThat(c.frames().get(0)).as("a snapshot first").isEqualTo("snapshot");
                assertThat(docs.get(0).path("rows")).hasSize(3);
                int targetFrames = 0;
                for (JsonNode f : docs) {
                    Set<String> ids = new HashSet<>();
                    f.path("rows").forEach(x -> assertThat(ids.add(x.get(0).asText())).as("coalesced").isTrue());
                    targetFrames++;
                }
                assertThat(targetFrames).isGreaterThan(10).isLessThan(40);
            }
            assertThat(gzipReader.bytes.size()).as("compressed").isLessThan(reader.bytes.size() / 2);
            assertThat(updates).isGreaterThan(10_000);
        } finally {
            live.close();
        }
    }

    @Test
    void aClientBehindSkipsFramesThenGetsOneSnapshotOrIsDropped() throws Exception {
        SseFrame update = SseFrame.event("targets", "{}".getBytes(StandardCharsets.US_ASCII));
        SseFrame all = SseFrame.event("snapshot", "{}".getBytes(StandardCharsets.US_ASCII));
        FakeChannel lagging = new FakeChannel();
        LiveClient c = new LiveClient(lagging, false, BACKLOG, null, false);
        c.onWritable();
        lagging.open = false;                                   // its socket stops draining
        for (int i = 0; i < BACKLOG; i++) {
            assertThat(c.offer(update, false)).isEqualTo(LiveClient.Offer.QUEUED);
        }
        assertThat(c.owedSnapshot()).isFalse();
        for (int i = 0; i < BACKLOG; i++) {
            assertThat(c.offer(update, false)).isEqualTo(LiveClient.Offer.SKIPPED);
        }
        assertThat(c.owedSnapshot()).as("no room for it yet").isFalse();
        lagging.open = true;
        c.onWritable();                                         // the socket drained
        assertThat(lagging.frames()).hasSize(BACKLOG);
        assertThat(c.owedSnapshot()).as("the skipped updates are owed as one snapshot").isTrue();
        assertThat(c.offer(all, true)).isEqualTo(LiveClient.Offer.QUEUED);
        assertThat(c.owedSnapshot()).isFalse();
        assertThat(c.offer(update, false)).isEqualTo(LiveClient.Offer.QUEUED);
        assertThat(lagging.frames()).endsWith("snapshot", "targets");

        FakeChannel blocked = new FakeChannel();
        LiveClient b = new LiveClient(blocked, false, BACKLOG, null, false);
        b.onWritable();
        blocked.open = false;
        for (int i = 0; i < 2 * BACKLOG; i++) {
            assertThat(b.offer(update, false)).isIn(LiveClient.Offer.QUEUED, LiveClient.Offer.SKIPPED);
        }
        assertThat(blocked.closed).isFalse();
        assertThat(b.offer(update, false)).isEqualTo(LiveClient.Offer.DROPPED);
        assertThat(blocked.closed).isTrue();
        assertThat(b.offer(update, false)).isEqualTo(LiveClient.Offer.CLOSED);
    }

    /**
     * Targets frames due once a minute, events every tick: a client connecting between targets frames still gets its
     * snapshot first, at its first tick, and the events after it (the page builds its picture from the snapshot).
     */
    @Test
    void aNewClientGetsItsSnapshotBeforeAnyEventsBetweenTargetsFrames() throws Exception {
        EngineCore core = EngineCore.withDefaults(new ReceiverRegistry(), new ReceiverNames());
        LivePicture picture = new LivePicture(core);
        LiveStream live = new LiveStream(picture, new TargetJson(DetectionConfig.defaults().dark()), 60_000, BACKLOG, 10);
        try {
            long t = 1_400_000_000_000_000_000L;
            picture.onTrack(snapshot(0x4ab3c0, t));
            Thread.sleep(600);                                 // past the first tick and its targets frame
            FakeChannel late = new FakeChannel();
            start(live, late, false, true);
            TargetKey key = TargetKey.icao(0x4ab3c0, AddressType.ICAO);
            picture.onEvent(new ModeSOnly(t, key, t, Double.NaN, null, "SE", false, 1));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (late.frames().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(late.frames()).as("snapshot first, then the events, no targets frame for a minute")
                    .containsExactly("snapshot", "events");
        } finally {
            live.close();
        }
    }

    @Test
    void acceptEncodingIsReadWithWeights() {
        assertThat(LiveEndpoint.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(LiveEndpoint.acceptsGzip("br;q=1.0, gzip;q=0.5")).isTrue();
        assertThat(LiveEndpoint.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(LiveEndpoint.acceptsGzip("*")).isTrue();
        assertThat(LiveEndpoint.acceptsGzip("*, gzip;q=0.000")).isFalse();
        assertThat(LiveEndpoint.acceptsGzip("identity")).isFalse();
        assertThat(LiveEndpoint.acceptsGzip(null)).isFalse();
    }

    private static LiveClient start(LiveStream live, FakeChannel ch, boolean gzip, boolean snapshot) {
        LiveClient c = live.connect(ch, gzip, snapshot);
        ch.gzip = gzip;
        c.onWritable();                                         // the container's first call
        return c;
    }

    /** A non-blocking output that takes everything while open and reports not-ready while shut. */
    private static final class FakeChannel implements LiveClient.Channel {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        volatile boolean open = true;
        volatile boolean closed;
        boolean gzip;

        @Override
        public boolean ready() {
            return open;
        }

        @Override
        public synchronized void write(byte[] b) {
            bytes.write(b, 0, b.length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            closed = true;
        }

        synchronized String text() throws DataFormatException {
            byte[] all = bytes.toByteArray();
            if (!gzip) {
                return new String(all, StandardCharsets.UTF_8);
            }
            assertThat(Arrays.copyOf(all, SseFrame.GZIP_HEADER.length)).isEqualTo(SseFrame.GZIP_HEADER);
            Inflater inf = new Inflater(true);
            inf.setInput(all, SseFrame.GZIP_HEADER.length, all.length - SseFrame.GZIP_HEADER.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = inf.inflate(buf)) > 0) {
                out.write(buf, 0, n);
            }
            assertThat(inf.getRemaining()).as("every compressed byte decodes").isZero();
            inf.end();
            return out.toString(StandardCharsets.UTF_8);
        }

        /** Event names in order (comments left out). */
        List<String> frames() throws DataFormatException {
            List<String> out = new ArrayList<>();
            for (String block : text().split("\n\n")) {
                if (block.startsWith("event: ")) {
                    out.add(block.substring(7, block.indexOf('\n')));
                }
            }
            return out;
        }

        List<JsonNode> documents() throws DataFormatException, IOException {
            List<JsonNode> out = new ArrayList<>();
            for (String block : text().split("\n\n")) {
                for (String line : block.split("\n")) {
                    if (line.startsWith("data: ")) {
                        out.add(JSON.readTree(line.substring(6)));
                    }
                }
            }
            return out;
        }
    }

    private static TrackSnapshot snapshot(int address, long timeNanos) {
        return new TrackSnapshot(TargetKey.icao(address, AddressType.ICAO), timeNanos, 55.0, 15.0, 24_000, 420, 90, 0,
                false, "SAS" + address % 10, "SE", false, 0xA3, TransponderMode.ADSB, 9, 8, 1);
    }
}

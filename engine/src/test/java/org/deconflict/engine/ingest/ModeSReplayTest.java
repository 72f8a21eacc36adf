package org.deconflict.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.RecordingListener;
import org.deconflict.engine.track.ReceiverSite;
import org.deconflict.engine.track.RejectReason;
import org.deconflict.engine.track.TrackState;
import org.deconflict.engine.track.Tracker;
import org.deconflict.engine.track.TrackerConfig;
import org.deconflict.engine.track.TransponderMode;
import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.cpr.PositionResolver;
import org.deconflict.modes.framing.BeastParser;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/** Real Mode S traffic through the adapter and the tracker (data: /work/shared/data/modes, see SOURCES.md). */
class ModeSReplayTest {

    private static final long S = 1_000_000_000L;

    private final RecordingListener listener = new RecordingListener();

    /** pyModeS sample_data_adsb.csv: 2 000 DF17 messages of 406B90 (easyJet EZY85MH) over 730 s, TU Delft receiver. */
    @Test
    void pyModeSAdsbSampleBuildsOneCleanTrack() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require("modes/pyModeS/sample_data_adsb.csv"), StandardCharsets.UTF_8);
        Tracker tracker = new Tracker(TrackerConfig.defaults(), new ReceiverRegistry(), listener);
        ModeSAdapter adapter = new ModeSAdapter(tracker::accept);
        for (String line : lines) {
            String[] f = line.split(",");
            long t = Long.parseLong(f[0].strip()) * S;
            adapter.frame(HexFormat.of().parseHex(f[1].replace("\"", "")), -1, t, ReceiverList.of(1));
        }
        assertThat(adapter.frames()).isEqualTo(2000);
        assertThat(adapter.rejectedFrames()).isZero();
        assertThat(tracker.size()).isEqualTo(1);
        TrackState s = tracker.get(TargetKey.icao(0x406b90, AddressType.ICAO));
        assertThat(s.callsign()).isEqualTo("EZY85MH");            // SOURCES.md reference vector
        assertThat(s.nation()).isEqualTo("GB");
        assertThat(s.military()).isFalse();
        PositionResolver r = adapter.resolver();
        long resolved = r.count(PositionResolver.Outcome.GLOBAL) + r.count(PositionResolver.Outcome.LOCAL);
        assertThat(r.count(PositionResolver.Outcome.GLOBAL)).isPositive();
        assertThat(tracker.counters().positionsAccepted()).isGreaterThanOrEqualTo(resolved * 99 / 100);
        // An airliner near Delft: every fix within 450 km of the receiver area (52.0 N, 4.4 E)
        assertThat(Geo.distanceM(52.0, 4.4, s.latDeg(), s.lonDeg())).isLessThan(450_000);
        // No implausible jump survives: over gaps of 5 s or more the accepted history of a civil jet stays below 700 kt
        assertThat(TrackChecks.maxImpliedSpeedKt(tracker, 5 * S)).isGreaterThan(100).isLessThan(700);
        // Rejections are rare on clean single-aircraft data
        assertThat(tracker.counters().rejectedTotal()).isLessThan(tracker.counters().positionsAccepted() / 100 + 1);
        assertThat(listener.updates).hasSize((int) tracker.counters().accepted());
        assertThat(listener.last().transponder()).isEqualTo(TransponderMode.ADSB);
        assertThat(listener.last().callsignOrName()).isEqualTo("EZY85MH");
    }

    /** traffic's Beast capture near Toulouse-Blagnac (LFBO), 239 frames over 23.9 s, 2020-02-12 10:07Z. */
    @Test
    void beastSampleNearToulouse() throws IOException {
        byte[] bin = Files.readAllBytes(SharedData.require("modes/traffic/sample_dump1090.bin"));
        long time0 = Instant.parse("2020-02-12T10:07:00Z").getEpochSecond() * S;
        ReceiverRegistry registry = new ReceiverRegistry()
                .register(new ReceiverSite(7, 43.63, 1.37, 20, ReceiverSite.Kind.ADSB_1090));
        Tracker tracker = new Tracker(TrackerConfig.defaults(), registry, listener);
        PositionResolver resolver = new PositionResolver(ModeSAdapter.resolverDefaults().withReceiver(43.63, 1.37, 180 * 1852.0));
        Set<TargetKey> targets = new HashSet<>();
        ModeSAdapter adapter = new ModeSAdapter(new ModeSDecoder(ModeSDecoder.Options.stream()), resolver, o -> {
            targets.add(o.target());
            tracker.accept(o);
        });
        long[] firstTick = {-1};
        BeastParser parser = new BeastParser((buf, off, len, ts, signal) -> {
            if (firstTick[0] < 0) {
                firstTick[0] = ts;
            }
            long t = time0 + (ts - firstTick[0]) * 1_000L / 12;     // 12 MHz ticks to ns
            byte[] frame = Arrays.copyOfRange(buf, off, off + len);
            adapter.frame(frame, ts, t, ReceiverList.of(7));
        });
        parser.feed(bin, 0, bin.length);
        assertThat(adapter.frames()).isEqualTo(239);
        assertThat(adapter.frames() - adapter.rejectedFrames()).isBetween(200L, 239L);
        // SOURCES.md counts 4 addresses in DF11/17; one is a lone DF11 with an II code from an unconfirmed address,
        // which the stream decoder refuses as dump1090-fa does, leaving 3 aircraft — each of them gets a track.
        assertThat(targets).hasSize(3);
        assertThat(tracker.size()).isEqualTo(targets.size());
        long located = tracker.tracks().stream().filter(TrackState::hasPosition).count();
        long modeSOnly = listener.updates.stream().filter(u -> u.transponder() == TransponderMode.MODE_S_ONLY)
                .map(u -> u.key()).distinct().count();
        assertThat(located).isPositive();
        assertThat(modeSOnly).isPositive();
        for (TrackState s : tracker.tracks()) {
            if (s.hasPosition()) {
                assertThat(Geo.distanceM(43.63, 1.37, s.latDeg(), s.lonDeg())).as(s.key().toString()).isLessThan(300_000);
            }
            assertThat(s.nation()).as(s.key().toString()).isNotNull();
        }
        assertThat(tracker.counters().rejected(RejectReason.BEYOND_HORIZON)).isZero();
        assertThat(TrackChecks.maxImpliedSpeedKt(tracker, 5 * S)).isLessThan(700);
    }

    /** The same frames from two receivers 80 ms apart become one observation listing both, and the same tracks. */
    @Test
    void duplicateFramesFromTwoReceiversMerge() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require("modes/pyModeS/sample_data_adsb.csv"), StandardCharsets.UTF_8);
        List<Observation> seen = new ArrayList<>();
        ModeSAdapter adapter = new ModeSAdapter(seen::add);
        ModeSFrameDeduplicator dedup = new ModeSFrameDeduplicator(
                (frame, ts, t, receivers) -> adapter.frame(frame, ts, t, receivers));
        long lastT = 0;
        int n = 0;
        for (String line : lines) {
            String[] f = line.split(",");
            // pyModeS times are whole seconds: spread frames over the second so each has its own arrival time
            long t = Long.parseLong(f[0].strip()) * S + (n++ % 10) * 90_000_000L;
            t = Math.max(t, lastT);
            lastT = t;
            byte[] frame = HexFormat.of().parseHex(f[1].replace("\"", ""));
            dedup.offer(frame, 0, frame.length, -1, t, 1);
            dedup.offer(frame, 0, frame.length, -1, t + 80_000_000L, 2);
        }
        dedup.flush();
        assertThat(adapter.frames()).isEqualTo(2000);
        assertThat(dedup.duplicates()).isEqualTo(adapter.frames());
        assertThat(seen).isNotEmpty().allSatisfy(o -> assertThat(o.receivers()).isEqualTo(ReceiverList.of(1, 2)));
    }
}

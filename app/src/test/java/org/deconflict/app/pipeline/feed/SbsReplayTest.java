package org.deconflict.app.pipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.deconflict.app.input.StreamFormat;
import org.deconflict.app.pipeline.EngineCore;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.TrackState;
import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.adsb.AirbornePosition;
import org.deconflict.modes.commb.AircraftIdentification;
import org.deconflict.modes.cpr.PositionResolver;
import org.deconflict.modes.framing.BeastParser;
import org.deconflict.modes.framing.SbsWriter;
import org.deconflict.modes.message.CommBReply;
import org.deconflict.modes.message.ExtendedSquitter;
import org.deconflict.modes.message.ModeSMessage;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay of an SBS recording: the real Beast capture near Toulouse (xoolive/traffic sample_dump1090.bin, 239 frames,
 * 4 ICAOs in DF11/17) is decoded by our own decoder and written as BaseStation lines by our {@link SbsWriter}, as a
 * feeder's port 30003 would; replaying that file (format told from the content) gives the same targets, positions
 * and callsigns (one of them from a Comm-B identification) as replaying the Beast frames themselves.
 */
class SbsReplayTest {

    /** traffic's own test of this file uses time_0 = 2020-02-12 10:07Z (SOURCES.md). */
    private static final long TIME0 = Instant.parse("2020-02-12T10:07:00Z").getEpochSecond() * 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void anSbsRecordingTracksLikeTheFramesItWasWrittenFrom() throws Exception {
        byte[] beast = Files.readAllBytes(SharedData.require("modes/traffic/sample_dump1090.bin"));
        Path sbs = dir.resolve("sample.sbs");
        int lines = writeSbs(beast, sbs);
        assertThat(lines).as("SBS lines written").isPositive();

        EngineCore fromFrames = core();
        try (FileFeed f = new FileFeed("sample.bin", beast, StreamFormat.BEAST, 1, TickClock.anchorFirst(TIME0),
                TIME0)) {
            replay(f, fromFrames);
        }
        EngineCore fromSbs = core();
        try (FileFeed f = new FileFeed(sbs, null, 1, TickClock.anchorFirst(TIME0), TIME0)) {
            assertThat(f.format()).isEqualTo(StreamFormat.SBS);
            replay(f, fromSbs);
            assertThat(f.decoder().rejected()).isZero();
            assertThat(f.decoder().items()).isPositive();
        }

        Map<Integer, TrackState> expected = positioned(fromFrames);
        Map<Integer, TrackState> actual = positioned(fromSbs);
        assertThat(identities(fromSbs)).as("every target and its callsign").isEqualTo(identities(fromFrames))
                .hasSizeGreaterThan(expected.size());
        assertThat(expected).as("the capture has positioned aircraft").isNotEmpty();
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (var e : expected.entrySet()) {
            TrackState want = e.getValue();
            TrackState got = actual.get(e.getKey());
            // SBS writes 5 decimals of a degree (about 1 m)
            assertThat(got.latDeg()).as("lat of %06X", e.getKey()).isCloseTo(want.latDeg(), within(1e-5));
            assertThat(got.lonDeg()).as("lon of %06X", e.getKey()).isCloseTo(want.lonDeg(), within(1e-5));
            assertThat(got.lastPositionNanos()).isEqualTo(want.lastPositionNanos() / 1_000_000 * 1_000_000);
            assertThat(got.baroAltitudeFt()).isEqualTo(want.baroAltitudeFt());
            assertThat(got.callsign()).as("callsign of %06X", e.getKey()).isEqualTo(want.callsign());
        }
        assertThat(expected.values()).as("some aircraft identified themselves")
                .anySatisfy(t -> assertThat(t.callsign()).isNotBlank());
        assertThat(fromSbs.counters()).contains(new EngineCore.Counter("modes.frames", 0));
        assertThat(fromSbs.counters()).filteredOn(c -> c.name().equals("decoded.observations"))
                .singleElement().satisfies(c -> assertThat(c.value()).isPositive());
        assertThat(fromSbs.nowNanos()).as("event time from the records")
                .isEqualTo(fromFrames.nowNanos() / 1_000_000 * 1_000_000);
    }

    @Test
    void withoutStartTheBeastCountersArePlacedAtTheFirstSbsTime() throws Exception {
        long startMs = Instant.parse("2024-06-01T12:00:00Z").toEpochMilli();
        Path sbs = dir.resolve("later.txt");
        Files.writeString(sbs, "MSG,3,1,1,4840D6,1,,,,,,38000,,,52.0,4.0,,,0,0,0,0\r\n" // no time: not a start
                + SbsLines.flight(0x4840D6, "KLM1023", startMs, 2), StandardCharsets.US_ASCII);
        Path beast = SharedData.require("modes/traffic/sample_dump1090.bin");
        assertThat(ReplayStart.firstTimeNanos(List.of(new ReplayStart.Recording(beast, null),
                new ReplayStart.Recording(sbs, null)))).isEqualTo(startMs * 1_000_000L);
        assertThat(ReplayStart.firstTimeNanos(List.of(new ReplayStart.Recording(beast, StreamFormat.BEAST))))
                .as("no SBS or AIS time").isEqualTo(-1);
    }

    /** Decodes the Beast capture and writes one SBS line per message that has one; returns the line count. */
    private static int writeSbs(byte[] beast, Path out) throws Exception {
        ModeSDecoder decoder = new ModeSDecoder(ModeSDecoder.Options.stream());
        PositionResolver cpr = new PositionResolver();
        TickClock clock = TickClock.anchorFirst(TIME0);
        StringBuilder text = new StringBuilder();
        int[] count = {0};
        double[] pos = new double[2];
        BeastParser parser = new BeastParser((buf, off, len, ts, signal) -> {
            long t = clock.timeNanos(ts);
            ModeSDecoder.Result r = decoder.decode(buf, off, len, ts, t);
            if (!r.accepted()) {
                return;
            }
            ModeSMessage m = r.message();
            double lat = Double.NaN;
            double lon = Double.NaN;
            if (m instanceof ExtendedSquitter es && es.adsb() instanceof AirbornePosition p) {
                PositionResolver.Outcome o = cpr.resolve(m.icao(), false, p.odd(), p.latCpr(), p.lonCpr(), t, pos);
                if (o == PositionResolver.Outcome.GLOBAL || o == PositionResolver.Outcome.LOCAL) {
                    lat = pos[0];
                    lon = pos[1];
                }
            }
            String line = SbsWriter.line(m, lat, lon, t);
            if (line != null && m instanceof CommBReply cb && cb.register() instanceof AircraftIdentification id) {
                // as dump1090-fa and readsb do: the Comm-B identification's callsign in the record's callsign field
                String[] f = line.split(",", -1);
                f[10] = id.callsign();
                line = String.join(",", f);
            }
            if (line != null) {
                text.append(line).append("\r\n");
                count[0]++;
            }
        });
        parser.feed(beast, 0, beast.length);
        Files.writeString(out, text, StandardCharsets.US_ASCII);
        return count[0];
    }

    private static EngineCore core() {
        return EngineCore.withDefaults(new ReceiverRegistry(), new ReceiverNames());
    }

    private static void replay(FileFeed f, EngineCore core) {
        while (f.advance()) {
            f.deliverTo(core);
        }
    }

    /** ICAO address to callsign ("" when none) of every track. */
    private static Map<String, String> identities(EngineCore core) {
        Map<String, String> out = new TreeMap<>();
        for (TrackState t : core.tracker().tracks()) {
            out.put(String.format("%06X", t.key().icaoAddress()), t.callsign() == null ? "" : t.callsign());
        }
        return out;
    }

    private static Map<Integer, TrackState> positioned(EngineCore core) {
        Map<Integer, TrackState> out = new TreeMap<>();
        for (TrackState t : core.tracker().tracks()) {
            if (t.hasPosition()) {
                out.put(t.key().icaoAddress(), t);
            }
        }
        return out;
    }
}

package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.EncounterOpened;
import org.deconflict.engine.event.SpoofingSuspicion;
import org.deconflict.engine.ingest.ModeSAdapter;
import org.deconflict.engine.ingest.ReceiverList;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.ReceiverSite;
import org.deconflict.engine.track.Tracker;
import org.deconflict.engine.track.TrackerConfig;
import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.cpr.PositionResolver;
import org.deconflict.modes.framing.BeastParser;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Recorded airliner traffic through the Mode S adapter, the tracker and the detectors (data: /work/shared/data/modes,
 * see SOURCES.md): normal flights raise no encounter and no spoofing suspicion.
 */
class RealTrafficTest {

    private static final long S = 1_000_000_000L;

    /** pyModeS sample_data_adsb.csv: 2 000 DF17 messages of one easyJet A320 (406B90) over 730 s near Delft. */
    @Test
    void pyModeSAirlinerIsQuiet() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require("modes/pyModeS/sample_data_adsb.csv"),
                StandardCharsets.UTF_8);
        List<EngineEvent> events = new ArrayList<>();
        Detectors detectors = new Detectors(DetectionConfig.defaults(), events::add);
        Tracker tracker = new Tracker(TrackerConfig.defaults(), new ReceiverRegistry(), detectors);
        ModeSAdapter adapter = new ModeSAdapter(tracker::accept);
        long last = 0;
        for (String line : lines) {
            String[] f = line.split(",");
            last = Long.parseLong(f[0].strip()) * S;
            adapter.frame(HexFormat.of().parseHex(f[1].replace("\"", "")), -1, last, ReceiverList.of(1));
        }
        detectors.advanceTo(last + 60 * S);
        assertThat(detectors.state().targetCount()).isEqualTo(1);
        assertThat(tracker.counters().positionsAccepted()).isGreaterThan(500);
        assertThat(events).noneMatch(e -> e instanceof EncounterOpened);
        assertThat(events).noneMatch(e -> e instanceof SpoofingSuspicion);
    }

    /** traffic's Beast capture near Toulouse-Blagnac (LFBO), 239 frames over 23.9 s, three aircraft. */
    @Test
    void toulouseCaptureIsQuiet() throws IOException {
        byte[] bin = Files.readAllBytes(SharedData.require("modes/traffic/sample_dump1090.bin"));
        long time0 = Instant.parse("2020-02-12T10:07:00Z").getEpochSecond() * S;
        ReceiverRegistry registry = new ReceiverRegistry()
                .register(new ReceiverSite(7, 43.63, 1.37, 20, ReceiverSite.Kind.ADSB_1090));
        List<EngineEvent> events = new ArrayList<>();
        Detectors detectors = new Detectors(DetectionConfig.defaults(), CoverageOracle.EVERYWHERE,
                id -> id == 7 ? new ReceiverSites.Site(43.63, 1.37, 20) : null, events::add);
        Tracker tracker = new Tracker(TrackerConfig.defaults(), registry, detectors);
        PositionResolver resolver = new PositionResolver(
                ModeSAdapter.resolverDefaults().withReceiver(43.63, 1.37, 180 * 1852.0));
        ModeSAdapter adapter = new ModeSAdapter(new ModeSDecoder(ModeSDecoder.Options.stream()), resolver,
                tracker::accept);
        long[] firstTick = {-1};
        long[] last = {0};
        BeastParser parser = new BeastParser((buf, off, len, ts, signal) -> {
            if (firstTick[0] < 0) {
                firstTick[0] = ts;
            }
            last[0] = time0 + (ts - firstTick[0]) * 1_000L / 12;     // 12 MHz ticks to ns
            adapter.frame(Arrays.copyOfRange(buf, off, off + len), ts, last[0], ReceiverList.of(7));
        });
        parser.feed(bin, 0, bin.length);
        detectors.advanceTo(last[0] + 60 * S);
        assertThat(detectors.state().targetCount()).isEqualTo(3);
        assertThat(events).noneMatch(e -> e instanceof EncounterOpened);
        assertThat(events).noneMatch(e -> e instanceof SpoofingSuspicion);
    }
}

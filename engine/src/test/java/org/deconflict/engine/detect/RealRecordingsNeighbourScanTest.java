package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.deconflict.engine.event.EncounterOpened;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.ingest.AisAdapter;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.Tracker;
import org.deconflict.engine.track.TrackerConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real harbour and coastal AIS recordings (/work/shared/data/ais, see SOURCES.md) through the adapter and one tracker
 * whose updates feed two detectors, one searching pairs with neighbour lists and one with the full grid scan: both
 * report exactly the same events in the same order, including the encounters between ships in port.
 */
class RealRecordingsNeighbourScanTest {

    private static final long S = 1_000_000_000L;

    @ParameterizedTest
    @CsvSource({"gpsd/ais-nmea-type6-fid55.log, 1", "dma-aislib/decode_encode_messages.txt, 5",
            "dma-aislib/ais250.txt, 1", "pyais/nmea_data_sample.txt, 1"})
    void neighbourListsReportTheFullScansEvents(String file, int minOpened) throws IOException {
        List<EngineEvent> listed = new ArrayList<>();
        List<EngineEvent> full = new ArrayList<>();
        DetectionConfig config = DetectionConfig.defaults();
        Detectors a = new Detectors(new DetectorState(config, true), CoverageOracle.EVERYWHERE, ReceiverSites.NONE,
                listed::add, null, 0);
        Detectors b = new Detectors(new DetectorState(config, false), CoverageOracle.EVERYWHERE, ReceiverSites.NONE,
                full::add, null, 0);
        Tracker tracker = new Tracker(TrackerConfig.defaults(), new ReceiverRegistry(), new TrackListener() {
            @Override
            public void onUpdate(TrackSnapshot s) {
                a.onUpdate(s);
                b.onUpdate(s);
            }

            @Override
            public void onSilent(TargetKey k, long lastSeenNanos, long nowNanos) {
                a.onSilent(k, lastSeenNanos, nowNanos);
                b.onSilent(k, lastSeenNanos, nowNanos);
            }

            @Override
            public void onExpired(TargetKey k, long nowNanos) {
                a.onExpired(k, nowNanos);
                b.onExpired(k, nowNanos);
            }
        });
        long last = AisRecording.replay(file, new AisAdapter(new ReceiverNames(), tracker::accept));
        tracker.advanceTo(last + 3_600 * S);
        a.finish(last + 3_600 * S);
        b.finish(last + 3_600 * S);

        assertThat(full.stream().filter(e -> e instanceof EncounterOpened)).hasSizeGreaterThanOrEqualTo(minOpened);
        assertThat(listed).hasSameSizeAs(full);
        for (int i = 0; i < full.size(); i++) {
            assertThat(listed.get(i).toString()).as("event %d of %d", i, full.size()).isEqualTo(full.get(i).toString());
        }
    }
}

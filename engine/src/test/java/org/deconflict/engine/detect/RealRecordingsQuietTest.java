package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.ingest.AisAdapter;
import org.deconflict.engine.ingest.ReceiverNames;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.Tracker;
import org.deconflict.engine.track.TrackerConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The larger real recordings in /work/shared/data (see the SOURCES.md files) through adapters, tracker and
 * detectors (the Mode S recordings are in {@link RealTrafficTest}): normal traffic files no incident, and the only
 * warning-level events are the ones named per file, each with the reason it is expected.
 */
class RealRecordingsQuietTest {

    private static final long S = 1_000_000_000L;

    /** Engine under test: default thresholds, coverage everywhere (no receiver sites are known for these files). */
    private static final class Engine {
        final List<EngineEvent> events = new ArrayList<>();
        final Detectors detectors = new Detectors(DetectionConfig.defaults(), events::add);
        final Tracker tracker = new Tracker(TrackerConfig.defaults(), new ReceiverRegistry(), detectors);
        long lastNanos;

        /** Ends the input: every track expires (compliance filed) and open encounters close. */
        Map<String, Integer> finish() {
            tracker.advanceTo(lastNanos + 3_600 * S);
            detectors.finish(lastNanos + 3_600 * S);
            Map<String, Integer> kinds = new TreeMap<>();
            events.forEach(e -> kinds.merge(e.kind().name(), 1, Integer::sum));
            return kinds;
        }
    }

    /**
     * AIS receiver logs and the DMA vessel tracks. Logs without times get 1 s per sentence (as a receiver would hear
     * them); tagged files keep their own times. {@code warnings} names the event kinds allowed besides incidents:
     * <ul>
     * <li>ENCOUNTER_* in the multi-vessel receiver logs (Rotterdam, Amsterdam, Piraeus, Singapore, San Diego, Danish
     * ports): ARPA CPA alarms between vessels under way in fairways and harbours, the warning ARPA itself gives
     * there;</li>
     * <li>DARK_GAP in libais/test.aivdm: a catalogue of every message type whose tag-block times jump by hours, so a
     * station reappears after a "silence" that is only a gap in the collection.</li>
     * </ul>
     * Incidents: none. Ships passing within close quarters in these harbours are heard once or twice each, so each
     * encounter rests on a single report per ship and stays a warning ({@link IncidentCorroborationTest}).
     */
    @ParameterizedTest
    @CsvSource({"gpsd/ais-nmea-type6-fid55.log, 900, ENCOUNTER", "gpsd/sample.aivdm, 15, NONE",
            "pyais/nmea_data_sample.txt, 150, ENCOUNTER", "libais/test.aivdm, 30, ENCOUNTER DARK_GAP",
            "dma-aislib/decode_encode_messages.txt, 40, ENCOUNTER", "dma-aislib/ais250.txt, 150, ENCOUNTER",
            "dma-aisabnormal/212123000_drift_1.ais, 1, NONE", "dma-aisabnormal/538004030_drift_1.ais, 1, NONE",
            "dma-aisabnormal/219165000_ssc_1.ais, 1, NONE"})
    void aisRecordingsFileNoFalseIncident(String file, int minTargets, String warnings)
            throws IOException {
        Engine e = new Engine();
        e.lastNanos = AisRecording.replay(file, new AisAdapter(new ReceiverNames(), e.tracker::accept));
        int targets = e.detectors.state().targetCount();
        Map<String, Integer> kinds = e.finish();
        assertThat(targets).isGreaterThanOrEqualTo(minTargets);
        assertThat(e.events).noneMatch(ev -> ev instanceof Incident);
        List<String> allowed = List.of(warnings.split(" "));
        assertThat(kinds.keySet()).allSatisfy(k -> assertThat(allowed.stream().anyMatch(k::startsWith)).as(k).isTrue());
    }
}

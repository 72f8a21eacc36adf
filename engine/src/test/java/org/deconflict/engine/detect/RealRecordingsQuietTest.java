package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.deconflict.engine.event.EncounterType;
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
 * detectors (the Mode S recordings are in {@link RealTrafficTest}): normal traffic files no incident except the
 * harbour close-quarters named below, and the only warning-level events are the ones named per file, each with the
 * reason it is expected.
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
     * Incidents: none, except close quarters between two vessels both under way in port waters (at most
     * {@code maxHarbourIncidents}): within 0.25 NM is routine when ships pass in a harbour or a narrow fairway, and the
     * engine has no port areas to tell those waters from the open sea. Moored and anchored ships never count.
     */
    @ParameterizedTest
    @CsvSource({"gpsd/ais-nmea-type6-fid55.log, 900, ENCOUNTER, 4", "gpsd/sample.aivdm, 15, NONE, 0",
            "pyais/nmea_data_sample.txt, 150, ENCOUNTER, 1", "libais/test.aivdm, 30, ENCOUNTER DARK_GAP, 0",
            "dma-aislib/decode_encode_messages.txt, 40, ENCOUNTER, 17", "dma-aislib/ais250.txt, 150, ENCOUNTER, 2",
            "dma-aisabnormal/212123000_drift_1.ais, 1, NONE, 0", "dma-aisabnormal/538004030_drift_1.ais, 1, NONE, 0",
            "dma-aisabnormal/219165000_ssc_1.ais, 1, NONE, 0"})
    void aisRecordingsFileNoFalseIncident(String file, int minTargets, String warnings, int maxHarbourIncidents)
            throws IOException {
        Engine e = new Engine();
        e.lastNanos = AisRecording.replay(file, new AisAdapter(new ReceiverNames(), e.tracker::accept));
        int targets = e.detectors.state().targetCount();
        Map<String, Integer> kinds = e.finish();
        assertThat(targets).isGreaterThanOrEqualTo(minTargets);
        List<Incident> incidents = e.events.stream().filter(ev -> ev instanceof Incident).map(ev -> (Incident) ev)
                .toList();
        assertThat(incidents).hasSizeLessThanOrEqualTo(maxHarbourIncidents).allSatisfy(i -> {
            assertThat(i.type()).isEqualTo(EncounterType.SHIP_CLOSE_QUARTERS);
            assertThat(i.closest().a().groundSpeedKt()).isBetween(1.0, 15.0);
            assertThat(i.closest().b().groundSpeedKt()).isBetween(1.0, 15.0);
        });
        List<String> allowed = List.of(warnings.split(" "));
        assertThat(kinds.keySet()).allSatisfy(k -> assertThat(k.equals("INCIDENT")
                || allowed.stream().anyMatch(k::startsWith)).as(k).isTrue());
    }
}

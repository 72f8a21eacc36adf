package org.deconflict.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.deconflict.ais.AisReader;
import org.deconflict.ais.DuplicateSuppressor;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.RecordingListener;
import org.deconflict.engine.track.RejectReason;
import org.deconflict.engine.track.TrackState;
import org.deconflict.engine.track.Tracker;
import org.deconflict.engine.track.TrackerConfig;
import org.deconflict.engine.track.TransponderMode;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Real AIS recordings through the ais module, the adapter and the tracker (data: /work/shared/data/ais, SOURCES.md). */
class AisReplayTest {

    private static final long S = 1_000_000_000L;

    private final RecordingListener listener = new RecordingListener();
    private final Tracker tracker = new Tracker(TrackerConfig.defaults(), new ReceiverRegistry(), listener);
    private final ReceiverNames names = new ReceiverNames();
    private final List<Observation> observations = new ArrayList<>();
    private final AisAdapter adapter = new AisAdapter(names, o -> {
        observations.add(o);
        tracker.accept(o);
    });

    /**
     * DMA AisAbnormal fixtures: one vessel each, every transmission relayed 2-3 times by different sources (AISD, IALA,
     * MSSIS tag blocks, $PGHP, satellite). Copies collapse into one observation with several receivers; the vessel gets
     * one clean track with its static data.
     */
    @ParameterizedTest
    @CsvSource({"212123000_drift_1.ais, 212123000, CY", "219165000_ssc_1.ais, 219165000, DK",
            "538004030_drift_1.ais, 538004030, MH"})
    void dmaVesselTracks(String file, int mmsi, String nation) throws IOException {
        long[] lastTime = {0};
        int[] mostSources = {0};
        DuplicateSuppressor dedup = new DuplicateSuppressor(h -> {
            mostSources[0] = Math.max(mostSources[0], new HashSet<>(h.sources()).size());
            adapter.accept(h, lastTime[0]);
        });
        AisReader reader = new AisReader(r -> {
            if (r.hasTime()) {
                lastTime[0] = Math.max(lastTime[0], r.timeMillis() * 1_000_000L);
            }
            dedup.offer(r);
        });
        try (InputStream in = Files.newInputStream(SharedData.require("ais/dma-aisabnormal/" + file))) {
            reader.readAll(in);
        }
        reader.finish();
        dedup.flush();

        TrackState s = tracker.get(TargetKey.mmsi(mmsi));
        assertThat(s).isNotNull();
        assertThat(s.hasPosition()).isTrue();
        assertThat(s.nation()).isEqualTo(nation);
        assertThat(s.name()).isNotBlank();                          // type 5 static data merged into the track
        assertThat(s.trail().size()).isGreaterThan(5);
        // Copies were merged, not tracked twice, and the observation lists every distinct source as a receiver
        assertThat(dedup.duplicates()).isPositive();
        assertThat(mostSources[0]).isGreaterThan(1);
        assertThat(observations.stream().mapToInt(o -> o.receivers().size()).max().orElse(0)).isEqualTo(mostSources[0]);
        // Accepted history of a merchant vessel: never faster than 40 kt over gaps of 30 s or more
        assertThat(TrackChecks.maxImpliedSpeedKt(s.trail(), 30 * S)).isLessThan(40);
        // Rejections sane: no horizon rejections (no receivers registered), few speed rejections
        assertThat(tracker.counters().rejected(RejectReason.BEYOND_HORIZON)).isZero();
        assertThat(tracker.counters().rejected(RejectReason.IMPLAUSIBLE_SPEED) + tracker.counters().rejected(RejectReason.DUPLICATE_ADDRESS))
                .isLessThan(tracker.counters().positionsAccepted() / 20 + 1);
        assertThat(listener.last().transponder()).isEqualTo(TransponderMode.AIS);
    }

    /**
     * pyais nmea_data_sample.txt: a real receiver log without timestamps (898 sentences, 166 MMSIs). Arrival times are
     * assigned at 1 s per line, so event time only moves forward. Class A, class B and static messages build tracks.
     */
    @Test
    void pyaisReceiverLog() throws IOException {
        long t0 = 1_600_000_000L * S;
        long[] line = {0};
        AisReader reader = new AisReader(r -> adapter.accept(r, t0 + line[0]++ * S));
        try (InputStream in = Files.newInputStream(SharedData.require("ais/pyais/nmea_data_sample.txt"))) {
            reader.readAll(in);
        }
        reader.finish();
        Set<TargetKey> shipsWithPositions = new HashSet<>();
        observations.stream().filter(o -> o instanceof PositionObservation).forEach(o -> shipsWithPositions.add(o.target()));
        assertThat(adapter.withoutTime()).isEqualTo(adapter.messages());
        assertThat(shipsWithPositions.size()).isGreaterThan(100);
        long tracked = tracker.tracks().stream().filter(TrackState::hasPosition).count();
        assertThat(tracked).isGreaterThanOrEqualTo(shipsWithPositions.size() - tracker.counters().rejected(RejectReason.INVALID_POSITION));
        long named = tracker.tracks().stream().filter(t -> t.callsignOrName() != null).count();
        assertThat(named).isPositive();
        assertThat(tracker.counters().rejected(RejectReason.IMPLAUSIBLE_SPEED)).isLessThan(tracked / 10 + 1);
        assertThat(TrackChecks.maxImpliedSpeedKt(tracker, 30 * S)).isLessThan(80);
    }
}

package org.deconflict.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.deconflict.engine.track.CoverageModel;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.TargetIdentifier;
import org.deconflict.engine.track.TrackState;
import org.deconflict.engine.track.TrackStateCodec;
import org.deconflict.engine.track.TrackUpdater;
import org.deconflict.engine.track.TrackerConfig;
import org.deconflict.engine.track.TrackerCounters;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The per-target state is separable: driving a {@link TrackState} with {@link TrackUpdater} directly (as a keyed
 * operator would), serialising it half-way and continuing from the copy ends in the same track as an uninterrupted run.
 */
class KeyedStateReplayTest {

    @Test
    void checkpointHalfWayGivesTheSameTrack() throws IOException {
        List<Observation> obs = new ArrayList<>();
        ModeSAdapter adapter = new ModeSAdapter(obs::add);
        for (String line : Files.readAllLines(SharedData.require("modes/pyModeS/sample_data_adsb.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(",");
            adapter.frame(HexFormat.of().parseHex(f[1].replace("\"", "")), -1, Long.parseLong(f[0].strip()) * 1_000_000_000L,
                    ReceiverList.of(1));
        }
        TrackState whole = run(obs, obs.size());
        TrackState resumed = run(obs, obs.size() / 2);
        long end = obs.get(obs.size() - 1).timeNanos();
        assertThat(resumed.snapshot(end, 1, 30_000_000_000L)).isEqualTo(whole.snapshot(end, 1, 30_000_000_000L));
        assertThat(resumed.messageCount()).isEqualTo(whole.messageCount()).isGreaterThan(1000);
        assertThat(resumed.trail().size()).isEqualTo(whole.trail().size());
        assertThat(resumed.trail().timeNanos(0)).isEqualTo(whole.trail().timeNanos(0));
    }

    /** Applies all observations to one state, round-tripping it through the codec after {@code checkpointAt}. */
    private static TrackState run(List<Observation> obs, int checkpointAt) throws IOException {
        ReceiverRegistry registry = new ReceiverRegistry();
        TrackUpdater updater = new TrackUpdater(TrackerConfig.defaults(), registry, new CoverageModel(registry, 3),
                TargetIdentifier.standard(), new TrackerCounters());
        TrackState s = updater.create(obs.get(0).target(), obs.get(0).timeNanos());
        for (int i = 0; i < obs.size(); i++) {
            if (i == checkpointAt) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                TrackStateCodec.write(s, new DataOutputStream(bytes));
                s = TrackStateCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            }
            updater.apply(s, obs.get(i));
        }
        return s;
    }
}

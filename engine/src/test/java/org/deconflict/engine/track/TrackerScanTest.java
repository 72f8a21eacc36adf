package org.deconflict.engine.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconflict.engine.track.Obs.air;
import static org.deconflict.engine.track.Obs.aircraft;

import org.deconflict.engine.ingest.TargetKey;
import org.junit.jupiter.api.Test;

/**
 * The periodic scan skips itself while every track was heard within the shortest silence/expiry time: these cases
 * fail if that shortcut lost a quiet track (a track the scan kept, or one created with an old time, while others stay
 * fresh), so expiry would never come.
 */
class TrackerScanTest {

    private final RecordingListener listener = new RecordingListener();
    private final Tracker tracker = new Tracker(TrackerConfig.defaults(), new ReceiverRegistry(), listener);

    private void hearEverySecond(TargetKey k, int fromS, int toS) {
        for (int t = fromS; t <= toS; t++) {
            tracker.accept(air(k, t, 55.0, 15.0, 30_000, 1));
        }
    }

    @Test
    void aTrackQuietWhileAnotherStaysFreshExpiresOnTime() {
        TargetKey quiet = aircraft(0x400001);
        TargetKey fresh = aircraft(0x400002);
        tracker.accept(air(quiet, 0, 56.0, 16.0, 30_000, 1));
        hearEverySecond(fresh, 0, 400);
        // aircraft expiry 300 s: the first once-a-second scan more than 300 s after t = 0
        assertThat(listener.expiries).containsExactly(quiet + "@" + (Obs.T0 / Obs.S + 301));
        assertThat(tracker.size()).isEqualTo(1);
        assertThat(tracker.get(fresh)).isNotNull();
    }

    @Test
    void aTrackCreatedWithAnOldTimeIsStillScanned() {
        TargetKey fresh = aircraft(0x400002);
        TargetKey late = aircraft(0x400003);
        hearEverySecond(fresh, 0, 50);
        tracker.accept(air(late, 10, 56.0, 16.0, 30_000, 1));   // arrives at event time 50, stamped 10
        hearEverySecond(fresh, 51, 400);
        assertThat(listener.expiries).containsExactly(late + "@" + (Obs.T0 / Obs.S + 311));
        assertThat(tracker.counters().tracksExpired()).isEqualTo(1);
    }
}

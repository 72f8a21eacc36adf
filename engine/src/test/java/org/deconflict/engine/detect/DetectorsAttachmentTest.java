package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.deconflict.engine.event.EncounterOpened;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TrackView;
import org.deconflict.engine.track.TransponderMode;
import org.junit.jupiter.api.Test;

/**
 * The detectors reach a track through the record they attached to the tracker's live view, and never through one that
 * is not theirs (another state's, or one they dropped): the events are those of plain lookups.
 */
class DetectorsAttachmentTest {

    @Test
    void attachedTracksGiveTheEventsOfLookups() {
        List<TrackSnapshot> snapshots = Scene.sample(converging(), 600);
        List<EngineEvent> lookedUp = Scene.run(snapshots);
        assertThat(lookedUp).filteredOn(e -> e instanceof EncounterOpened).hasSizeGreaterThan(3);

        LiveViews views = new LiveViews();
        List<EngineEvent> attached = new ArrayList<>();
        Detectors d = new Detectors(DetectionConfig.defaults(), attached::add);
        feed(snapshots, views, d);
        assertThat(attached).isEqualTo(lookedUp);
        assertThat(views.slots).hasSize(converging().size()).doesNotContainValue(null);
    }

    @Test
    void detectorsOfTwoStatesSharingTheViewsKeepTheirOwnTracks() {
        List<TrackSnapshot> snapshots = Scene.sample(converging(), 600);
        List<EngineEvent> lookedUp = Scene.run(snapshots);
        LiveViews views = new LiveViews();
        List<EngineEvent> first = new ArrayList<>();
        List<EngineEvent> second = new ArrayList<>();
        // as detectors of two partition cells fed by one tracker: each update reaches both, each attaches its own
        feed(snapshots, views, new Detectors(DetectionConfig.defaults(), first::add),
                new Detectors(DetectionConfig.defaults(), second::add));
        assertThat(first).isEqualTo(lookedUp);
        assertThat(second).isEqualTo(lookedUp);
    }

    @Test
    void anExpiredTrackStillAttachedIsNotBroughtBack() {
        LiveViews views = new LiveViews();
        Detectors d = new Detectors(DetectionConfig.defaults(), e -> { });
        Scene.Mover plane = Scene.aircraft(0x4840d6, 0, 0, 30_000, 450, 90, 0);
        TrackView first = views.of(plane.at(0));
        d.onUpdate(first);
        Object attached = first.attachment();
        assertThat(attached).isNotNull();
        d.onExpired(plane.key(), Scene.time(600));
        assertThat(d.state().targetCount()).isZero();

        // the tracker made a new track for the key, but a view still holding the old record would behave alike
        d.onUpdate(views.of(plane.at(700)));
        assertThat(d.state().targetCount()).isEqualTo(1);
        assertThat(views.slots.get(plane.key())).isNotSameAs(attached);
    }

    /** Aircraft converging at one level, ships converging, and a low flyer crossing the ships' meeting point. */
    private static List<Scene.Mover> converging() {
        List<Scene.Mover> movers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double bearingDeg = i * 60;
            double east = 60_000 * Math.sin(Math.toRadians(bearingDeg));
            double north = 60_000 * Math.cos(Math.toRadians(bearingDeg));
            movers.add(Scene.aircraft(0x400100 + i, east, north, 30_000 + i * 200, 420, bearingDeg + 180, 0));
        }
        for (int i = 0; i < 4; i++) {
            double bearingDeg = 45 + i * 90;
            double east = 3_000 * Math.sin(Math.toRadians(bearingDeg));
            double north = 3_000 * Math.cos(Math.toRadians(bearingDeg));
            movers.add(Scene.vessel(219_000_100 + i, east, north, 12, bearingDeg + 180));
        }
        movers.add(new Scene.Mover(Scene.air(0x400200), -40_000, 0, 600, 250, 90, 0, 1, true, 0xA3,
                TransponderMode.ADSB, 9));
        return movers;
    }

    private static void feed(List<TrackSnapshot> snapshots, LiveViews views, Detectors... detectors) {
        long last = 0;
        for (TrackSnapshot s : snapshots) {
            TrackView v = views.of(s);
            for (Detectors d : detectors) {
                d.onUpdate(v);
            }
            last = s.timeNanos();
        }
        for (Detectors d : detectors) {
            d.advanceTo(last + 60_000_000_000L);
        }
    }

    /** Views as the tracker hands them out: the snapshot's values, and one attachment slot per target kept across updates. */
    private static final class LiveViews {
        final Map<TargetKey, Object> slots = new HashMap<>();

        TrackView of(TrackSnapshot s) {
            return new TrackView() {
                @Override public TargetKey key() { return s.key(); }
                @Override public long timeNanos() { return s.timeNanos(); }
                @Override public double latDeg() { return s.latDeg(); }
                @Override public double lonDeg() { return s.lonDeg(); }
                @Override public double altitudeFt() { return s.altitudeFt(); }
                @Override public double groundSpeedKt() { return s.groundSpeedKt(); }
                @Override public double trackDeg() { return s.trackDeg(); }
                @Override public double verticalRateFpm() { return s.verticalRateFpm(); }
                @Override public boolean onGround() { return s.onGround(); }
                @Override public String callsignOrName() { return s.callsignOrName(); }
                @Override public String nation() { return s.nation(); }
                @Override public boolean military() { return s.military(); }
                @Override public int category() { return s.category(); }
                @Override public TransponderMode transponder() { return s.transponder(); }
                @Override public int nacp() { return s.nacp(); }
                @Override public int nic() { return s.nic(); }
                @Override public int receiverId() { return s.receiverId(); }
                @Override public Object attachment() { return slots.get(s.key()); }
                @Override public void attach(Object attachment) { slots.put(s.key(), attachment); }
            };
        }
    }
}

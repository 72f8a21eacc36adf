package org.deconflict.engine.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.deconflict.engine.detect.TrackListener;
import org.deconflict.engine.ingest.Channel;
import org.deconflict.engine.ingest.IdentityObservation;
import org.deconflict.engine.ingest.Observation;
import org.deconflict.engine.ingest.PositionObservation;
import org.deconflict.engine.ingest.PositionSource;
import org.deconflict.engine.ingest.ReceiverList;
import org.deconflict.engine.ingest.ReplyObservation;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.ingest.VelocityObservation;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The reused view the tracker hands its listener reads exactly what {@link TrackState#snapshot} copies, for aircraft
 * with and without positions (ADS-B going stale, Mode S only), ships with names, and an airborne AIS station; and a
 * listener that takes only snapshots still receives them. What a listener attaches to a view comes back with the same
 * target's later views, and only with them.
 */
class TrackViewTest {

    private static final TargetKey ADSB = Obs.aircraft(0x4840d6);
    private static final TargetKey MODE_S_ONLY = Obs.aircraft(0x3c6444);
    private static final TargetKey SHIP = TargetKey.mmsi(219_165_000);
    private static final TargetKey SAR = TargetKey.mmsi(111_219_512);     // 111MIDxxx: SAR aircraft

    @Property(tries = 20)
    void viewReadsWhatTheSnapshotCopies(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        List<Observation> obs = observations(new Random(seed));
        TrackerConfig config = TrackerConfig.defaults();
        List<TrackSnapshot> fromView = new ArrayList<>();
        List<TrackSnapshot> fromState = new ArrayList<>();
        Map<TargetKey, Object> attached = new HashMap<>();
        Tracker[] tracker = new Tracker[1];
        tracker[0] = new Tracker(config, new ReceiverRegistry(), new TrackListener() {
            @Override
            public void onUpdate(TrackSnapshot s) {
                throw new AssertionError("the tracker hands a view; only the default method makes snapshots");
            }

            @Override
            public void onUpdate(TrackView view) {
                if (view.keyValue() != view.key().value()) {
                    throw new AssertionError("inline key value " + view.keyValue() + " differs from " + view.key());
                }
                // what a listener attached comes back on the same target's next update, and only on its
                if (view.attachment() != attached.get(view.key())) {
                    throw new AssertionError(view.key() + " brought back " + view.attachment() + ", not "
                            + attached.get(view.key()));
                }
                Object mark = new Object();
                view.attach(mark);
                attached.put(view.key(), mark);
                fromView.add(view.toSnapshot());
                fromState.add(tracker[0].get(view.key()).snapshot(view.timeNanos(), view.receiverId(),
                        config.aircraftSilenceNanos()));
            }

            @Override
            public void onSilent(TargetKey key, long lastSeenNanos, long nowNanos) {
            }

            @Override
            public void onExpired(TargetKey key, long nowNanos) {
                attached.remove(key);           // a track made again for the key starts with nothing attached
            }
        });
        RecordingListener snapshots = new RecordingListener();
        Tracker plain = new Tracker(config, new ReceiverRegistry(), snapshots);
        obs.forEach(o -> {
            tracker[0].accept(o);
            plain.accept(o);
        });

        assertThat(fromView).hasSizeGreaterThan(100).containsExactlyElementsOf(fromState);
        assertThat(attached).hasSizeGreaterThan(3);
        assertThat(fromView.get(0).attachment()).isNull();      // a snapshot is not a live track
        assertThat(snapshots.updates).containsExactlyElementsOf(fromView);
        assertThat(fromView).extracting(TrackSnapshot::transponder)
                .contains(TransponderMode.ADSB, TransponderMode.MODE_S_ONLY, TransponderMode.AIS);
        assertThat(fromView).anyMatch(s -> s.key().equals(SAR) && s.altitudeFt() > 0);
        assertThat(fromView).anyMatch(s -> s.key().equals(SHIP) && "SKANDI".equals(s.callsignOrName()));
        assertThat(fromView).anyMatch(s -> !s.hasPosition());
    }

    private static List<Observation> observations(Random rnd) {
        List<Observation> out = new ArrayList<>();
        double lat = 55.5;
        double lon = 14.0;
        for (double tS = 0; tS < 400; tS += 0.5 + rnd.nextDouble()) {
            long t = Obs.T0 + (long) (tS * Obs.S);
            ReceiverList rx = ReceiverList.of(1 + rnd.nextInt(3));
            boolean adsbQuiet = tS > 150 && tS < 250;               // positions stop: ADS-B goes stale
            switch (rnd.nextInt(7)) {
                case 0 -> {
                    if (!adsbQuiet) {
                        lat += 0.001;
                        out.add(new PositionObservation(ADSB, t, rx, Channel.ADSB, PositionSource.ADSB_AIRBORNE_GLOBAL,
                                lat, lon, 30_000 + rnd.nextInt(40) * 25, false, false, 8, 9));
                    }
                }
                case 1 -> out.add(new VelocityObservation(ADSB, t, rx, Channel.ADSB, 420 + rnd.nextInt(10),
                        rnd.nextDouble() * 360, rnd.nextInt(3) * 64 - 64, false, Double.NaN, Double.NaN, Double.NaN));
                case 2 -> out.add(new ReplyObservation(rnd.nextBoolean() ? ADSB : MODE_S_ONLY, t, rx, Channel.MODE_S,
                        4, 12_000 + rnd.nextInt(10) * 100, -1, -1, false));
                case 3 -> out.add(IdentityObservation.aircraft(ADSB, t, rx, Channel.ADSB, "SAS123", 0xA3));
                case 4 -> out.add(new PositionObservation(SHIP, t, rx, Channel.AIS, PositionSource.AIS,
                        55.0 + tS * 1e-5, 14.5, Double.NaN, false, true, -1, 10));
                case 5 -> out.add(new IdentityObservation(SHIP, t, rx, Channel.AIS, "OXYZ2", "SKANDI", 70, 9_000_001,
                        100, 20, 10, 10));
                default -> out.add(new PositionObservation(SAR, t, rx, Channel.AIS, PositionSource.AIS,
                        55.2 + tS * 1e-4, 14.2, 1_500, false, true, -1, 10));
            }
        }
        return out;
    }
}

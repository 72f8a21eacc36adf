package org.deconflict.engine.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.detect.Detectors;
import org.deconflict.engine.detect.TrackListener;
import org.deconflict.engine.ingest.Channel;
import org.deconflict.engine.ingest.Observation;
import org.deconflict.engine.ingest.ReceiverList;
import org.deconflict.engine.ingest.ReplyObservation;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.ingest.VelocityObservation;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * {@link Tracker#acceptAll} is {@link Tracker#accept} one by one: the same listener calls in the same order (updates,
 * silences, expiries, and the detectors' events behind them) for batches of any size, over aircraft converging at one
 * level (so that encounters open and close), Mode S replies, and an aircraft that falls silent until its track
 * expires and then returns.
 */
class TrackerAcceptAllTest {

    @Property(tries = 15)
    void acceptAllCallsTheListenerExactlyAsAcceptOneByOne(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        List<Observation> obs = traffic(new Random(seed));
        List<String> oneByOne = new ArrayList<>();
        Tracker one = tracker(oneByOne);
        int acceptedOne = 0;
        for (Observation o : obs) {
            acceptedOne += one.accept(o) ? 1 : 0;
        }
        List<String> batched = new ArrayList<>();
        Tracker all = tracker(batched);
        Observation[] array = obs.toArray(new Observation[0]);
        Random sizes = new Random(seed + 1);
        int acceptedAll = 0;
        for (int from = 0; from < array.length; ) {
            int to = Math.min(array.length, from + 1 + sizes.nextInt(100));
            acceptedAll += all.acceptAll(array, from, to);
            from = to;
        }

        assertThat(acceptedAll).isEqualTo(acceptedOne);
        assertThat(batched).isEqualTo(oneByOne);
        assertThat(oneByOne).filteredOn(s -> s.startsWith("event")).isNotEmpty();
        assertThat(oneByOne).filteredOn(s -> s.startsWith("expired")).isNotEmpty();
        assertThat(oneByOne).filteredOn(s -> s.startsWith("update")).hasSizeGreaterThan(1_000);
    }

    /** A tracker whose listener records every call and feeds detectors through the live view (their warm-up too). */
    private static Tracker tracker(List<String> calls) {
        Detectors detectors = new Detectors(DetectionConfig.defaults(), e -> calls.add("event " + e));
        return new Tracker(TrackerConfig.defaults(), new ReceiverRegistry(), new TrackListener() {
            @Override
            public void onUpdate(TrackSnapshot s) {
                throw new AssertionError("the tracker hands a view");
            }

            @Override
            public void onUpdate(TrackView view) {
                calls.add("update " + view.toSnapshot());
                detectors.onUpdate(view);
            }

            @Override
            public void onSilent(TargetKey key, long lastSeenNanos, long nowNanos) {
                calls.add("silent " + key + " " + lastSeenNanos + " " + nowNanos);
                detectors.onSilent(key, lastSeenNanos, nowNanos);
            }

            @Override
            public void onExpired(TargetKey key, long nowNanos) {
                calls.add("expired " + key + " " + nowNanos);
                detectors.onExpired(key, nowNanos);
            }

            @Override
            public long warm(Object attachment) {
                return detectors.warm(attachment);
            }
        });
    }

    /**
     * Eight aircraft converging on one point at one level for ten minutes, each sending positions, velocities and
     * replies at jittered times; the last goes silent from 100 s to 500 s (past the aircraft expiry) and comes back.
     */
    private static List<Observation> traffic(Random rnd) {
        List<Observation> out = new ArrayList<>();
        int aircraft = 8;
        for (double tS = 0; tS < 600; tS += 0.05 + rnd.nextDouble() * 0.1) {
            int a = rnd.nextInt(aircraft);
            if (a == aircraft - 1 && tS > 100 && tS < 500) {
                continue;
            }
            TargetKey k = Obs.aircraft(0x400000 + a);
            double bearing = Math.toRadians(a * 45);
            double towardCentreM = 60_000 - 200 * tS;            // ≈ 390 kt inbound
            double lat = 55.5 + Math.cos(bearing) * towardCentreM / 111_320;
            double lon = 15.0 + Math.sin(bearing) * towardCentreM / (111_320 * Math.cos(Math.toRadians(55.5)));
            long t = Obs.T0 + (long) (tS * Obs.S);
            switch (rnd.nextInt(3)) {
                case 0 -> out.add(Obs.air(k, tS, lat, lon, 30_000 + a * 100, 1 + rnd.nextInt(2)));
                case 1 -> out.add(new VelocityObservation(k, t, ReceiverList.of(1), Channel.ADSB, 389,
                        (a * 45 + 180) % 360, 0, false, Double.NaN, Double.NaN, Double.NaN));
                default -> out.add(new ReplyObservation(k, t, ReceiverList.of(2), Channel.MODE_S, 4, 30_000 + a * 100,
                        -1, -1, false));
            }
        }
        return out;
    }
}

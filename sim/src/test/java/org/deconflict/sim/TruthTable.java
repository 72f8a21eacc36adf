package org.deconflict.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.deconflict.sim.truth.TruthIncident;
import org.deconflict.sim.truth.TruthSink;

/** Test helper: the true positions of a run, per target, interpolated linearly between samples. */
final class TruthTable implements TruthSink {

    record Sample(long t, double lat, double lon, double alt, double speed, double track, String transponder) {
    }

    final Map<String, List<Sample>> byKey = new HashMap<>();
    final List<TruthIncident> incidents = new ArrayList<>();

    @Override
    public void position(long timeNanos, String key, String name, double latDeg, double lonDeg, double altitudeFt,
                         double speedKt, double trackDeg, String transponder) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Sample(timeNanos, latDeg, lonDeg, altitudeFt, speedKt, trackDeg, transponder));
    }

    @Override
    public void incident(TruthIncident incident) {
        incidents.add(incident);
    }

    /** lat, lon, alt at {@code t}, or null outside the samples. */
    double[] at(String key, long t) {
        List<Sample> s = byKey.get(key);
        if (s == null || t < s.get(0).t() || t > s.get(s.size() - 1).t()) {
            return null;
        }
        int lo = 0, hi = s.size() - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (s.get(mid).t() <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Sample a = s.get(lo), b = s.get(hi);
        double f = b.t() == a.t() ? 0 : (t - a.t()) / (double) (b.t() - a.t());
        return new double[] {a.lat() + f * (b.lat() - a.lat()), a.lon() + f * (b.lon() - a.lon()),
                a.alt() + f * (b.alt() - a.alt()), a.speed(), a.track()};
    }
}

package org.deconflict.engine.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The packed ring buffer against a plain bounded queue of points: same points, oldest first, after any appends and clears. */
class TrailTest {

    private record Point(long timeNanos, float latDeg, float lonDeg, float altitudeFt) {
    }

    @Property(tries = 300)
    void keepsTheNewestPointsInOrder(@ForAll @IntRange(min = 1, max = 7) int capacity,
                                     @ForAll @Size(max = 60) List<Long> times,
                                     @ForAll @Size(max = 60) List<Double> values) {
        Trail trail = new Trail(capacity);
        ArrayDeque<Point> ref = new ArrayDeque<>();
        for (int n = 0; n < times.size(); n++) {
            long t = times.get(n);
            if (t % 11 == 0) {
                trail.clear();
                ref.clear();
                continue;
            }
            double v = values.isEmpty() ? Double.NaN : values.get(n % values.size());
            double lat = v, lon = -v / 3, alt = n % 4 == 0 ? Double.NaN : v * 7;
            trail.add(t, lat, lon, alt);
            if (ref.size() == capacity) {
                ref.removeFirst();
            }
            ref.addLast(new Point(t, (float) lat, (float) lon, (float) alt));
            List<Point> got = new ArrayList<>();
            for (int i = 0; i < trail.size(); i++) {
                got.add(new Point(trail.timeNanos(i), (float) trail.latDeg(i), (float) trail.lonDeg(i),
                        (float) trail.altitudeFt(i)));
            }
            assertThat(got).containsExactlyElementsOf(ref);
            assertThat(trail.lastTimeNanos()).isEqualTo(t);
            assertThat(trail.capacity()).isEqualTo(capacity);
        }
        if (trail.size() == 0) {
            assertThat(trail.lastTimeNanos()).isEqualTo(Long.MIN_VALUE);
        }
        int size = trail.size();
        assertThatThrownBy(() -> trail.timeNanos(size)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}

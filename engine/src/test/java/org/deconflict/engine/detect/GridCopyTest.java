package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The grid cells' copies of their members (last fix and neighbour-list reference, read by the pair search instead of
 * the track objects) always equal the tracks they copy: through moves between cells, landings and take-offs, expiries
 * (slots swapped on removal), cells outgrowing their arrays, rebuilds, and a serialisation round trip (after which no
 * reference counts as valid). Each track's shortcut to its copy is its cell's array; each neighbour list names every
 * partner once and never its own track, and its first partner is the one the track holds apart.
 */
class GridCopyTest {

    @Property(tries = 8)
    void cellCopiesMatchTheirTracks(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) throws Exception {
        Random rnd = new Random(seed);
        List<TrackSnapshot> snaps = PartitionTest.busyScene(rnd);
        Set<Long> keys = new LinkedHashSet<>();
        snaps.forEach(s -> keys.add(s.key().value()));
        Detectors d = new Detectors(DetectionConfig.defaults(), e -> { });
        int half = snaps.size() / 2;
        int withLists = 0;
        for (int i = 0; i < snaps.size(); i++) {
            if (i == half) {
                assertThat(withLists).isPositive();
                d = new Detectors(roundTrip(d.state()), CoverageOracle.EVERYWHERE, ReceiverSites.NONE, e -> { },
                        null, 0);
                assertEveryCopyMatches(d.state(), keys, true);
            }
            TrackSnapshot s = snaps.get(i);
            if (rnd.nextInt(300) == 0) {
                d.onExpired(s.key(), s.timeNanos());             // the slot's last member moves into the hole
                continue;
            }
            d.onUpdate(rnd.nextInt(200) == 0 && s.key().kind() != TargetKey.Kind.SHIP ? landed(s) : s);
            if (i % 500 == 0) {
                withLists += assertEveryCopyMatches(d.state(), keys, false);
            }
        }
        assertEveryCopyMatches(d.state(), keys, false);
    }

    /** Checks every track in a grid; returns how many have a valid neighbour list. */
    private static int assertEveryCopyMatches(DetectorState state, Set<Long> keys, boolean restored) {
        int withLists = 0;
        for (long key : keys) {
            Track t = state.tracks.get(key);
            if (t == null || t.cellId == Track.NO_CELL) {
                continue;
            }
            SpatialGrid grid = t.aircraft ? state.airGrid : state.seaGrid;
            SpatialGrid.Cell c = grid.cellOf(t);
            int i = t.cellIndex;
            assertThat(c.items[i]).isSameAs(t);
            assertThat(t.copy).as("the track's shortcut to its cell's copies").isSameAs(c.data);
            int k = i * SpatialGrid.Cell.STRIDE;
            assertThat(c.data[k + SpatialGrid.Cell.POS_NANOS]).isEqualTo((double) t.positionNanos);
            assertThat(c.data[k + SpatialGrid.Cell.LAT]).isEqualTo(t.latDeg);
            assertThat(c.data[k + SpatialGrid.Cell.LON]).isEqualTo(t.lonDeg);
            assertThat(c.data[k + SpatialGrid.Cell.M_PER_DEG_LON]).isEqualTo(t.mPerDegLon);
            if (restored || t.near == null) {
                assertThat(t.near).isNull();
                assertThat(t.near0).isNull();
                assertThat(c.hasRef(i)).isFalse();
                continue;
            }
            withLists++;
            // the pair search counts on a list naming each partner once, never the track itself
            assertThat(java.util.Arrays.asList(t.near).subList(0, t.nearCount)).doesNotHaveDuplicates()
                    .doesNotContain(t);
            assertThat(t.near0).as("the list's first partner, held apart")
                    .isSameAs(t.nearCount == 0 ? null : t.near[0]);
            assertThat(c.hasRef(i)).isTrue();
            assertThat(c.refNanos(i)).isEqualTo(t.refNanos);
            assertThat(c.refLatDeg(i)).isEqualTo(t.refLatDeg);
            assertThat(c.refLonDeg(i)).isEqualTo(t.refLonDeg);
            assertThat(c.refVEastMps(i)).isEqualTo(t.refVEastMps);
            assertThat(c.refVNorthMps(i)).isEqualTo(t.refVNorthMps);
            assertThat(c.refAltitudeFt(i)).isEqualTo(t.refAltitudeFt);
            assertThat(c.refVUpFtps(i)).isEqualTo(t.refVUpFtps);
        }
        return withLists;
    }

    private static TrackSnapshot landed(TrackSnapshot s) {
        return new TrackSnapshot(s.key(), s.timeNanos(), s.latDeg(), s.lonDeg(), s.altitudeFt(), s.groundSpeedKt(),
                s.trackDeg(), s.verticalRateFpm(), true, s.callsignOrName(), s.nation(), s.military(), s.category(),
                s.transponder(), s.nacp(), s.nic(), s.receiverId());
    }

    private static DetectorState roundTrip(DetectorState state) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (DetectorState) in.readObject();
        }
    }
}

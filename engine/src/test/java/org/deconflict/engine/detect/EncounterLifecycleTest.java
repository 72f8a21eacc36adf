package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deconflict.engine.detect.Scene.aircraft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.deconflict.engine.event.Encounter;
import org.deconflict.engine.event.EncounterClosed;
import org.deconflict.engine.event.EncounterFlag;
import org.deconflict.engine.event.EncounterOpened;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.EncounterUpdated;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.Limit;
import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.track.TrackSnapshot;
import org.junit.jupiter.api.Test;

/**
 * An encounter opens once, updates only at new closest points that matter, and closes once — or when a participant is
 * lost.
 */
class EncounterLifecycleTest {

    private static final double V = 400 * Geo.MPS_PER_KT;

    private static List<TrackSnapshot> headOn() {
        return Scene.sample(List.of(
                aircraft(0x400001, -300 * V, 0, 35_000, 400, 90, 0),
                aircraft(0x400002, 300 * V, 2 * Geo.M_PER_NM, 35_000, 400, 270, 0)), 600);
    }

    /** Head-on on a collision course, 300 ft apart: the encounters close in through severity B and the NMAC box. */
    private static List<TrackSnapshot> collisionCourse() {
        return Scene.sample(List.of(
                aircraft(0x400001, -300 * V, 0, 35_000, 400, 90, 0),
                aircraft(0x400002, 300 * V, 0, 35_300, 400, 270, 0)), 600);
    }

    @Test
    void updatesReportTheClosestPointsThatMatterAndTheCloseTheTrueOne() {
        double share = DetectionConfig.defaults().updateSlantShare();
        for (List<TrackSnapshot> scene : List.of(headOn(), collisionCourse())) {
            List<EngineEvent> every = Scene.run(DetectionConfig.defaults().withUpdateSlantShare(1), scene);
            List<EngineEvent> chosen = Scene.run(scene);
            // the same events, closes included (each with the true closest point), less the updates the rule skips
            assertThat(chosen).isEqualTo(thinned(every, share));
            long everyUpdates = every.stream().filter(e -> e instanceof EncounterUpdated).count();
            long chosenUpdates = chosen.stream().filter(e -> e instanceof EncounterUpdated).count();
            assertThat(everyUpdates).isGreaterThan(3 * chosenUpdates);
            assertThat(chosenUpdates).isPositive();
        }
        assertThatThrownBy(() -> DetectionConfig.defaults().withUpdateSlantShare(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("updateSlantShare");
        assertThatThrownBy(() -> DetectionConfig.defaults().withUpdateSlantShare(1.01))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DetectionConfig.defaults().withUpdateSlantShare(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The events of a run that reported every new closest point, keeping only the updates whose slant separation fell
     * to {@code share} of the last one reported for the same encounter, or whose severity, flags, pass number or TCAS
     * level differ from it.
     */
    private static List<EngineEvent> thinned(List<EngineEvent> every, double share) {
        Map<String, Encounter> reported = new HashMap<>();
        List<EngineEvent> out = new ArrayList<>();
        for (EngineEvent e : every) {
            if (e instanceof EncounterOpened o) {
                reported.put(o.encounter().id(), o.encounter());
            } else if (e instanceof EncounterUpdated u) {
                Encounter now = u.encounter();
                Encounter last = reported.get(now.id());
                if (slant(now) > share * slant(last) && now.severity() == last.severity()
                        && now.flags().equals(last.flags()) && now.passNumber() == last.passNumber()
                        && now.sensitivityLevel() == last.sensitivityLevel()) {
                    continue;
                }
                reported.put(now.id(), now);
            }
            out.add(e);
        }
        return out;
    }

    private static double slant(Encounter e) {
        return PairGeometry.slant(e.closest().horizontalM(), e.closest().verticalFt());
    }

    @Test
    void openedThenNewClosestPointsThenClosed() {
        List<EngineEvent> all = Scene.run(headOn());
        List<EngineEvent> los = all.stream().filter(e -> type(e) == EncounterType.LOSS_OF_SEPARATION).toList();
        assertThat(los.get(0)).isInstanceOf(EncounterOpened.class);
        assertThat(los.get(los.size() - 1)).isInstanceOf(EncounterClosed.class);
        assertThat(los.subList(1, los.size() - 1)).isNotEmpty().allMatch(e -> e instanceof EncounterUpdated);
        double previous = Double.POSITIVE_INFINITY;
        for (EngineEvent e : los.subList(1, los.size() - 1)) {
            double h = ((EncounterUpdated) e).encounter().closest().horizontalM();
            assertThat(h).isLessThan(previous);
            previous = h;
        }
        var closed = ((EncounterClosed) los.get(los.size() - 1)).encounter();
        assertThat(closed.id()).isEqualTo(((EncounterOpened) los.get(0)).encounter().id());
        assertThat(closed.breaches()).extracting(b -> b.name())
                .containsExactly(Limit.HORIZONTAL_SEPARATION, Limit.VERTICAL_SEPARATION);
        assertThat(closed.breaches().get(0).reached()).isEqualTo(closed.minHorizontalM());
        assertThat(closed.flags()).doesNotContain(EncounterFlag.TRACK_LOST);
        // closed once the condition had been false for the close delay
        assertThat((los.get(los.size() - 1).timeNanos() - closed.lastNanos()) / 1e9)
                .isBetween(10.0, 11.0);
    }

    @Test
    void expiryOfAParticipantClosesItsEncounters() {
        List<EngineEvent> events = new ArrayList<>();
        Detectors d = new Detectors(DetectionConfig.defaults(), events::add);
        for (TrackSnapshot s : headOn()) {
            if (Scene.seconds(s.timeNanos()) > 300) {
                break;
            }
            d.onUpdate(s);
        }
        assertThat(d.state().openEncounterCount()).isPositive();
        d.onExpired(Scene.air(0x400002), Scene.time(301));
        assertThat(d.state().openEncounterCount()).isZero();
        List<EncounterClosed> closed = events.stream().filter(e -> e instanceof EncounterClosed)
                .map(e -> (EncounterClosed) e).toList();
        assertThat(closed).isNotEmpty().allSatisfy(c -> {
            assertThat(c.encounter().flags()).contains(EncounterFlag.TRACK_LOST);
            assertThat(Scene.seconds(c.timeNanos())).isEqualTo(301.0);
        });
    }

    private static EncounterType type(EngineEvent e) {
        if (e instanceof EncounterOpened o) {
            return o.encounter().type();
        }
        if (e instanceof EncounterUpdated u) {
            return u.encounter().type();
        }
        return e instanceof EncounterClosed c ? c.encounter().type() : null;
    }
}

package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.deconflict.engine.detect.Scene.aircraft;
import static org.deconflict.engine.detect.Scene.closed;
import static org.deconflict.engine.detect.Scene.opened;
import static org.deconflict.engine.detect.Scene.run;
import static org.deconflict.engine.detect.Scene.sample;
import static org.deconflict.engine.detect.Scene.vessel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.deconflict.engine.event.EncounterClosed;
import org.deconflict.engine.event.EncounterFlag;
import org.deconflict.engine.event.EncounterOpened;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.event.Severity;
import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;
import org.junit.jupiter.api.Test;

/** Low passes over ships: counted, graded, and flagged when aimed, descending and repeated over a warship. */
class AirSeaDetectorTest {

    private static final double V = 400 * Geo.MPS_PER_KT;

    private static List<EngineEvent> overflight(double altFt, double lateralM) {
        return run(sample(List.of(
                vessel(265_000_001, 0, 0, 0, 0),
                aircraft(0x400001, -300 * V, lateralM, altFt, 400, 90, 0)), 600));
    }

    @Test
    void lowPassAt400FtRightOverTheShip() {
        List<EngineEvent> events = overflight(400, 0);
        List<EncounterClosed> pass = closed(events, EncounterType.LOW_PASS);
        assertThat(pass).hasSize(1);
        var e = pass.get(0).encounter();
        assertThat(e.passNumber()).isEqualTo(1);
        assertThat(e.minHorizontalM()).isCloseTo(0, within(1.0));
        assertThat(e.minVerticalFt()).isCloseTo(400, within(0.5));
        assertThat(e.severity()).isEqualTo(Severity.B);
        assertThat(e.flags()).doesNotContain(EncounterFlag.OVER_WARSHIP, EncounterFlag.SIMULATED_ATTACK_PROFILE);
        // inside 1 NM for 2 NM of flight at 400 kt
        assertThat((e.lastNanos() - e.startNanos()) / 1e9).isCloseTo(2 * Geo.M_PER_NM / V, within(2.0));
    }

    @Test
    void noLowPassAbove1000FtOrBeyond1Nm() {
        assertThat(opened(overflight(1_500, 0), EncounterType.LOW_PASS)).isEmpty();
        assertThat(opened(overflight(400, 1.2 * Geo.M_PER_NM), EncounterType.LOW_PASS)).isEmpty();
        assertThat(opened(overflight(400, 0.9 * Geo.M_PER_NM), EncounterType.LOW_PASS)).hasSize(1);
    }

    @Test
    void repeatedAimedDescendingPassesOverAWarshipAreASimulatedAttack() {
        List<EngineEvent> events = run(attackRuns(-1_500));
        List<EncounterOpened> passes = opened(events, EncounterType.LOW_PASS);
        assertThat(passes).extracting(p -> p.encounter().passNumber()).containsExactly(1, 2, 3);
        assertThat(passes).allSatisfy(p -> assertThat(p.encounter().flags())
                .contains(EncounterFlag.AIMED_APPROACH, EncounterFlag.OVER_WARSHIP, EncounterFlag.MILITARY_INVOLVED));
        assertThat(passes.get(0).encounter().flags()).doesNotContain(EncounterFlag.SIMULATED_ATTACK_PROFILE);
        assertThat(passes.get(1).encounter().flags()).contains(EncounterFlag.SIMULATED_ATTACK_PROFILE);
        assertThat(passes.get(2).encounter().flags()).contains(EncounterFlag.SIMULATED_ATTACK_PROFILE);
        List<Incident> incidents = events.stream().filter(e -> e instanceof Incident).map(e -> (Incident) e).toList();
        // a military aircraft over a warship: every pass is filed, the repeated aimed ones as attack profiles
        assertThat(incidents).hasSize(3);
        assertThat(incidents).allSatisfy(i -> assertThat(i.type()).isEqualTo(EncounterType.LOW_PASS));
        assertThat(incidents).filteredOn(i -> i.flags().contains(EncounterFlag.SIMULATED_ATTACK_PROFILE)).hasSize(2);
    }

    @Test
    void levelPassesAreCountedButAreNoAttackProfile() {
        List<EngineEvent> events = run(attackRuns(0));
        List<EncounterOpened> passes = opened(events, EncounterType.LOW_PASS);
        assertThat(passes).extracting(p -> p.encounter().passNumber()).containsExactly(1, 2, 3);
        assertThat(passes).allSatisfy(p -> assertThat(p.encounter().flags())
                .contains(EncounterFlag.OVER_WARSHIP)
                .doesNotContain(EncounterFlag.AIMED_APPROACH, EncounterFlag.SIMULATED_ATTACK_PROFILE));
        // military over a warship: filed (INCSEA), but none as an attack profile
        List<Incident> incidents = events.stream().filter(e -> e instanceof Incident).map(e -> (Incident) e).toList();
        assertThat(incidents).hasSize(3)
                .noneMatch(i -> i.flags().contains(EncounterFlag.SIMULATED_ATTACK_PROFILE));
    }

    @Test
    void anApproachIsAimedOrNotWhateverTheAircraftsEncountersWithOtherAircraft() {
        List<EngineEvent> alone = run(highAimedThenLevelPass(false));
        List<EngineEvent> escorted = run(highAimedThenLevelPass(true));
        assertThat(opened(escorted, EncounterType.LOSS_OF_SEPARATION)).isNotEmpty();     // the premise: one was open
        List<EncounterClosed> pass = closed(alone, EncounterType.LOW_PASS);
        assertThat(pass).hasSize(1);
        assertThat(pass.get(0).encounter().flags()).doesNotContain(EncounterFlag.AIMED_APPROACH);
        assertThat(closed(escorted, EncounterType.LOW_PASS)).extracting(c -> c.encounter().flags())
                .containsExactly(pass.get(0).encounter().flags());
    }

    /** A ship stopped at the scene's origin, reporting every 10 s from 0 to {@code untilS}. */
    private static List<TrackSnapshot> shipAtOrigin(int mmsi, boolean military, int shipType, double untilS) {
        List<TrackSnapshot> out = new ArrayList<>();
        Scene.Mover ship = new Scene.Mover(Scene.ship(mmsi), 0, 0, 0, 0, 0, 0, 10, military, shipType,
                TransponderMode.AIS, 10);
        for (double t = 0; t <= untilS; t += 10) {
            out.add(ship.at(t));
        }
        return out;
    }

    /**
     * An aircraft dives at a ship from 3,000 ft, aimed but too high to get below the low-pass height within the
     * approach range, breaks off, and 80 s later passes over it level at 500 ft from another side (not aimed). With an
     * escort 2 km abeam through the dive, the two aircraft are in an open loss of separation meanwhile.
     */
    private static List<TrackSnapshot> highAimedThenLevelPass(boolean escort) {
        List<TrackSnapshot> out = shipAtOrigin(265_000_002, false, 70, 200);
        for (double t = 0; t <= 20; t += 1) {
            double alt = 3_000 - 1_000 / 60.0 * t;
            out.add(Scene.snapshot(Scene.air(0x400002), t, -8_000 + V * t, 0, alt, 400, 90, -1_000, false, 0xA3,
                    TransponderMode.ADSB, 9));
            if (escort) {
                out.add(Scene.snapshot(Scene.air(0x400003), t, -8_000 + V * t, 2_000, alt, 400, 90, -1_000, false,
                        0xA3, TransponderMode.ADSB, 9));
            }
        }
        for (double t = 100; t <= 200; t += 1) {
            out.add(Scene.snapshot(Scene.air(0x400002), t, 0, -9_000 + V * (t - 100), 500, 400, 0, 0, false, 0xA3,
                    TransponderMode.ADSB, 9));
        }
        out.sort(Comparator.comparingLong(TrackSnapshot::timeNanos).thenComparing(TrackSnapshot::key));
        return out;
    }

    /**
     * A military aircraft makes three runs at a stationary warship (AIS type 35): from 8 km out at 400 kt, descending
     * at {@code descentFpm} until over the ship (level at 800 ft when 0), then climbing away; runs alternate direction.
     */
    private static List<TrackSnapshot> attackRuns(double descentFpm) {
        List<TrackSnapshot> out = shipAtOrigin(273_000_035, true, 35, 320);
        double overShipS = 8_000 / V;
        double startFt = descentFpm == 0 ? 800 : 800 - descentFpm / 60 * overShipS;
        for (int run = 0; run < 3; run++) {
            double t0 = run * 100;
            double dir = run % 2 == 0 ? 1 : -1;
            for (double dt = 0; dt <= 80; dt += 1) {
                double east = dir * (-8_000 + V * dt);
                boolean descending = dt < overShipS;
                double vr = descending ? descentFpm : -descentFpm;
                double alt = descending ? startFt + descentFpm / 60 * dt : 800 - descentFpm / 60 * (dt - overShipS);
                out.add(Scene.snapshot(Scene.air(0x3C0001), t0 + dt, east, 0, alt, 400, dir > 0 ? 90 : 270, vr,
                        true, 0xA7, TransponderMode.ADSB, 9));
            }
        }
        out.sort(Comparator.comparingLong(TrackSnapshot::timeNanos).thenComparing(TrackSnapshot::key));
        return out;
    }
}

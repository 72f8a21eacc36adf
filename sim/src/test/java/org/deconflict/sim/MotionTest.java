package org.deconflict.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.deconflict.engine.geo.Geo;
import org.deconflict.sim.motion.AircraftMover;
import org.deconflict.sim.motion.AircraftPerformance;
import org.deconflict.sim.motion.ShipMover;
import org.deconflict.sim.scenario.RouteStep;
import org.deconflict.sim.scenario.ShipStep;

class MotionTest {

    private static final long S = 1_000_000_000L;

    private static RouteStep wp(double lat, double lon, double alt, double kt) {
        return new RouteStep(lat, lon, alt, kt, null, null, null, null);
    }

    @Test
    void straightLegFollowsTheGreatCircleAtConstantSpeed() {
        AircraftMover m = new AircraftMover(0, List.of(wp(55, 12, 35000, 450), wp(58, 22, 35000, 450)),
                AircraftPerformance.AIRLINER, k -> null);
        double legM = Geo.distanceM(55, 12, 58, 22);
        long t = Math.round(legM / 2 / (450 * Geo.MPS_PER_KT) * 1e9);   // halfway in time
        assertThat(m.sample(t)).isTrue();
        double fromStart = Geo.distanceM(55, 12, m.sampleLatDeg(), m.sampleLonDeg());
        double toEnd = Geo.distanceM(m.sampleLatDeg(), m.sampleLonDeg(), 58, 22);
        assertThat(fromStart).isCloseTo(legM / 2, within(legM * 0.002));
        // on the great circle: the two parts add up to the whole
        assertThat(fromStart + toEnd).isCloseTo(legM, within(50.0));
        assertThat(m.sampleAltFt()).isEqualTo(35000.0);
    }

    @Test
    void civilTurnsAreStandardRateAndClimbsRespectTheLimit() {
        // at 150 kt a 25° bank would give 3.4°/s: capped at standard rate
        AircraftMover m = new AircraftMover(0, List.of(wp(55, 15, 5000, 150), wp(55.2, 15, 5000, 150),
                wp(55.2, 14.5, 15000, 150)), AircraftPerformance.AIRLINER, k -> null);
        double maxTurn = 0, maxClimb = 0;
        for (long t = 0; t < 600 * S && m.sample(t); t += S / 2) {
            maxTurn = Math.max(maxTurn, Math.abs(m.turnRateDegS()));
            maxClimb = Math.max(maxClimb, m.verticalRateFpm());
        }
        assertThat(maxTurn).isCloseTo(3.0, within(1e-9));
        assertThat(maxClimb).isCloseTo(2500.0, within(1.0));
    }

    @Test
    void fastJetsTurnBankLimited() {
        AircraftPerformance jet = AircraftPerformance.MILITARY;
        // 60° bank at 450 kt: g·tan(60°)/v = 9.80665·1.732/231.5 m/s → 4.2°/s
        assertThat(jet.turnRateDegS(450)).isCloseTo(4.20, within(0.02));
        // 25° bank at 450 kt: 1.13°/s, below standard rate
        assertThat(AircraftPerformance.AIRLINER.turnRateDegS(450)).isCloseTo(1.13, within(0.02));
        assertThat(AircraftPerformance.AIRLINER.turnRateDegS(140)).isEqualTo(3.0);
    }

    @Test
    void orbitAroundAMovingShipKeepsTheRadius() {
        ShipMover ship = new ShipMover(0, List.of(new ShipStep(55.3, 18.8, 8.0, null, null),
                new ShipStep(55.3, 18.0, 8.0, null, null)), 30);
        RouteStep orbit = new RouteStep(null, null, null, null,
                new RouteStep.Orbit(null, null, "mmsi:1", 800, 600, true, 300.0, 110.0), null, null, null);
        AircraftMover heli = new AircraftMover(0, List.of(wp(55.35, 18.9, 300, 110), orbit),
                new AircraftPerformance(30, 1500, 1500, 2, false), k -> ship);
        double min = Double.MAX_VALUE, max = 0;
        for (long t = 0; t < 700 * S && heli.sample(t); t += S) {
            ship.sample(t);
            double d = Geo.distanceM(heli.sampleLatDeg(), heli.sampleLonDeg(), ship.sampleLatDeg(), ship.sampleLonDeg());
            if (t > 300 * S) {
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        assertThat(min).isGreaterThan(600);
        assertThat(max).isLessThan(1000);
    }

    @Test
    void shipsTurnSlowlyAndAnchor() {
        ShipMover ship = new ShipMover(0, List.of(new ShipStep(55, 15, 12.0, null, null),
                new ShipStep(55.1, 15, 12.0, 600.0, null), new ShipStep(55.1, 15.3, 12.0, null, null)), 30);
        double maxRot = 0;
        boolean anchored = false;
        for (long t = 0; t < 7200 * S && ship.sample(t); t += S) {
            maxRot = Math.max(maxRot, Math.abs(ship.turnRateDegS()));
            anchored |= ship.navStatus() == ShipMover.AT_ANCHOR && ship.speedKt() == 0;
        }
        assertThat(maxRot).isLessThanOrEqualTo(0.5 + 1e-9);
        assertThat(anchored).isTrue();
        assertThat(ship.ended()).isTrue();
    }

    @Test
    void samplesAreDeterministicWhateverTheOrderOfQuestions() {
        AircraftMover a = new AircraftMover(0, List.of(wp(55, 12, 9000, 300), wp(56, 13, 20000, 400)),
                AircraftPerformance.AIRLINER, k -> null);
        AircraftMover b = new AircraftMover(0, List.of(wp(55, 12, 9000, 300), wp(56, 13, 20000, 400)),
                AircraftPerformance.AIRLINER, k -> null);
        b.sample(1_234_567_891L);
        b.sample(2_900_000_000L);          // b has stepped ahead; an earlier time must still interpolate exactly
        a.sample(2_100_000_000L);
        b.sample(2_100_000_000L);
        assertThat(b.sampleLatDeg()).isEqualTo(a.sampleLatDeg());
        assertThat(b.sampleLonDeg()).isEqualTo(a.sampleLonDeg());
        assertThat(b.sampleAltFt()).isEqualTo(a.sampleAltFt());
    }
}

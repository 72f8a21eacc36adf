package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Closed-form CPA/TCPA and violation intervals on hand-solved geometries. */
class RelativeMotionTest {

    private static final double R = 9_260;      // 5 NM in metres
    private final double[] in = new double[2];

    @Test
    void rightAngleCrossingMeetsAtTheCrossingPoint() {
        // A at (-10 km, 0) east at 100 m/s, B at (0, -10 km) north at 100 m/s: B − A = (10 km, −10 km), dv = (−100, 100)
        double dx = 10_000, dy = -10_000, dvx = -100, dvy = 100;
        assertThat(RelativeMotion.tcpaS(dx, dy, dvx, dvy)).isCloseTo(100, within(1e-9));
        assertThat(RelativeMotion.distanceAtM(dx, dy, dvx, dvy, 100)).isCloseTo(0, within(1e-9));
        // |d + dv t| = √2·|10000 − 100 t| < R  ⇔  |t − 100| < R / (100 √2)
        double half = R / (100 * Math.sqrt(2));
        assertThat(RelativeMotion.horizontalInterval(dx, dy, dvx, dvy, R, in)).isTrue();
        assertThat(in[0]).isCloseTo(100 - half, within(1e-9));
        assertThat(in[1]).isCloseTo(100 + half, within(1e-9));
        assertThat(half).isCloseTo(65.478, within(1e-3));
    }

    @Test
    void headOnWithLateralOffset() {
        // A east at 200 m/s from the origin; B at (20 km, 1 km) west at 200 m/s
        double dx = 20_000, dy = 1_000, dvx = -400, dvy = 0;
        assertThat(RelativeMotion.tcpaS(dx, dy, dvx, dvy)).isCloseTo(50, within(1e-9));
        assertThat(RelativeMotion.distanceAtM(dx, dy, dvx, dvy, 50)).isCloseTo(1_000, within(1e-9));
        // (20000 − 400 t)² + 1000² < R²  ⇔  |20000 − 400 t| < √(R² − 1000²)
        double w = Math.sqrt(R * R - 1_000 * 1_000) / 400;
        assertThat(RelativeMotion.horizontalInterval(dx, dy, dvx, dvy, R, in)).isTrue();
        assertThat(in[0]).isCloseTo(50 - w, within(1e-9));
        assertThat(in[1]).isCloseTo(50 + w, within(1e-9));
    }

    @Test
    void overtakingFromBehind() {
        // B 5 km behind and 500 m abeam, 50 m/s faster on the same track
        double dx = -5_000, dy = 500, dvx = 50, dvy = 0;
        assertThat(RelativeMotion.tcpaS(dx, dy, dvx, dvy)).isCloseTo(100, within(1e-9));
        assertThat(RelativeMotion.distanceAtM(dx, dy, dvx, dvy, 100)).isCloseTo(500, within(1e-9));
        double w = Math.sqrt(R * R - 500 * 500) / 50;
        assertThat(RelativeMotion.horizontalInterval(dx, dy, dvx, dvy, R, in)).isTrue();
        assertThat(in[0]).isCloseTo(100 - w, within(1e-9));
        assertThat(in[1]).isCloseTo(100 + w, within(1e-9));
        // already inside: the interval started in the past
        assertThat(in[0]).isLessThan(0);
    }

    @Test
    void parallelAtEqualSpeedNeverChanges() {
        assertThat(RelativeMotion.tcpaS(3_000, 4_000, 0, 0)).isZero();
        assertThat(RelativeMotion.distanceAtM(3_000, 4_000, 0, 0, 0)).isCloseTo(5_000, within(1e-9));
        assertThat(RelativeMotion.horizontalInterval(3_000, 4_000, 0, 0, R, in)).isTrue();
        assertThat(in[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(in[1]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(RelativeMotion.horizontalInterval(9_000, 4_000, 0, 0, R, in)).isFalse();
    }

    @Test
    void divergingMissNeverEnters() {
        // CPA 10 km > R: no interval
        assertThat(RelativeMotion.horizontalInterval(20_000, 10_000, -400, 0, R, in)).isFalse();
        assertThat(RelativeMotion.tcpaS(20_000, 10_000, 400, 0)).isCloseTo(-50, within(1e-9));
    }

    @Test
    void climbingThroughTheOtherLevel() {
        // B 3000 ft below, climbing 2000 ft/min: |−3000 + 33.3 t| < 1000 ⇔ 60 s < t < 120 s
        double dvz = 2_000 / 60.0;
        assertThat(RelativeMotion.verticalInterval(-3_000, dvz, 1_000, in)).isTrue();
        assertThat(in[0]).isCloseTo(60, within(1e-9));
        assertThat(in[1]).isCloseTo(120, within(1e-9));
        assertThat(RelativeMotion.verticalTauS(-3_000, dvz)).isCloseTo(90, within(1e-9));
        assertThat(RelativeMotion.verticalTauS(-3_000, -dvz)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(RelativeMotion.verticalInterval(-3_000, 0, 1_000, in)).isFalse();
        assertThat(RelativeMotion.verticalInterval(-500, 0, 1_000, in)).isTrue();
        assertThat(in[0]).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void modifiedTauMatchesTheDefinition() {
        // r = 10 km closing at 250 m/s head-on, DMOD 0.8 NM: tau = (r² − DMOD²)/(r · 250)
        double dmod = 0.8 * 1852;
        double expected = (10_000.0 * 10_000 - dmod * dmod) / (10_000 * 250);
        assertThat(RelativeMotion.modifiedTauS(10_000, 0, -250, 0, dmod)).isCloseTo(expected, within(1e-9));
        assertThat(RelativeMotion.modifiedTauS(1_000, 0, 250, 0, dmod)).isZero();        // inside DMOD
        assertThat(RelativeMotion.modifiedTauS(10_000, 0, 250, 0, dmod)).isEqualTo(Double.POSITIVE_INFINITY);
    }
}

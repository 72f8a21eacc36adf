package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.deconflict.engine.event.EncounterClosed;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.geo.Geo;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the pair geometry and of whole scenes: a pair is symmetric, a scene's encounters do not change when
 * it is rotated or moved, and well-separated traffic raises nothing.
 */
class GeometryPropertiesTest {

    private static final double R = 5 * Geo.M_PER_NM;

    @Property
    void pairIsSymmetric(@ForAll @DoubleRange(min = -50_000, max = 50_000) double dx,
                         @ForAll @DoubleRange(min = -50_000, max = 50_000) double dy,
                         @ForAll @DoubleRange(min = -600, max = 600) double dvx,
                         @ForAll @DoubleRange(min = -600, max = 600) double dvy) {
        double t1 = RelativeMotion.tcpaS(dx, dy, dvx, dvy);
        double t2 = RelativeMotion.tcpaS(-dx, -dy, -dvx, -dvy);
        assertThat(t2).isCloseTo(t1, within(1e-9 * (1 + Math.abs(t1))));
        double[] a = new double[2];
        double[] b = new double[2];
        boolean ia = RelativeMotion.horizontalInterval(dx, dy, dvx, dvy, R, a);
        boolean ib = RelativeMotion.horizontalInterval(-dx, -dy, -dvx, -dvy, R, b);
        assertThat(ib).isEqualTo(ia);
        if (ia) {
            assertThat(b[0]).isEqualTo(a[0]);
            assertThat(b[1]).isEqualTo(a[1]);
        }
    }

    @Property
    void pairIsRotationInvariant(@ForAll @DoubleRange(min = -50_000, max = 50_000) double dx,
                                 @ForAll @DoubleRange(min = -50_000, max = 50_000) double dy,
                                 @ForAll @DoubleRange(min = -600, max = 600) double dvx,
                                 @ForAll @DoubleRange(min = -600, max = 600) double dvy,
                                 @ForAll @DoubleRange(min = 0, max = 360) double angleDeg) {
        Assume.that(dvx * dvx + dvy * dvy > 1);
        double c = Math.cos(Math.toRadians(angleDeg));
        double s = Math.sin(Math.toRadians(angleDeg));
        double rx = c * dx - s * dy, ry = s * dx + c * dy, rvx = c * dvx - s * dvy, rvy = s * dvx + c * dvy;
        double t = RelativeMotion.tcpaS(dx, dy, dvx, dvy);
        assertThat(RelativeMotion.tcpaS(rx, ry, rvx, rvy)).isCloseTo(t, within(1e-6 * (1 + Math.abs(t))));
        assertThat(RelativeMotion.distanceAtM(rx, ry, rvx, rvy, t))
                .isCloseTo(RelativeMotion.distanceAtM(dx, dy, dvx, dvy, t), within(1e-5));
        double[] a = new double[2];
        double[] b = new double[2];
        boolean ia = RelativeMotion.horizontalInterval(dx, dy, dvx, dvy, R, a);
        boolean ib = RelativeMotion.horizontalInterval(rx, ry, rvx, rvy, R, b);
        double cpa = RelativeMotion.distanceAtM(dx, dy, dvx, dvy, t);
        Assume.that(Math.abs(cpa - R) > 1e-3);              // tangent passes are numerically either
        assertThat(ib).isEqualTo(ia);
        if (ia) {
            assertThat(b[0]).isCloseTo(a[0], within(1e-6 * (1 + Math.abs(a[0]))));
            assertThat(b[1]).isCloseTo(a[1], within(1e-6 * (1 + Math.abs(a[1]))));
        }
    }

    /**
     * Two aircraft meeting at a random angle with a random miss distance, closest at t = 150 s on a sample, at
     * vertical offsets kept away from the thresholds. Swapping which aircraft has the lower address, rotating the
     * whole scene, or moving it by up to 40 km changes neither which encounters happen nor their closest geometry.
     */
    @Property(tries = 60)
    void sceneEncountersAreSymmetricAndInvariantUnderRotationAndTranslation(
            @ForAll @DoubleRange(min = 10, max = 180) double crossingDeg,
            @ForAll @DoubleRange(min = 0, max = 8) double missNm,
            @ForAll @IntRange(min = 0, max = 2) int verticalCase,
            @ForAll @DoubleRange(min = 0, max = 360) double rotationDeg,
            @ForAll @DoubleRange(min = -40_000, max = 40_000) double moveEastM,
            @ForAll @DoubleRange(min = -40_000, max = 40_000) double moveNorthM) {
        double missM = missNm * Geo.M_PER_NM;
        // stay clear of every horizontal threshold, where one sample more or less flips the outcome
        for (double thr : new double[] {R, 500 * Geo.M_PER_FT, 0.5 * Geo.M_PER_NM}) {
            Assume.that(Math.abs(missM - thr) > 0.03 * thr);
        }
        double dzFt = new double[] {0, 300, 1_500}[verticalCase];
        Set<String> base = summary(pair(crossingDeg, missM, dzFt, 0, 0, 0, false));
        assertThat(summary(pair(crossingDeg, missM, dzFt, 0, 0, 0, true))).isEqualTo(base);
        assertThat(summary(pair(crossingDeg, missM, dzFt, rotationDeg, moveEastM, moveNorthM, false)))
                .isEqualTo(base);
    }

    /** Aircraft of both kinds on a 100 km lattice with random headings: nothing within reach, nothing raised. */
    @Property(tries = 30)
    void noEventWhenAllSeparationsAreLarge(@ForAll @IntRange(min = 2, max = 6) int side,
                                           @ForAll("seeds") long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        List<Scene.Mover> movers = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                double e = i * 100_000.0, nn = j * 100_000.0;
                movers.add(Scene.aircraft(0x440000 + n, e, nn, 20_000 + rnd.nextInt(20) * 1_000,
                        250 + rnd.nextInt(230), rnd.nextDouble() * 360, rnd.nextInt(3) == 0 ? -1_000 : 0));
                movers.add(Scene.vessel(230_000_000 + n, e + 50_000, nn + 50_000, rnd.nextInt(20),
                        rnd.nextDouble() * 360));
                n++;
            }
        }
        assertThat(Scene.run(Scene.sample(movers, 60))).isEmpty();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> seeds() {
        return net.jqwik.api.Arbitraries.longs();
    }

    private static List<EngineEvent> pair(double crossingDeg, double missM, double dzFt, double rotationDeg,
                                          double moveEastM, double moveNorthM, boolean swapKeys) {
        double v = 400 * Geo.MPS_PER_KT;
        double h1 = rotationDeg;
        double h2 = rotationDeg + crossingDeg;
        // closest point of approach at t = 150 s: A at the origin, B at the miss distance perpendicular to the
        // relative velocity
        double rvx = v * (Math.sin(Math.toRadians(h2)) - Math.sin(Math.toRadians(h1)));
        double rvy = v * (Math.cos(Math.toRadians(h2)) - Math.cos(Math.toRadians(h1)));
        double norm = Math.hypot(rvx, rvy);
        double px = -rvy / norm * missM, py = rvx / norm * missM;
        int ka = swapKeys ? 0x400002 : 0x400001;
        int kb = swapKeys ? 0x400001 : 0x400002;
        Scene.Mover a = Scene.aircraft(ka, moveEastM - 150 * v * Math.sin(Math.toRadians(h1)),
                moveNorthM - 150 * v * Math.cos(Math.toRadians(h1)), 25_000, 400, Geo.normalize360(h1), 0);
        Scene.Mover b = Scene.aircraft(kb, moveEastM + px - 150 * v * Math.sin(Math.toRadians(h2)),
                moveNorthM + py - 150 * v * Math.cos(Math.toRadians(h2)), 25_000 + dzFt, 400,
                Geo.normalize360(h2), 0);
        return Scene.run(Scene.sample(List.of(a, b), 300));
    }

    /** Encounter types that closed, with their closest horizontal distance to 0.5 % + 2 m and time to the second. */
    private static Set<String> summary(List<EngineEvent> events) {
        Set<String> out = new TreeSet<>();
        for (EngineEvent e : events) {
            if (e instanceof EncounterClosed c && c.encounter().type() != EncounterType.TCAS_TA
                    && c.encounter().type() != EncounterType.TCAS_RA) {
                out.add(c.encounter().type().name());
            }
        }
        for (EngineEvent e : events) {
            if (e instanceof EncounterClosed c && c.encounter().type() == EncounterType.LOSS_OF_SEPARATION) {
                double h = c.encounter().minHorizontalM();
                assertThat(h).isGreaterThanOrEqualTo(0);
                out.add("closest@" + Math.round(Scene.seconds(c.encounter().closest().timeNanos())));
            }
        }
        return out;
    }
}

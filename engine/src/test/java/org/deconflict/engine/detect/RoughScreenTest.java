package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A rebuild first rules candidates out with rough tests on their grid copies ({@code roughlyVerticalMayMeet},
 * {@code roughlyMayMeet}), and only then applies the exact test on their references ({@code mayMeet}). The rough tests
 * must be necessary conditions of the exact one: a candidate they reject could still have passed the screen, and
 * would be missing from the lists. Cases are random pairs where the candidate's copy lies within its skins of its
 * reference, as the rebuild rules guarantee (a track whose fix leaves its reference by more than a skin rebuilds
 * first): position, velocity, altitude and vertical rate, at a fix time up to a horizon after its reference. The
 * rebuilding track climbs and turns too, which the exact test follows along its reference line.
 */
class RoughScreenTest {

    private static final int CASES = 50_000;
    private static final long T0 = 1_700_000_000_000_000_000L;

    @Test
    void roughTestsNeverRejectAnAircraftTheExactTestKeeps() {
        assertRoughTestsNecessary(Scene.airScan(), true, 60_000, new Random(3));
    }

    @Test
    void roughTestNeverRejectsAShipTheExactTestKeeps() {
        assertRoughTestsNecessary(Scene.seaScan(), false, 40_000, new Random(4));
    }

    private static void assertRoughTestsNecessary(NeighbourScan scan, boolean air, double spreadM, Random rnd) {
        long horizon = scan.horizonNanos;
        long maxAge = scan.maxAgeNanos;
        int kept = 0;
        int rejected = 0;
        for (int n = 0; n < CASES; n++) {
            double latDeg = 30 + rnd.nextDouble() * 40;
            double lonDeg = rnd.nextDouble() * 360 - 180;
            Track x = new Track(1, air, T0);
            x.refNanos = T0;
            x.refLatDeg = latDeg;
            x.refLonDeg = lonDeg;
            x.latDeg = latDeg;
            x.lonDeg = lonDeg;
            x.mPerDegLat = CellScheme.metresPerDegLat(latDeg);
            x.mPerDegLon = CellScheme.metresPerDegLon(latDeg);
            double xSpeed = rnd.nextDouble() * scan.capMps;
            double xTrack = rnd.nextDouble() * 2 * Math.PI;
            x.refVEastMps = (float) (xSpeed * Math.sin(xTrack));
            x.refVNorthMps = (float) (xSpeed * Math.cos(xTrack));
            x.refAltitudeFt = air ? (float) (5_000 + rnd.nextDouble() * 30_000) : Float.NaN;
            x.refVUpFtps = air ? (float) ((rnd.nextDouble() * 2 - 1) * 60) : 0;

            // The candidate's reference: older than x's by up to a horizon, or a little newer
            long yRef = T0 - (long) (rnd.nextDouble() * horizon) + (long) (rnd.nextDouble() * maxAge);
            double ySpeed = rnd.nextDouble() * scan.capMps;
            double yTrack = rnd.nextDouble() * 2 * Math.PI;
            float yVEast = (float) (ySpeed * Math.sin(yTrack));
            float yVNorth = (float) (ySpeed * Math.cos(yTrack));
            double yEastM = (rnd.nextDouble() * 2 - 1) * spreadM;
            double yNorthM = (rnd.nextDouble() * 2 - 1) * spreadM;
            float yAlt = air ? (float) (x.refAltitudeFt + (rnd.nextDouble() * 2 - 1) * 5_000) : Float.NaN;
            float yVUp = air ? (float) ((rnd.nextDouble() * 2 - 1) * 60) : 0;
            // Its last fix: within a horizon after the reference (later it would have rebuilt), not after x's now
            // by more than the max age, and within every skin of the reference line
            long fix = Math.min(yRef + (long) (rnd.nextDouble() * horizon), T0 + maxAge);
            double dtS = (fix - yRef) * 1e-9;
            double skinAngle = rnd.nextDouble() * 2 * Math.PI;
            double skin = Math.sqrt(rnd.nextDouble()) * scan.skinM * 0.999;
            double fixEastM = yEastM + yVEast * dtS + skin * Math.sin(skinAngle);
            double fixNorthM = yNorthM + yVNorth * dtS + skin * Math.cos(skinAngle);
            double speedSkinAngle = rnd.nextDouble() * 2 * Math.PI;
            double speedSkin = Math.sqrt(rnd.nextDouble()) * scan.speedSkinMps * 0.999;

            Track y = new Track(2, air, yRef);
            y.refNanos = yRef;
            y.refLatDeg = latDeg + yNorthM / x.mPerDegLat;
            y.refLonDeg = lonDeg + yEastM / x.mPerDegLon;
            y.refVEastMps = yVEast;
            y.refVNorthMps = yVNorth;
            y.refAltitudeFt = yAlt;
            y.refVUpFtps = yVUp;
            y.near = new Track[0];
            y.positionNanos = fix;
            y.latDeg = latDeg + fixNorthM / x.mPerDegLat;
            y.lonDeg = lonDeg + fixEastM / x.mPerDegLon;
            y.mPerDegLon = CellScheme.metresPerDegLon(y.latDeg);
            y.vEastMps = yVEast + speedSkin * Math.sin(speedSkinAngle);
            y.vNorthMps = yVNorth + speedSkin * Math.cos(speedSkinAngle);
            if (air) {
                y.altitudeFt = yAlt + yVUp * dtS
                        + (rnd.nextDouble() * 2 - 1) * AirAirDetector.ALTITUDE_SKIN_FT * 0.999;
                y.vUpFtps = yVUp + (rnd.nextDouble() * 2 - 1) * AirAirDetector.VERTICAL_SKIN_FTPS * 0.999;
            }
            SpatialGrid.Cell cell = new SpatialGrid.Cell(0);
            cell.write(0, y);
            cell.writeRef(0, y);
            cell.size = 1;

            scan.prepareRoughReach(x, Math.ceil(ySpeed));
            boolean rough = scan.roughlyVerticalMayMeet(x, cell.data, 0) && scan.roughlyMayMeet(x, cell.data, 0);
            boolean exact = scan.mayMeet(x, cell, 0);
            if (exact) {
                kept++;
                assertThat(rough).as("case %d: the exact test keeps the candidate, the rough ones reject it", n)
                        .isTrue();
            }
            if (!rough) {
                rejected++;
            }
        }
        // Both outcomes must be common, or the property would hold vacuously
        assertThat(kept).isGreaterThan(CASES / 50);
        assertThat(rejected).isGreaterThan(CASES / 10);
    }
}

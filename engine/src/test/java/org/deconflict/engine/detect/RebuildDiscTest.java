package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.deconflict.engine.geo.Geo;
import org.junit.jupiter.api.Test;

/**
 * The disc a neighbour-list rebuild examines ({@link NeighbourScan#disc}) holds every track that can meet the
 * rebuilding one before either list expires. Cases are built backwards from a meeting: at a time the pair can still
 * be evaluated (from a max age before the rebuild to the earlier reference's horizon and max age after, plus the
 * screen's look-ahead), a partner's reference line passes within the screen's reach ({@link NeighbourScan#reachM}) of
 * the rebuilding track's line. The partner's reference may be up to a horizon and two max ages old, its speed up to
 * the others', and its last fix — where the grid holds it, possibly long ago — lies within a skin of its line, after
 * its reference; that fix must lie in the disc. The rebuilding track flies up to twice the domain's
 * speed cap, at latitudes up to 75°, where the flat step to the disc's centre is furthest off. A centre shifted too
 * far, or the track's own motion under-counted, fails; the full-scan comparison of {@code NeighbourScanPropertyTest}
 * cannot see such a loss, as the partner's own rebuild links the pair too. The meetings must also reach near the
 * disc's edge, where the partner's travel makes most of it too: a disc counting that travel too generously (it costs
 * candidates at every rebuild) fails.
 */
class RebuildDiscTest {

    private static final int CASES = 20_000;

    @Test
    void everyAircraftThatCanMeetTheRebuildingOneLiesInItsDisc() {
        assertMeetingsInside(Scene.airScan(), true, new Random(1));
    }

    @Test
    void everyShipThatCanMeetTheRebuildingOneLiesInItsDisc() {
        assertMeetingsInside(Scene.seaScan(), false, new Random(2));
    }

    private static void assertMeetingsInside(NeighbourScan scan, boolean aircraft, Random rnd) {
        double horizonS = scan.horizonNanos * 1e-9;
        double maxAgeS = scan.maxAgeS;
        double farthest = 0;
        double farthestPartnerLed = 0;     // cases whose partners may be faster than the rebuilding track
        for (int i = 0; i < CASES; i++) {
            // The rebuilding track (now = 0 s, its reference time), up to twice the speed cap (the fast ones too)
            double latDeg = rnd.nextDouble() * 150 - 75;
            double lonDeg = rnd.nextDouble() * 360 - 180;
            double speedMps = rnd.nextDouble() * 2 * scan.capMps;
            double othersMps = rnd.nextDouble() * scan.capMps;
            Track u = rebuilding(aircraft, latDeg, lonDeg, speedMps, rnd.nextDouble() * 360);
            NeighbourScan.Disc disc = scan.disc(u, speedMps, othersMps);

            // A partner no faster than the others whose reference is recent enough for the pair to be evaluated
            // before it expires (up to a horizon and two max ages old, or a max age in the future: reports slightly
            // out of order), and whose last fix, where the grid holds it, came after its reference, within a horizon
            // of it, and lies within a skin of its line. That fix may be old: a partner that falls silent keeps its
            // list, and when it reports again before its reference expires, only this track's list pairs them
            double partnerMps = othersMps * Math.sqrt(rnd.nextDouble());
            double partnerRad = rnd.nextDouble() * 2 * Math.PI;
            double pvEast = partnerMps * Math.sin(partnerRad);
            double pvNorth = partnerMps * Math.cos(partnerRad);
            double refS = -horizonS - 2 * maxAgeS + rnd.nextDouble() * (horizonS + 3 * maxAgeS);
            double fixFromS = refS;
            double fixToS = Math.min(refS + horizonS, maxAgeS);
            double fixS = fixFromS + rnd.nextDouble() * (fixToS - fixFromS);
            // The meeting: at a time the pair can still be evaluated (before either reference expires) plus the
            // screen's look-ahead, the partner's line within the screen's reach of u's
            double meetToS = Math.min(0, refS) + horizonS + maxAgeS + scan.aheadS;
            double t = -maxAgeS + rnd.nextDouble() * (meetToS + maxAgeS);
            double reachM = scan.reachM(speedMps + partnerMps) * Math.sqrt(rnd.nextDouble());
            double reachRad = rnd.nextDouble() * 2 * Math.PI;
            double skinM = scan.skinM * Math.sqrt(rnd.nextDouble());
            double skinRad = rnd.nextDouble() * 2 * Math.PI;
            double east = u.refVEastMps * t + reachM * Math.sin(reachRad) - pvEast * (t - fixS)
                    + skinM * Math.sin(skinRad);
            double north = u.refVNorthMps * t + reachM * Math.cos(reachRad) - pvNorth * (t - fixS)
                    + skinM * Math.cos(skinRad);
            double fixLatDeg = latDeg + north / u.mPerDegLat;
            if (Math.abs(fixLatDeg) > 80) {
                continue;                       // the flat frame of u no longer describes the partner's path
            }
            double fixLonDeg = Geo.normalize180(lonDeg + east / u.mPerDegLon);

            double fromCentreM = Geo.distanceM(disc.latDeg, disc.lonDeg, fixLatDeg, fixLonDeg);
            assertThat(fromCentreM).as("case %d: meeting at %.0f s, partner %.0f m/s, u %.0f m/s at %.1f°", i, t,
                    partnerMps, speedMps, latDeg).isLessThanOrEqualTo(disc.radiusM);
            farthest = Math.max(farthest, fromCentreM / disc.radiusM);
            if (othersMps > speedMps) {
                farthestPartnerLed = Math.max(farthestPartnerLed, fromCentreM / disc.radiusM);
            }
        }
        // The cases must reach deep into the disc, or a disc far too large would pass as easily as a right one; also
        // where the partner's travel makes most of the radius, so that counting it too generously fails (a partner
        // once counted two horizons and two max ages more: its meetings then reached 0.53 (air) and 0.71 (sea) of it)
        assertThat(farthest).isGreaterThan(0.8);
        assertThat(farthestPartnerLed).isGreaterThan(0.74);
    }

    /** A track whose reference was just fixed at its position and velocity, as a rebuild leaves it. */
    private static Track rebuilding(boolean aircraft, double latDeg, double lonDeg, double speedMps, double trackDeg) {
        Track u = new Track(1, aircraft, 0);
        u.latDeg = latDeg;
        u.lonDeg = lonDeg;
        u.mPerDegLat = CellScheme.metresPerDegLat(latDeg);
        u.mPerDegLon = CellScheme.metresPerDegLon(latDeg);
        u.refLatDeg = latDeg;
        u.refLonDeg = lonDeg;
        u.refVEastMps = (float) (speedMps * Math.sin(Math.toRadians(trackDeg)));
        u.refVNorthMps = (float) (speedMps * Math.cos(Math.toRadians(trackDeg)));
        return u;
    }
}

package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.deconflict.engine.geo.Geo;
import org.junit.jupiter.api.Test;

/**
 * The disc a neighbour-list rebuild examines ({@link NeighbourScan#disc}) holds every track that can meet the
 * rebuilding one before its list expires. Cases are built backwards from a meeting: a point within the pair's reach
 * of the rebuilding track's reference line at a time anywhere in the span the lists must cover (max age before the
 * fix to horizon + max age + look-ahead after it), and a partner no faster than the others' speed that flies through
 * it; the partner's position at the rebuild must lie in the disc. Meetings late in the span, approached from behind or
 * head on, are where a disc centred too far along the line, or too small, loses partners. (The full-scan comparison
 * of {@code NeighbourScanPropertyTest} cannot see such a loss: the partner's own rebuild links the pair too.)
 */
class RebuildDiscTest {

    private static final int CASES = 20_000;

    @Test
    void everyAircraftThatCanMeetTheRebuildingOneLiesInItsDisc() {
        DetectionConfig config = DetectionConfig.defaults();
        TrackMap tracks = new TrackMap(16);
        AirAirDetector scan = new AirAirDetector(config, new EncounterBook(config, tracks),
                new SpatialGrid(config.airPairRadiusM()), tracks, true);
        assertMeetingsInside(scan, config.airAir().horizontalSeparationM(), true, new Random(1));
    }

    @Test
    void everyShipThatCanMeetTheRebuildingOneLiesInItsDisc() {
        DetectionConfig config = DetectionConfig.defaults();
        TrackMap tracks = new TrackMap(16);
        SeaSeaDetector scan = new SeaSeaDetector(config, new EncounterBook(config, tracks),
                new SpatialGrid(config.seaPairRadiusM()), tracks, true);
        assertMeetingsInside(scan, config.seaSea().cpaLimitM(), false, new Random(2));
    }

    private static void assertMeetingsInside(NeighbourScan scan, double reachM, boolean aircraft, Random rnd) {
        double horizonS = scan.horizonNanos * 1e-9;
        double fromS = -scan.maxAgeS;
        double toS = horizonS + scan.maxAgeS + scan.aheadS;
        double farthest = 0;
        for (int i = 0; i < CASES; i++) {
            double latDeg = rnd.nextDouble() * 140 - 70;
            double lonDeg = rnd.nextDouble() * 360 - 180;
            double speedMps = rnd.nextDouble() * scan.capMps;
            double othersMps = rnd.nextDouble() * scan.capMps;
            Track u = rebuilding(aircraft, latDeg, lonDeg, speedMps, rnd.nextDouble() * 360);
            NeighbourScan.Disc disc = scan.disc(u, speedMps, othersMps);

            // A meeting at time t (s from the fix) within the reach of u's reference line, by a partner at speed
            // ≤ othersMps; the partner's position at the fix, in u's local metres, then converted to degrees
            double t = fromS + rnd.nextDouble() * (toS - fromS);
            double offsetM = Math.sqrt(rnd.nextDouble()) * reachM;
            double offsetRad = rnd.nextDouble() * 2 * Math.PI;
            double partnerMps = othersMps * Math.sqrt(rnd.nextDouble());
            double partnerRad = rnd.nextDouble() * 2 * Math.PI;
            double east = u.refVEastMps * t + offsetM * Math.sin(offsetRad) - partnerMps * Math.sin(partnerRad) * t;
            double north = u.refVNorthMps * t + offsetM * Math.cos(offsetRad) - partnerMps * Math.cos(partnerRad) * t;
            double partnerLatDeg = latDeg + north / u.mPerDegLat;
            if (Math.abs(partnerLatDeg) > 80) {
                continue;                       // the flat frame of u no longer describes the partner's path
            }
            double partnerLonDeg = Geo.normalize180(lonDeg + east / u.mPerDegLon);

            double fromCentreM = Geo.distanceM(disc.latDeg, disc.lonDeg, partnerLatDeg, partnerLonDeg);
            assertThat(fromCentreM).as("case %d: meeting at %.0f s, partner %.0f m/s, u %.0f m/s", i, t, partnerMps,
                    speedMps).isLessThanOrEqualTo(disc.radiusM);
            farthest = Math.max(farthest, fromCentreM / disc.radiusM);
        }
        // The cases must reach deep into the disc (the rest of its radius is the partners' reference staleness, which
        // these straight flights do not use), or a disc far too large would pass as easily as a right one
        assertThat(farthest).isGreaterThan(0.6);
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

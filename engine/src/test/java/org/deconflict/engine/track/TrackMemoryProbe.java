package org.deconflict.engine.track;

import java.lang.management.ManagementFactory;

import org.deconflict.engine.detect.TrackListener;
import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.Channel;
import org.deconflict.engine.ingest.IdentityObservation;
import org.deconflict.engine.ingest.PositionObservation;
import org.deconflict.engine.ingest.PositionSource;
import org.deconflict.engine.ingest.ReceiverList;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.ingest.VelocityObservation;

/**
 * Heap cost per live target (not a test): fills a tracker with N targets, half aircraft and half ships, each with a
 * position, a velocity and an identity (callsign; ships also a name), and prints retained heap per target measured
 * after GC. Run: {@code java -cp engine/target/classes:engine/target/test-classes
 * org.deconflict.engine.track.TrackMemoryProbe 200000 1} (second argument: trail capacity).
 */
public final class TrackMemoryProbe {

    private TrackMemoryProbe() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int trail = Integer.parseInt(args[1]);
        TrackerConfig d = TrackerConfig.defaults();
        TrackerConfig c = new TrackerConfig(d.aircraftCoastNanos(), d.aircraftSilenceNanos(), d.aircraftExpiryNanos(),
                d.shipCoastNanos(), d.shipSilenceNanos(), d.shipExpiryNanos(), d.maxAirborneSpeedKt(),
                d.maxSurfaceSpeedKt(), d.maxShipSpeedKt(), d.positionSlackM(), d.horizonFactorAir(),
                d.horizonFactorShip(), d.assumedAircraftHeightM(), d.assumedShipAntennaM(), d.maxVerticalRateFpm(),
                d.altitudeSlackFt(), d.minAltitudeFt(), d.maxAltitudeFt(), d.relocateAfter(), d.candidateTimeoutNanos(),
                trail, d.trailMinIntervalNanos(), d.scanIntervalNanos(), d.maxPredictNanos(), d.rateTimeConstantNanos());
        TrackListener quiet = new TrackListener() {
            @Override
            public void onUpdate(TrackSnapshot s) {
            }

            @Override
            public void onSilent(TargetKey k, long lastSeenNanos, long nowNanos) {
            }

            @Override
            public void onExpired(TargetKey k, long nowNanos) {
            }
        };
        Tracker tracker = new Tracker(c, new ReceiverRegistry(), quiet);
        long before = usedHeap();
        long t = 1_700_000_000_000_000_000L;
        ReceiverList rx = ReceiverList.of(1);
        for (int i = 0; i < n; i++) {
            boolean air = i % 2 == 0;
            TargetKey k = air ? TargetKey.icao(i & 0xFFFFFF, AddressType.ICAO) : TargetKey.mmsi(200_000_000 + i);
            Channel ch = air ? Channel.ADSB : Channel.AIS;
            tracker.accept(new PositionObservation(k, t, rx, ch, air ? PositionSource.ADSB_AIRBORNE_GLOBAL : PositionSource.AIS,
                    54 + (i % 1000) * 0.001, 15 + (i / 1000) * 0.001, air ? 35_000 : Double.NaN, false, !air, 8, 9));
            tracker.accept(new VelocityObservation(k, t, rx, ch, 450, 90, 0, false, 90, Double.NaN, Double.NaN));
            tracker.accept(new IdentityObservation(k, t, rx, ch, "CALL" + (i % 10_000), air ? null : "SHIP NAME " + i,
                    air ? 0xA3 : 70, -1, 10, 20, 5, 5));
        }
        long after = usedHeap();
        System.out.printf("targets=%d trailCapacity=%d retained=%d B => %.0f B/target%n", tracker.size(), trail,
                after - before, (after - before) / (double) n);
    }

    private static long usedHeap() {
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

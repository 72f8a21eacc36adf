package org.deconflict.engine.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.deconflict.engine.event.EncounterOpened;
import org.deconflict.engine.event.EncounterClosed;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.geo.EnuFrame;
import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;

/**
 * Test scenes: targets in straight-line motion placed in metres on an ENU frame over the Baltic, sampled into
 * snapshots in time order and fed to detectors.
 */
final class Scene {

    static final EnuFrame FRAME = new EnuFrame(56.0, 18.0);
    static final long T0 = 1_700_000_000_000_000_000L;

    /** An air–air pair search with default thresholds over an empty grid, for tests of its own rules. */
    static AirAirDetector airScan() {
        DetectionConfig config = DetectionConfig.defaults();
        TrackMap tracks = new TrackMap(16);
        return new AirAirDetector(config, new EncounterBook(config, tracks), new SpatialGrid(config.airPairRadiusM()),
                tracks, true);
    }

    /** A sea–sea pair search with default thresholds over an empty grid, for tests of its own rules. */
    static SeaSeaDetector seaScan() {
        DetectionConfig config = DetectionConfig.defaults();
        TrackMap tracks = new TrackMap(16);
        return new SeaSeaDetector(config, new EncounterBook(config, tracks), new SpatialGrid(config.seaPairRadiusM()),
                tracks, true);
    }

    /** One mover: start position (m), altitude (ft), speed (kt), track (deg), vertical rate (fpm). */
    record Mover(TargetKey key, double east0M, double north0M, double alt0Ft, double speedKt, double trackDeg,
                 double verticalRateFpm, double periodS, boolean military, int category, TransponderMode mode,
                 int nacp) {

        double eastAt(double tS) {
            return east0M + speedKt * Geo.MPS_PER_KT * Math.sin(Math.toRadians(trackDeg)) * tS;
        }

        double northAt(double tS) {
            return north0M + speedKt * Geo.MPS_PER_KT * Math.cos(Math.toRadians(trackDeg)) * tS;
        }

        TrackSnapshot at(double tS) {
            return snapshot(key, tS, eastAt(tS), northAt(tS), key.kind() == TargetKey.Kind.SHIP ? 0
                    : alt0Ft + verticalRateFpm / 60 * tS, speedKt, trackDeg,
                    key.kind() == TargetKey.Kind.SHIP ? 0 : verticalRateFpm, military, category, mode, nacp);
        }
    }

    static TargetKey air(int address) {
        return TargetKey.icao(address, AddressType.ICAO);
    }

    static TargetKey ship(int mmsi) {
        return TargetKey.mmsi(mmsi);
    }

    static Mover aircraft(int address, double east0M, double north0M, double altFt, double speedKt, double trackDeg,
                          double vrFpm) {
        return new Mover(air(address), east0M, north0M, altFt, speedKt, trackDeg, vrFpm, 1, false, 0xA3,
                TransponderMode.ADSB, 9);
    }

    static Mover vessel(int mmsi, double east0M, double north0M, double speedKt, double courseDeg) {
        return new Mover(ship(mmsi), east0M, north0M, 0, speedKt, courseDeg, 0, 10, false, 70,
                TransponderMode.AIS, 10);
    }

    static TrackSnapshot snapshot(TargetKey key, double tS, double eastM, double northM, double altFt, double speedKt,
                                  double trackDeg, double vrFpm, boolean military, int category, TransponderMode mode,
                                  int nacp) {
        return new TrackSnapshot(key, time(tS), FRAME.latDeg(eastM, northM), FRAME.lonDeg(eastM, northM), altFt,
                speedKt, trackDeg, vrFpm, false, null, key.kind() == TargetKey.Kind.SHIP ? "SE" : "DE", military,
                category, mode, nacp, nacp < 0 ? -1 : 8, 1);
    }

    static long time(double tS) {
        return T0 + Math.round(tS * 1e9);
    }

    static double seconds(long tNanos) {
        return (tNanos - T0) / 1e9;
    }

    /** Samples every mover at its period from 0 to {@code durationS}, in time order (ties by key). */
    static List<TrackSnapshot> sample(List<Mover> movers, double durationS) {
        List<TrackSnapshot> out = new ArrayList<>();
        for (Mover m : movers) {
            for (double t = 0; t <= durationS + 1e-9; t += m.periodS()) {
                out.add(m.at(t));
            }
        }
        out.sort(Comparator.comparingLong(TrackSnapshot::timeNanos).thenComparing(TrackSnapshot::key));
        return out;
    }

    /** Feeds the snapshots to fresh default detectors and advances time to the end + 1 min; returns the events. */
    static List<EngineEvent> run(List<TrackSnapshot> snapshots) {
        return run(DetectionConfig.defaults(), snapshots);
    }

    static List<EngineEvent> run(DetectionConfig config, List<TrackSnapshot> snapshots) {
        List<EngineEvent> events = new ArrayList<>();
        Detectors d = new Detectors(config, events::add);
        feed(d, snapshots);
        return events;
    }

    static void feed(Detectors d, List<TrackSnapshot> snapshots) {
        long last = 0;
        for (TrackSnapshot s : snapshots) {
            d.onUpdate(s);
            last = s.timeNanos();
        }
        d.advanceTo(last + 60_000_000_000L);
    }

    static List<EncounterOpened> opened(List<EngineEvent> events, EncounterType type) {
        return events.stream().filter(e -> e instanceof EncounterOpened o && o.encounter().type() == type)
                .map(e -> (EncounterOpened) e).toList();
    }

    static List<EncounterClosed> closed(List<EngineEvent> events, EncounterType type) {
        return events.stream().filter(e -> e instanceof EncounterClosed c && c.encounter().type() == type)
                .map(e -> (EncounterClosed) e).toList();
    }

    private Scene() {
    }
}

package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconflict.engine.detect.DarkFlightDetectorTest.of;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.SpoofingSuspicion;
import org.deconflict.engine.event.SpoofingSuspicion.Reason;
import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;
import org.junit.jupiter.api.Test;

/** Spoofing suspicions from kinematics, reception range and duplicated addresses. */
class SpoofingDetectorTest {

    private static final double V = 400 * Geo.MPS_PER_KT;
    private static final TargetKey KEY = Scene.air(0x4CA001);

    private static TrackSnapshot at(double t, double east, double north, double altFt, double trackDeg) {
        return Scene.snapshot(KEY, t, east, north, altFt, 400, trackDeg, 0, false, 0xA3, TransponderMode.ADSB, 9);
    }

    private static List<EngineEvent> run(List<TrackSnapshot> snaps, ReceiverSites sites) {
        List<EngineEvent> events = new ArrayList<>();
        Detectors d = new Detectors(DetectionConfig.defaults(), CoverageOracle.EVERYWHERE, sites, events::add);
        snaps.forEach(d::onUpdate);
        return events;
    }

    @Test
    void positionsMovingNorthWhileReportingEastAreInconsistent() {
        List<TrackSnapshot> snaps = new ArrayList<>();
        for (double t = 0; t <= 60; t++) {
            snaps.add(at(t, 0, V * t, 30_000, 90));
        }
        List<SpoofingSuspicion> s = of(run(snaps, ReceiverSites.NONE), SpoofingSuspicion.class);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).reason()).isEqualTo(Reason.KINEMATIC_INCONSISTENCY);
        // after 10 s: moved (0, 10V), expected (10V, 0)
        assertThat(s.get(0).measured()).isCloseTo(10 * V * Math.sqrt(2), org.assertj.core.api.Assertions.within(20.0));
    }

    @Test
    void consistentFlightRaisesNothing() {
        List<TrackSnapshot> snaps = new ArrayList<>();
        for (double t = 0; t <= 60; t++) {
            snaps.add(at(t, V * t, 0, 30_000, 90));
        }
        assertThat(run(snaps, ReceiverSites.NONE)).isEmpty();
    }

    @Test
    void twoEmittersSharingOneAddress() {
        List<TrackSnapshot> snaps = new ArrayList<>();
        for (double t = 0; t <= 20; t++) {
            double north = ((int) t) % 2 == 0 ? 0 : 200_000;
            snaps.add(at(t, V * t, north, 30_000, 90));
        }
        List<SpoofingSuspicion> s = of(run(snaps, ReceiverSites.NONE), SpoofingSuspicion.class);
        assertThat(s).extracting(SpoofingSuspicion::reason).contains(Reason.DUPLICATE_ADDRESS);
        assertThat(s.stream().filter(x -> x.reason() == Reason.DUPLICATE_ADDRESS)).hasSize(1);
    }

    @Test
    void receptionBeyondTheRadioHorizon() {
        ReceiverSites sites = id -> id == 1 ? new ReceiverSites.Site(Scene.FRAME.latDeg(-300_000, 0),
                Scene.FRAME.lonDeg(-300_000, 0), 30) : null;
        // 300 km from a 30 m mast: horizon at 1000 ft ≈ 22.6 + 72.0 km (×1.2) — impossible
        List<SpoofingSuspicion> low = of(run(List.of(at(0, 0, 0, 1_000, 90)), sites), SpoofingSuspicion.class);
        assertThat(low).extracting(SpoofingSuspicion::reason).containsExactly(Reason.IMPOSSIBLE_RECEPTION_RANGE);
        // at FL350 the horizon is ≈ 449 km: fine
        assertThat(run(List.of(at(0, 0, 0, 35_000, 90)), sites)).isEmpty();
    }
}

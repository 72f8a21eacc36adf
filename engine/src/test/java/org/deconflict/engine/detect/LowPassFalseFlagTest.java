package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconflict.engine.detect.DarkFlightDetectorTest.of;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.engine.event.DarkGap;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.SpoofingSuspicion;
import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.CoverageModel;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.ReceiverSite;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;
import org.junit.jupiter.api.Test;

/**
 * A fighter making low passes over a ship drops below the receivers' radio horizon and turns hard while unheard: the
 * silence is not a dark gap and the turn is not a spoof. Each quiet case has a twin that must still fire: a silence
 * where even a sea-skimming aircraft would be heard, a silence at altitude, and positions that drift away from the
 * reported velocity while reception continues.
 */
class LowPassFalseFlagTest {

    private static final TargetKey KEY = Scene.air(0x152401);
    /** One 1090 MHz receiver on a 40 m mast at the scene origin: horizon ≈ 26 km at sea level, 48.6 km at 100 ft. */
    private static final int RX = 8;
    private static final double V = 420 * Geo.MPS_PER_KT;

    /** Coverage learned from traffic at 900 ft out to 70 km in every direction (band 0 claims all of it). */
    private static CoverageOracle learnedCoverage() {
        ReceiverRegistry registry = new ReceiverRegistry();
        registry.register(new ReceiverSite(RX, Scene.FRAME.latDeg(0, 0), Scene.FRAME.lonDeg(0, 0), 40,
                ReceiverSite.Kind.ADSB_1090));
        CoverageModel model = new CoverageModel(registry, 3);
        for (int deg = 0; deg < 360; deg++) {
            double b = Math.toRadians(deg + 0.5);
            for (int k = 0; k < 3; k++) {
                model.learn(RX, Scene.FRAME.latDeg(70_000 * Math.sin(b), 70_000 * Math.cos(b)),
                        Scene.FRAME.lonDeg(70_000 * Math.sin(b), 70_000 * Math.cos(b)), 900);
            }
        }
        return (lat, lon, alt) -> model.covers(RX, lat, lon, alt);
    }

    private static TrackSnapshot fix(double tS, double east, double north, double altFt, double trackDeg) {
        return Scene.snapshot(KEY, tS, east, north, altFt, 420, trackDeg, 0, true, 0xA6, TransponderMode.ADSB, 9);
    }

    /**
     * Eastbound at {@code altFt} from {@code east0M} along {@code northM}, reports every 0.5 s except while silent
     * between {@code silentFromS} and {@code backAtS}; outbound, a 180° turn of radius 3 km, then back west.
     */
    private static List<TrackSnapshot> outAndBack(double east0M, double northM, double altFt, double silentFromS,
                                                  double backAtS) {
        double legS = 60;
        double r = 3_000;
        double turnS = Math.PI * r / V;
        List<TrackSnapshot> out = new ArrayList<>();
        for (double t = 0; t <= 2 * legS + turnS; t += 0.5) {
            if (t > silentFromS && t < backAtS) {
                continue;
            }
            double east;
            double north;
            double track;
            if (t <= legS) {
                east = east0M + V * t;
                north = northM;
                track = 90;
            } else if (t <= legS + turnS) {
                double a = (t - legS) / turnS * Math.PI;         // clockwise turn to the south
                east = east0M + V * legS + r * Math.sin(a);
                north = northM - r + r * Math.cos(a);
                track = Geo.normalize360(90 + Math.toDegrees(a));
            } else {
                east = east0M + V * legS - V * (t - legS - turnS);
                north = northM - 2 * r;
                track = 270;
            }
            out.add(fix(t, east, north, altFt, track));
        }
        return out;
    }

    private static List<EngineEvent> run(List<TrackSnapshot> snaps, CoverageOracle coverage) {
        List<EngineEvent> events = new ArrayList<>();
        Detectors d = new Detectors(DetectionConfig.defaults(), coverage, ReceiverSites.NONE, events::add);
        snaps.forEach(d::onUpdate);
        return events;
    }

    @Test
    void lowPassBeyondTheHorizonIsNeitherADarkGapNorASpoof() {
        // at 100 ft from 30 km out: beyond ≈ 48 km the receiver cannot hear it; silent for the turn out there
        List<EngineEvent> events = run(outAndBack(30_000, 0, 100, 40, 125), learnedCoverage());
        assertThat(of(events, DarkGap.class)).isEmpty();
        assertThat(of(events, SpoofingSuspicion.class)).isEmpty();
    }

    @Test
    void silenceWhereEvenASeaSkimmerIsHeardIsADarkGap() {
        // the same manoeuvre 10 km from the receiver, well inside its sea-level horizon: the silence is dark
        List<DarkGap> gaps = of(run(outAndBack(-15_000, 0, 100, 40, 125), learnedCoverage()), DarkGap.class);
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).gapSeconds()).isBetween(84.0, 86.0);
        assertThat(gaps.get(0).distanceM()).isGreaterThan(1_000);
    }

    @Test
    void silenceAtAltitudeInsideCoverageIsADarkGap() {
        // the out-and-back at 5,000 ft 50–65 km out, where the learned coverage (70 km) and the horizon (≈ 186 km) hold
        List<DarkGap> gaps = of(run(outAndBack(50_000, 0, 5_000, 40, 125), learnedCoverage()), DarkGap.class);
        assertThat(gaps).hasSize(1);
    }

    @Test
    void hardTurnUnheardIsNotASpoofButDriftWhileHeardIs() {
        // 157° of a turn flown while silent for 38 s: the window restarts after the gap instead of straddling the
        // turn (averaging the velocities at both ends would miss the displacement by ≈ 4 km)
        List<TrackSnapshot> quiet = outAndBack(0, 0, 30_000, 62, 100);
        assertThat(of(run(quiet, CoverageOracle.EVERYWHERE), SpoofingSuspicion.class)).isEmpty();
        // the same flight heard throughout, but every position pushed 300 m/s north of where the velocity leads
        List<TrackSnapshot> drift = new ArrayList<>();
        for (TrackSnapshot s : outAndBack(0, 0, 30_000, 1e9, 1e9)) {
            double t = Scene.seconds(s.timeNanos());
            double east = Scene.FRAME.eastM(s.latDeg(), s.lonDeg());
            double north = Scene.FRAME.northM(s.latDeg(), s.lonDeg()) + 300 * t;
            drift.add(fix(t, east, north, 30_000, s.trackDeg()));
        }
        List<SpoofingSuspicion> s = of(run(drift, CoverageOracle.EVERYWHERE), SpoofingSuspicion.class);
        assertThat(s).extracting(SpoofingSuspicion::reason)
                .containsExactly(SpoofingSuspicion.Reason.KINEMATIC_INCONSISTENCY);
    }

    @Test
    void anUpdateCarryingTheOldPositionIsNotTheFixAfterTheGap() {
        // heard without Mode S or ADS-B position (transponder NONE) at its start, silent, then a velocity update that
        // still carries the old position, then its real position 62 km on: the gap ends at the real fix, not at 0 m
        List<TrackSnapshot> snaps = new ArrayList<>();
        for (double t = 0; t <= 3; t += 0.5) {
            snaps.add(Scene.snapshot(KEY, t, V * t, 0, 1_450, 430, 90, -9_984, true, 0xA6, TransponderMode.NONE, -1));
        }
        snaps.add(Scene.snapshot(KEY, 289, V * 3, 0, 1_450, 419, 90, 0, true, 0xA6, TransponderMode.NONE, -1));
        for (double t = 300; t <= 320; t += 0.5) {
            snaps.add(fix(t, V * t, 0, 100, 90));
        }
        List<EngineEvent> events = run(snaps, CoverageOracle.EVERYWHERE);
        assertThat(of(events, SpoofingSuspicion.class)).isEmpty();
        List<DarkGap> gaps = of(events, DarkGap.class);
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).distanceM()).isCloseTo(V * 297, org.assertj.core.api.Assertions.within(V * 3));
    }
}

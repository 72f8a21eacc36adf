package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.deconflict.engine.detect.Scene.aircraft;
import static org.deconflict.engine.detect.Scene.closed;
import static org.deconflict.engine.detect.Scene.opened;
import static org.deconflict.engine.detect.Scene.run;
import static org.deconflict.engine.detect.Scene.sample;
import static org.deconflict.engine.detect.Scene.seconds;

import java.util.List;

import org.deconflict.engine.event.EncounterClosed;
import org.deconflict.engine.event.EncounterOpened;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.event.Prediction;
import org.deconflict.engine.event.Severity;
import org.deconflict.engine.geo.Geo;
import org.junit.jupiter.api.Test;

/** Air–air detectors on constructed encounters, each beside its near-miss-but-legal twin. */
class AirAirDetectorTest {

    private static final double KT400 = 400 * Geo.MPS_PER_KT;
    private static final double R = 5 * Geo.M_PER_NM;

    /** Head-on at FL350, 400 kt each, lateral offset {@code lateralM}, closest at t = 300 s. */
    private static List<EngineEvent> headOn(double lateralM, double altBFt) {
        return run(sample(List.of(
                aircraft(0x400001, -300 * KT400, 0, 35_000, 400, 90, 0),
                aircraft(0x400002, 300 * KT400, lateralM, altBFt, 400, 270, 0)), 600));
    }

    @Test
    void lossOfSeparationHeadOnAt3Nm() {
        List<EngineEvent> events = headOn(3 * Geo.M_PER_NM, 35_000);
        List<EncounterClosed> los = closed(events, EncounterType.LOSS_OF_SEPARATION);
        assertThat(los).hasSize(1);
        var e = los.get(0).encounter();
        assertThat(e.minHorizontalM()).isCloseTo(3 * Geo.M_PER_NM, within(5.0));
        assertThat(e.minVerticalFt()).isCloseTo(0, within(1.0));
        assertThat(seconds(e.closest().timeNanos())).isCloseTo(300, within(0.01));
        // opened when the distance fell below 5 NM: along-track gap √(R² − L²) closing at 2·400 kt
        double inside = Math.sqrt(R * R - Math.pow(3 * Geo.M_PER_NM, 2)) / (2 * KT400);
        assertThat(seconds(e.startNanos())).isCloseTo(300 - inside, within(1.0));
        assertThat(seconds(e.lastNanos())).isCloseTo(300 + inside, within(1.0));
        assertThat(e.severity()).isEqualTo(Severity.C);
        assertThat(e.closest().a().key()).isEqualTo(Scene.air(0x400001));
        assertThat(e.closest().a().lonDeg()).isLessThan(e.closest().b().lonDeg() + 1e-3);
        // separation was lost (C): filed as an incident under the default policy
        assertThat(events).filteredOn(ev -> ev instanceof Incident).singleElement()
                .satisfies(ev -> {
                    Incident i = (Incident) ev;
                    assertThat(i.type()).isEqualTo(EncounterType.LOSS_OF_SEPARATION);
                    assertThat(i.severity()).isEqualTo(Severity.C);
                });

        // the prediction came earlier, with the exact entry and exit of the predicted violation
        List<EncounterOpened> pred = opened(events, EncounterType.PREDICTED_CONFLICT);
        assertThat(pred).hasSize(1);
        Prediction p = pred.get(0).encounter().prediction();
        assertThat(seconds(p.entryNanos())).isCloseTo(300 - inside, within(0.05));
        assertThat(seconds(p.exitNanos())).isCloseTo(300 + inside, within(0.05));
        assertThat(seconds(p.cpaNanos())).isCloseTo(300, within(0.05));
        assertThat(p.cpaHorizontalM()).isCloseTo(3 * Geo.M_PER_NM, within(5.0));
        assertThat(seconds(pred.get(0).timeNanos())).isCloseTo(300 - inside - 120, within(1.0));
    }

    @Test
    void noLossAt5Point5NmOrAtTheNextFlightLevel() {
        List<EngineEvent> wide = headOn(5.5 * Geo.M_PER_NM, 35_000);
        assertThat(opened(wide, EncounterType.LOSS_OF_SEPARATION)).isEmpty();
        assertThat(opened(wide, EncounterType.PREDICTED_CONFLICT)).isEmpty();

        List<EngineEvent> stacked = headOn(0, 36_000);
        assertThat(opened(stacked, EncounterType.LOSS_OF_SEPARATION)).isEmpty();
        assertThat(opened(stacked, EncounterType.PREDICTED_CONFLICT)).isEmpty();
        assertThat(opened(stacked, EncounterType.TCAS_TA)).isEmpty();
        assertThat(opened(stacked, EncounterType.TCAS_RA)).isEmpty();
        assertThat(opened(stacked, EncounterType.NMAC)).isEmpty();
    }

    @Test
    void climbingThroughPredictionEntersAndExitsOnTheVertical() {
        // A level at FL200 east at 300 kt; B crosses at right angles, climbing 2000 ft/min through FL200 at t = 300 s
        double v = 300 * Geo.MPS_PER_KT;
        List<EngineEvent> events = run(sample(List.of(
                aircraft(0x400001, -300 * v, 0, 20_000, 300, 90, 0),
                aircraft(0x400002, 0, -300 * v, 10_000, 300, 0, 2_000)), 600));
        List<EncounterOpened> pred = opened(events, EncounterType.PREDICTED_CONFLICT);
        assertThat(pred).hasSize(1);
        Prediction p = pred.get(0).encounter().prediction();
        // vertical |dz| < 1000 − 200 ft for 276 s < t < 324 s lies inside the horizontal 257.6 s < t < 342.4 s
        assertThat(seconds(p.entryNanos())).isCloseTo(276, within(0.05));
        assertThat(seconds(p.exitNanos())).isCloseTo(324, within(0.05));
        assertThat(seconds(p.cpaNanos())).isCloseTo(300, within(0.05));
        assertThat(seconds(pred.get(0).timeNanos())).isCloseTo(276 - 120, within(1.0));

        List<EncounterClosed> nmac = closed(events, EncounterType.NMAC);
        assertThat(nmac).hasSize(1);
        assertThat(nmac.get(0).encounter().severity()).isEqualTo(Severity.A);
    }

    /** Right-angle crossing whose closest point (A at the origin, B at (d, d)) falls on the t = 300 s sample. */
    @Test
    void nearMidAirCollisionFilesAnIncident() {
        double v = 300 * Geo.MPS_PER_KT;
        List<EngineEvent> events = run(sample(List.of(
                aircraft(0x400001, -300 * v, 0, 8_000, 300, 90, 0),
                aircraft(0x400002, 50, 50 - 300 * v, 8_050, 300, 0, 0)), 600));
        List<EncounterClosed> nmac = closed(events, EncounterType.NMAC);
        assertThat(nmac).hasSize(1);
        var e = nmac.get(0).encounter();
        assertThat(e.minHorizontalM()).isCloseTo(50 * Math.sqrt(2), within(1.0));
        assertThat(e.minVerticalFt()).isCloseTo(50, within(0.5));
        assertThat(e.severity()).isEqualTo(Severity.A);
        List<Incident> incidents = events.stream().filter(x -> x instanceof Incident).map(x -> (Incident) x)
                .filter(i -> i.type() == EncounterType.NMAC).toList();
        assertThat(incidents).hasSize(1);
        Incident i = incidents.get(0);
        assertThat(i.id()).isEqualTo(EncounterBook.incidentId(EncounterType.NMAC, Scene.air(0x400002),
                Scene.air(0x400001), e.startNanos())).hasSize(32);
        assertThat(i.participants()).containsExactly(Scene.air(0x400001), Scene.air(0x400002));
        assertThat(i.severity()).isEqualTo(Severity.A);
    }

    @Test
    void noNmacAt200mButSafetyNotAssured() {
        double v = 300 * Geo.MPS_PER_KT;
        List<EngineEvent> events = run(sample(List.of(
                aircraft(0x400001, -300 * v, 0, 8_000, 300, 90, 0),
                aircraft(0x400002, 150, 150 - 300 * v, 8_050, 300, 0, 0)), 600));
        assertThat(opened(events, EncounterType.NMAC)).isEmpty();
        List<EncounterClosed> los = closed(events, EncounterType.LOSS_OF_SEPARATION);
        assertThat(los).hasSize(1);
        assertThat(los.get(0).encounter().minHorizontalM()).isCloseTo(150 * Math.sqrt(2), within(1.0));
        assertThat(los.get(0).encounter().severity()).isEqualTo(Severity.B);
    }

    @Test
    void tcasTrafficAndResolutionAdvisoriesAtTheirTaus() {
        double lateral = 0.5 * Geo.M_PER_NM;
        List<EngineEvent> events = headOn(lateral, 35_000);
        List<EncounterOpened> ta = opened(events, EncounterType.TCAS_TA);
        List<EncounterOpened> ra = opened(events, EncounterType.TCAS_RA);
        assertThat(ta).hasSize(1);
        assertThat(ra).hasSize(1);
        assertThat(ta.get(0).encounter().sensitivityLevel()).isEqualTo(7);
        // SL7: TA tau 48 s with DMOD 1.30 NM, RA tau 35 s with DMOD 1.10 NM
        assertThat(seconds(ta.get(0).timeNanos())).isCloseTo(tauCrossing(lateral, 1.30, 48), within(1.0));
        assertThat(seconds(ra.get(0).timeNanos())).isCloseTo(tauCrossing(lateral, 1.10, 35), within(1.0));
    }

    @Test
    void tcasUsesTheLowAltitudeSensitivityLevel() {
        List<EngineEvent> events = run(sample(List.of(
                aircraft(0x400001, -300 * 150 * Geo.MPS_PER_KT, 0, 3_000, 150, 90, 0),
                aircraft(0x400002, 300 * 150 * Geo.MPS_PER_KT, 0, 3_000, 150, 270, 0)), 600));
        List<EncounterOpened> ra = opened(events, EncounterType.TCAS_RA);
        assertThat(ra).hasSize(1);
        assertThat(ra.get(0).encounter().sensitivityLevel()).isEqualTo(4);
        double c = 2 * 150 * Geo.MPS_PER_KT;
        double dmod = 0.35 * Geo.M_PER_NM;
        // head-on, no offset: tau = (r² − DMOD²)/(r c) = 20 s
        double r = (20 * c + Math.sqrt(400 * c * c + 4 * dmod * dmod)) / 2;
        assertThat(seconds(ra.get(0).timeNanos())).isCloseTo(300 - r / c, within(1.0));
    }

    /** First time the head-on pair (closure 800 kt, CPA at 300 s) has modified tau ≤ tau for the given DMOD. */
    private static double tauCrossing(double lateralM, double dmodNm, double tauS) {
        double c = 2 * KT400;
        double dmod = dmodNm * Geo.M_PER_NM;
        for (double t = 0; t < 300; t += 0.001) {
            double along = (300 - t) * c;
            double r = Math.hypot(along, lateralM);
            double rDot = -c * along / r;
            if ((dmod * dmod - r * r) / (r * rDot) <= tauS) {
                return t;
            }
        }
        return Double.NaN;
    }
}

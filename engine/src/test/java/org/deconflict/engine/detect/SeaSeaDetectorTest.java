package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.deconflict.engine.detect.Scene.closed;
import static org.deconflict.engine.detect.Scene.opened;
import static org.deconflict.engine.detect.Scene.run;
import static org.deconflict.engine.detect.Scene.sample;
import static org.deconflict.engine.detect.Scene.seconds;
import static org.deconflict.engine.detect.Scene.vessel;

import java.util.List;

import org.deconflict.engine.event.EncounterOpened;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.Prediction;
import org.deconflict.engine.event.Severity;
import org.deconflict.engine.geo.Geo;
import org.junit.jupiter.api.Test;

/** ARPA-style CPA/TCPA alarms and close quarters between ships. */
class SeaSeaDetectorTest {

    private static final double V = 12 * Geo.MPS_PER_KT;

    /** Right-angle crossing at 12 kt: A reaches the origin at 12 km / V; B crosses x = L then; CPA = L/√2. */
    private static List<EngineEvent> crossing(double cpaM) {
        double l = cpaM * Math.sqrt(2);
        return run(sample(List.of(
                vessel(265_000_001, -12_000, 0, 12, 90),
                vessel(265_000_002, l, -12_000, 12, 0)), 3_600));
    }

    @Test
    void crossingWithCpa0Point3NmRaisesTheAlarmTwelveMinutesAhead() {
        double cpa = 0.3 * Geo.M_PER_NM;
        List<EngineEvent> events = crossing(cpa);
        List<EncounterOpened> alarm = opened(events, EncounterType.SHIP_CPA);
        assertThat(alarm).hasSize(1);
        Prediction p = alarm.get(0).encounter().prediction();
        // closest when 12000 − V t = −L/2
        double tCpa = (12_000 + cpa * Math.sqrt(2) / 2) / V;
        // 5 m: the scene draws straight lines on a tangent plane while courses are true (meridian convergence ~0.16°
        // over 12 km at 56° N), a 0.04 % difference at this range
        assertThat(p.cpaHorizontalM()).isCloseTo(cpa, within(5.0));
        assertThat(seconds(p.cpaNanos())).isCloseTo(tCpa, within(1.0));
        assertThat(p.tcpaS()).isBetween(710.0, 720.0);            // first 10 s AIS report inside 12 min
        assertThat(seconds(alarm.get(0).timeNanos())).isCloseTo(tCpa - 720, within(10.0));
        assertThat(closed(events, EncounterType.SHIP_CPA).get(0).encounter().severity()).isEqualTo(Severity.E);
        assertThat(opened(events, EncounterType.SHIP_CLOSE_QUARTERS)).isEmpty();
    }

    @Test
    void noAlarmWhenTheCpaIs0Point7Nm() {
        List<EngineEvent> events = crossing(0.7 * Geo.M_PER_NM);
        assertThat(opened(events, EncounterType.SHIP_CPA)).isEmpty();
        assertThat(opened(events, EncounterType.SHIP_CLOSE_QUARTERS)).isEmpty();
    }

    @Test
    void closeQuartersGradedBySmallestDistance() {
        List<EngineEvent> events = crossing(0.05 * Geo.M_PER_NM);
        var cq = closed(events, EncounterType.SHIP_CLOSE_QUARTERS);
        assertThat(cq).hasSize(1);
        assertThat(cq.get(0).encounter().minHorizontalM()).isCloseTo(0.05 * Geo.M_PER_NM, within(25.0));
        assertThat(cq.get(0).encounter().severity()).isEqualTo(Severity.B);
    }

    @Test
    void mooredShipsSideBySideRaiseNothing() {
        List<EngineEvent> events = run(sample(List.of(
                vessel(265_000_001, 0, 0, 0, 0),
                vessel(265_000_002, 60, 0, 0.2, 0)), 1_800));
        assertThat(events).isEmpty();
    }
}

package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconflict.engine.detect.Scene.aircraft;
import static org.deconflict.engine.detect.Scene.opened;
import static org.deconflict.engine.detect.Scene.vessel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.track.TrackSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Separation violations (loss of separation, close quarters) are filed as incidents only on corroborated evidence:
 * each participant's own position reports inside the limit at least twice. Each case has a twin that files.
 */
class IncidentCorroborationTest {

    /** Two ships under way 100 m apart on crossing courses (10 and 8 kt): close quarters from the first report. */
    private static final Scene.Mover SHIP_A = vessel(265_000_001, 0, 0, 10, 90);
    private static final Scene.Mover SHIP_B = vessel(265_000_002, 100, -50, 8, 0);

    private static List<TrackSnapshot> reports(Scene.Mover m, double... timesS) {
        List<TrackSnapshot> out = new ArrayList<>();
        for (double t : timesS) {
            out.add(m.at(t));
        }
        return out;
    }

    private static List<EngineEvent> feed(List<TrackSnapshot> a, List<TrackSnapshot> b) {
        List<TrackSnapshot> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingLong(TrackSnapshot::timeNanos).thenComparing(TrackSnapshot::key));
        List<EngineEvent> events = new ArrayList<>();
        Detectors d = new Detectors(DetectionConfig.defaults(), events::add);
        all.forEach(d::onUpdate);
        d.advanceTo(all.get(all.size() - 1).timeNanos() + 3_600_000_000_000L);   // an hour on: every encounter closed
        return events;
    }

    private static List<Incident> incidents(List<EngineEvent> events) {
        return events.stream().filter(e -> e instanceof Incident).map(e -> (Incident) e).toList();
    }

    @Test
    void shipsHeardOnceEachAtTheSameInstantRaiseAWarningButFileNoIncident() {
        List<EngineEvent> events = feed(reports(SHIP_A, 0), reports(SHIP_B, 0));
        assertThat(opened(events, EncounterType.SHIP_CLOSE_QUARTERS)).hasSize(1);
        assertThat(incidents(events)).isEmpty();
        // the same report heard twice (two receivers, or message types 1 and 3 at once) is still one report
        assertThat(incidents(feed(reports(SHIP_A, 0, 0), reports(SHIP_B, 0, 0)))).isEmpty();
    }

    @Test
    void shipsBothReportingInsideTwiceFileTheIncident() {
        List<EngineEvent> events = feed(reports(SHIP_A, 0, 10), reports(SHIP_B, 0, 10));
        assertThat(incidents(events)).singleElement()
                .satisfies(i -> assertThat(i.type()).isEqualTo(EncounterType.SHIP_CLOSE_QUARTERS));
    }

    @Test
    void oneShipReportingAgainstTheOthersDeadReckoningFilesNoIncident() {
        // B was heard once, 100 m from A; A keeps reporting inside close quarters while B is only dead-reckoned
        List<EngineEvent> events = feed(reports(SHIP_A, 0, 10, 20, 30), reports(SHIP_B, 0));
        assertThat(opened(events, EncounterType.SHIP_CLOSE_QUARTERS)).hasSize(1);
        assertThat(incidents(events)).isEmpty();
        // the twin: B heard once more while still inside (at 10 s) — now both own reports corroborate it
        List<EngineEvent> twin = feed(reports(SHIP_A, 0, 10, 20, 30), reports(SHIP_B, 0, 10));
        assertThat(incidents(twin)).hasSize(1);
    }

    @Test
    void lossOfSeparationNeedsBothAircraftsOwnReportsInside() {
        // head-on at FL300, 3 NM apart at 0 s: inside 5 NM / 1000 ft from the start
        Scene.Mover a = aircraft(0x3C0001, 0, 0, 30_000, 450, 90, 0);
        Scene.Mover b = aircraft(0x3C0002, 5_556, 0, 30_500, 450, 270, 0);
        List<EngineEvent> oneSided = feed(reports(a, 0, 1, 2, 3, 4), reports(b, 0));
        assertThat(opened(oneSided, EncounterType.LOSS_OF_SEPARATION)).hasSize(1);
        assertThat(incidents(oneSided)).noneSatisfy(
                i -> assertThat(i.type()).isEqualTo(EncounterType.LOSS_OF_SEPARATION));
        List<EngineEvent> both = feed(reports(a, 0, 1, 2, 3, 4), reports(b, 0, 1, 2, 3, 4));
        assertThat(incidents(both)).anySatisfy(
                i -> assertThat(i.type()).isEqualTo(EncounterType.LOSS_OF_SEPARATION));
    }
}

package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconflict.engine.detect.Scene.closed;
import static org.deconflict.engine.detect.Scene.run;
import static org.deconflict.engine.detect.Scene.sample;

import java.util.List;

import org.deconflict.engine.event.EncounterFlag;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.track.TransponderMode;
import org.junit.jupiter.api.Test;

/**
 * Encounters among one nation's own military units (the scene's aircraft are all German) are reported but filed only
 * when {@link DetectionConfig#fileOwnForces()} asks; a military aircraft meeting a civil one is always filed.
 */
class OwnForcesTest {

    private static final double V = 300 * Geo.MPS_PER_KT;

    /** The NMAC crossing of AirAirDetectorTest (closest point 71 m / 50 ft), with chosen military flags. */
    private static List<EngineEvent> crossing(DetectionConfig config, boolean aMilitary, boolean bMilitary) {
        return run(config, sample(List.of(
                mover(0x3f0001, -300 * V, 0, 8_000, 90, aMilitary),
                mover(0x3f0002, 50, 50 - 300 * V, 8_050, 0, bMilitary)), 600));
    }

    private static Scene.Mover mover(int address, double eastM, double northM, double altFt, double trackDeg,
                                     boolean military) {
        return new Scene.Mover(Scene.air(address), eastM, northM, altFt, 300, trackDeg, 0, 1, military, 0xA3,
                TransponderMode.ADSB, 9);
    }

    private static List<Incident> incidents(List<EngineEvent> events) {
        return events.stream().filter(e -> e instanceof Incident).map(e -> (Incident) e).toList();
    }

    @Test
    void twoMilitaryAircraftOfOneNationAreReportedNotFiled() {
        List<EngineEvent> events = crossing(DetectionConfig.defaults(), true, true);
        assertThat(closed(events, EncounterType.NMAC)).singleElement()
                .satisfies(c -> assertThat(c.encounter().flags())
                        .contains(EncounterFlag.OWN_FORCES, EncounterFlag.MILITARY_INVOLVED));
        assertThat(incidents(events)).isEmpty();
    }

    @Test
    void fileOwnForcesFilesThemToo() {
        DetectionConfig d = DetectionConfig.defaults();
        DetectionConfig fileAll = new DetectionConfig(d.airAir(), d.airSea(), d.seaSea(), d.dark(), d.integrity(),
                d.incidentSeverity(), d.closeDelayS(), true, d.updateSlantShare());
        assertThat(incidents(crossing(fileAll, true, true))).extracting(Incident::type)
                .contains(EncounterType.NMAC, EncounterType.LOSS_OF_SEPARATION);
    }

    @Test
    void militaryMeetingCivilIsFiled() {
        List<EngineEvent> events = crossing(DetectionConfig.defaults(), true, false);
        assertThat(closed(events, EncounterType.NMAC)).singleElement()
                .satisfies(c -> assertThat(c.encounter().flags()).contains(EncounterFlag.MILITARY_INVOLVED)
                        .doesNotContain(EncounterFlag.OWN_FORCES));
        assertThat(incidents(events)).extracting(Incident::type).contains(EncounterType.NMAC);
    }
}

package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconflict.engine.detect.DarkFlightDetectorTest.of;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.GnssInterference;
import org.deconflict.engine.geo.EnuFrame;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;
import org.junit.jupiter.api.Test;

/** Clusters of aircraft whose position integrity collapses in one area. */
class GnssDetectorTest {

    /** Four aircraft around the centre of one 100 km area; the first {@code jammed} report NACp 0 from 60 s to 200 s. */
    private static List<EngineEvent> run(int jammed) {
        CellScheme areas = new CellScheme(DetectionConfig.defaults().integrity().gnssCellM());
        long cell = areas.cellOf(56.0, 18.0);
        EnuFrame frame = new EnuFrame(areas.centerLatDeg(cell), areas.centerLonDeg(cell));
        List<TrackSnapshot> snaps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double speed = 200 * 1852.0 / 3600;
            double trackDeg = 90 * i;
            for (double t = 0; t <= 400; t++) {
                double east = (i - 1.5) * 8_000 + speed * Math.sin(Math.toRadians(trackDeg)) * t;
                double north = (i - 1.5) * 5_000 + speed * Math.cos(Math.toRadians(trackDeg)) * t;
                int nacp = i < jammed && t >= 60 && t < 200 ? 0 : 9;
                snaps.add(new TrackSnapshot(Scene.air(0x4B0000 + i), Scene.time(t), frame.latDeg(east, north),
                        frame.lonDeg(east, north), 20_000 + 2_000 * i, 200, trackDeg, 0, false, null, "FI", false,
                        0xA3, TransponderMode.ADSB, nacp, nacp == 0 ? 0 : 8, 1));
            }
        }
        snaps.sort(Comparator.comparingLong(TrackSnapshot::timeNanos).thenComparing(TrackSnapshot::key));
        List<EngineEvent> events = new ArrayList<>();
        Scene.feed(new Detectors(DetectionConfig.defaults(), events::add), snaps);
        return events;
    }

    @Test
    void threeOfFourAircraftLosingIntegrityOpenAndCloseAnEpisode() {
        List<GnssInterference> g = of(run(3), GnssInterference.class);
        assertThat(g).extracting(GnssInterference::phase)
                .containsExactly(GnssInterference.Phase.OPENED, GnssInterference.Phase.CLOSED);
        GnssInterference open = g.get(0);
        assertThat(Scene.seconds(open.timeNanos())).isBetween(60.0, 70.0);
        assertThat(open.degradedAircraft()).isEqualTo(3);
        assertThat(open.reportingAircraft()).isEqualTo(4);
        assertThat(open.affected()).containsExactly(Scene.air(0x4B0000), Scene.air(0x4B0001), Scene.air(0x4B0002));
        assertThat(Scene.seconds(g.get(1).timeNanos())).isBetween(200.0, 210.0);
        assertThat(g.get(1).startNanos()).isEqualTo(open.timeNanos());
    }

    @Test
    void twoDegradedAircraftAreNotACluster() {
        assertThat(of(run(2), GnssInterference.class)).isEmpty();
    }
}

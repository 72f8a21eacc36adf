package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.deconflict.engine.event.EncounterOpened;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.track.TrackSnapshot;
import org.junit.jupiter.api.Test;

/**
 * A busy scene split into partition cells processed independently (each snapshot copied to every cell its
 * interaction disc touches) reports exactly the events of the whole scene, each by exactly one cell.
 */
class PartitionTest {

    @Test
    void cellsProcessedIndependentlyReportTheSameEventsAsTheWhole() {
        List<TrackSnapshot> snaps = busyScene(new Random(20_160_412));
        DetectionConfig config = DetectionConfig.defaults();

        List<EngineEvent> whole = Scene.run(config, snaps);

        CellPartitioner partitioner = new CellPartitioner(config);
        Map<Long, Detectors> cells = new TreeMap<>();
        List<EngineEvent> parts = new ArrayList<>();
        long last = 0;
        int copies = 0;
        for (TrackSnapshot s : snaps) {
            for (long cell : partitioner.cellsFor(s.latDeg(), s.lonDeg())) {
                cells.computeIfAbsent(cell, c -> new Detectors(new DetectorState(config), CoverageOracle.EVERYWHERE,
                        ReceiverSites.NONE, parts::add, partitioner, c)).onUpdate(s);
                copies++;
            }
            last = s.timeNanos();
        }
        for (Detectors d : cells.values()) {
            d.advanceTo(last + 60_000_000_000L);
        }

        assertThat(cells).hasSizeGreaterThan(4);
        assertThat(copies).isGreaterThan(snaps.size());               // border tracks were copied
        assertThat(whole.stream().filter(e -> e instanceof EncounterOpened)).hasSizeGreaterThan(20);
        assertThat(whole.stream().filter(e -> e instanceof Incident)).isNotEmpty();
        assertThat(canonical(parts)).containsExactlyElementsOf(canonical(whole));
    }

    /** Events as sorted strings: order within one instant may differ between the whole and the cells. */
    private static List<String> canonical(List<EngineEvent> events) {
        return events.stream().sorted(Comparator.comparingLong(EngineEvent::timeNanos))
                .map(e -> e.timeNanos() + " " + e).sorted().toList();
    }

    /**
     * 150 aircraft over 300 × 300 km in a 3000 ft band (so pairs lose separation) and 150 ships in a 40 × 40 km strait,
     * 5 minutes; the area spans several 100 km partition cells.
     */
    static List<TrackSnapshot> busyScene(Random rnd) {
        List<Scene.Mover> movers = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            movers.add(Scene.aircraft(0x480000 + i, (rnd.nextDouble() - 0.5) * 300_000,
                    (rnd.nextDouble() - 0.5) * 300_000, 30_000 + rnd.nextInt(7) * 500, 380 + rnd.nextInt(100),
                    rnd.nextDouble() * 360, rnd.nextInt(10) == 0 ? (rnd.nextBoolean() ? 1_500 : -1_500) : 0));
        }
        for (int i = 0; i < 150; i++) {
            movers.add(Scene.vessel(219_000_000 + i, (rnd.nextDouble() - 0.5) * 40_000,
                    (rnd.nextDouble() - 0.5) * 40_000, rnd.nextInt(4) == 0 ? 0 : 5 + rnd.nextInt(15),
                    rnd.nextDouble() * 360));
        }
        return Scene.sample(movers, 300);
    }
}

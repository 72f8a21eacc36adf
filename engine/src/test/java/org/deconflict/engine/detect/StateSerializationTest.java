package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.track.TrackSnapshot;
import org.junit.jupiter.api.Test;

/** Detector state survives Java serialisation mid-stream (as Flink keyed state would) without changing the events. */
class StateSerializationTest {

    @Test
    void serialisedAndRestoredMidStreamGivesTheSameEvents() throws Exception {
        List<TrackSnapshot> snaps = PartitionTest.busyScene(new Random(7));
        List<EngineEvent> uninterrupted = Scene.run(snaps);

        List<EngineEvent> events = new ArrayList<>();
        Detectors first = new Detectors(DetectionConfig.defaults(), events::add);
        int half = snaps.size() / 2;
        snaps.subList(0, half).forEach(first::onUpdate);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(first.state());
        }
        DetectorState restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (DetectorState) in.readObject();
        }
        assertThat(restored.openEncounterCount()).isPositive();
        Detectors second = new Detectors(restored, CoverageOracle.EVERYWHERE, ReceiverSites.NONE, events::add, null, 0);
        Scene.feed(second, snaps.subList(half, snaps.size()));

        assertThat(events).containsExactlyElementsOf(uninterrupted);
    }
}

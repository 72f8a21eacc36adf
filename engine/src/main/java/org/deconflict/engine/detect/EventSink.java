package org.deconflict.engine.detect;

import org.deconflict.engine.event.EngineEvent;

/** Receives every event the detectors emit, in the order they are produced (event time of the triggering update). */
@FunctionalInterface
public interface EventSink {

    void accept(EngineEvent event);
}

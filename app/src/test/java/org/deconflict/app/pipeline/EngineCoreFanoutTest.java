package org.deconflict.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.deconflict.engine.detect.TrackListener;
import org.junit.jupiter.api.Test;

/**
 * The engine core's listener on the tracker passes on every {@link TrackListener} method to the detectors. One left to
 * the interface's default would silently do less: the warm-ups ahead of a batch read nothing by default, so the
 * detectors' cache misses would not overlap while the tracker's do, and nothing else would show it.
 */
class EngineCoreFanoutTest {

    @Test
    void theTrackersListenerDeclaresEveryTrackListenerMethod() {
        List<Class<?>> listeners = Arrays.stream(EngineCore.class.getDeclaredClasses())
                .filter(TrackListener.class::isAssignableFrom).toList();
        assertThat(listeners).as("the core's track listeners").hasSize(1);
        Class<?> fanout = listeners.get(0);
        List<String> inherited = new ArrayList<>();
        for (Method m : TrackListener.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            try {
                fanout.getDeclaredMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                inherited.add(m.toString());
            }
        }
        assertThat(TrackListener.class.getMethods()).extracting(Method::getName).contains("warm", "warmPartners");
        assertThat(inherited).as("TrackListener methods the core's listener leaves to the interface").isEmpty();
    }
}

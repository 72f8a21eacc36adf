package org.deconflict.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.deconflict.engine.track.TrackState;
import org.junit.jupiter.api.Test;

import sun.misc.Unsafe;

/**
 * The warm-ups ahead of a batch ({@code Track.warm}, {@code TrackState.warm}) read a field on every cache line the
 * object spans, on this JVM's field layout: the fields they read include the first and the last of the layout and
 * lie no more than 64 bytes apart, so no line falls between two of them, wherever the object starts. Adding a field
 * can move others, and HotSpot releases order fields differently (the lists suit JDK 17 and JDK 25); this fails then,
 * rather than a line silently going cold. The field lists must match the methods.
 */
class WarmLayoutTest {

    @Test
    void trackWarmReadsEveryLine() throws Exception {
        assertReadsEveryLine(Track.class,
                "cellIndex", "vNorthMps", "scanMark", "groundSpeedKt", "modeSOnlySeconds", "stepVEast", "refVUpFtps",
                "collapsed", "beforeJump");
    }

    @Test
    void trackStateWarmReadsEveryLine() throws Exception {
        assertReadsEveryLine(TrackState.class,
                "lastReceiverId", "lastAltitudeNanos", "headingDeg", "nation", "beamM", "duplicateAddress",
                "militaryDetail");
    }

    private static void assertReadsEveryLine(Class<?> type, String... warmed) throws Exception {
        Unsafe unsafe = unsafe();
        List<Long> all = new ArrayList<>();
        List<Long> read = new ArrayList<>();
        List<String> names = Arrays.asList(warmed);
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                long offset = unsafe.objectFieldOffset(f);
                all.add(offset);
                if (names.contains(f.getName())) {
                    read.add(offset);
                }
            }
        }
        assertThat(read).as("warmed fields found in %s", type.getSimpleName()).hasSize(warmed.length);
        all.sort(null);
        read.sort(null);
        assertThat(read.get(0)).as("first field of %s", type.getSimpleName()).isEqualTo(all.get(0));
        assertThat(read.get(read.size() - 1)).as("last field of %s", type.getSimpleName())
                .isEqualTo(all.get(all.size() - 1));
        for (int i = 1; i < read.size(); i++) {
            assertThat(read.get(i) - read.get(i - 1)).as("gap before warmed field %d of %s", i, type.getSimpleName())
                    .isLessThanOrEqualTo(64);
        }
    }

    private static Unsafe unsafe() throws Exception {
        Field f = Unsafe.class.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        return (Unsafe) f.get(null);
    }
}

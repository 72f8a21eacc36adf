package org.deconflict.app.pipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TickClockTest {

    private static final long T0 = 1_400_000_000_000_000_000L;

    @Test
    void countsTwelveTicksPerMicrosecondFromZero() {
        TickClock c = TickClock.countingFrom(T0);
        assertThat(c.timeNanos(0)).isEqualTo(T0);
        assertThat(c.timeNanos(12)).isEqualTo(T0 + 1_000);
        assertThat(c.timeNanos(12_000_000)).isEqualTo(T0 + 1_000_000_000L);
        assertThat(c.timeNanos(18)).as("an earlier frame is not a wrap").isEqualTo(T0 + 1_500);
    }

    @Test
    void anchorsTheFirstFrameAndUnwrapsTheCounter() {
        TickClock c = TickClock.anchorFirst(T0);
        long nearTop = TickClock.COUNTER_RANGE - 12_000_000L;
        assertThat(c.timeNanos(nearTop)).isEqualTo(T0);
        assertThat(c.timeNanos(TickClock.COUNTER_RANGE - 1)).isEqualTo(T0 + 999_999_916L);
        assertThat(c.timeNanos(0)).as("rolled over: one second after the first").isEqualTo(T0 + 1_000_000_000L);
        assertThat(c.timeNanos(12_000_000L)).isEqualTo(T0 + 2_000_000_000L);
    }
}

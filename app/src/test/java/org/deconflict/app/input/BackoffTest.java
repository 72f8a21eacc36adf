package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void withoutJitterDoublesUpToTheCap() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), 2.0, 0.0, 7);
        long[] ms = new long[7];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = b.nextDelayNanos() / 1_000_000;
        }
        assertThat(ms).containsExactly(100, 200, 400, 800, 1000, 1000, 1000);
        b.reset();
        assertThat(b.attempts()).isZero();
        assertThat(b.nextDelayNanos()).isEqualTo(100_000_000L);
    }

    @Test
    void jitterStaysWithinItsBandIsSeededAndNeverExceedsTheCap() {
        Backoff a = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 2.0, 0.25, 42);
        Backoff same = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 2.0, 0.25, 42);
        Backoff other = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 2.0, 0.25, 43);
        boolean differs = false;
        for (int i = 0; i < 40; i++) {
            long base = Math.min(2_000_000_000L, 100_000_000L << Math.min(i, 20));
            long d = a.nextDelayNanos();
            assertThat(d).isBetween(base * 3 / 4, base);
            assertThat(same.nextDelayNanos()).isEqualTo(d);
            differs |= other.nextDelayNanos() != d;
        }
        assertThat(differs).isTrue();
    }

    @Test
    void inputsGetDifferentJitterStreams() {
        InputConfig c = InputConfig.defaults();
        assertThat(c.newBackoff(1).nextDelayNanos()).isNotEqualTo(c.newBackoff(2).nextDelayNanos());
        assertThat(c.newBackoff(1).nextDelayNanos()).isEqualTo(c.newBackoff(1).nextDelayNanos());
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 2, 0.1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0.1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 0.5, 0.1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 2, 1.0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.deconflict.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionDownsamplerTest {

    @Test
    void keepsOnePositionPerTargetPerInterval() {
        PositionDownsampler d = new PositionDownsampler(5_000);
        assertThat(d.accept("a", 1_000)).isTrue();
        assertThat(d.accept("b", 1_000)).isTrue();
        assertThat(d.accept("a", 5_999)).isFalse();
        assertThat(d.accept("a", 6_000)).isTrue();
        assertThat(d.accept("a", 10_999)).isFalse();
        assertThat(d.accept("b", 6_000)).isTrue();
        assertThat(d.size()).isEqualTo(2);
    }

    @Test
    void aJumpBackInTimeStartsOverAndForgetClears() {
        PositionDownsampler d = new PositionDownsampler(5_000);
        assertThat(d.accept("a", 100_000)).isTrue();
        assertThat(d.accept("a", 99_000)).isFalse();
        assertThat(d.accept("a", 10_000)).isTrue();
        d.forget("a");
        assertThat(d.size()).isZero();
        assertThat(d.accept("a", 10_001)).isTrue();
    }

    @Test
    void zeroIntervalKeepsEverything() {
        PositionDownsampler d = new PositionDownsampler(0);
        for (int i = 0; i < 10; i++) {
            assertThat(d.accept("a", 7)).isTrue();
        }
    }
}

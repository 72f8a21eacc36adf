package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReplayClockTest {
    private static final long S = 1_000_000_000L;

    /** A fake wall clock that advances only when the replay sleeps (and by what the test says work took). */
    private static final class FakeTime {
        long now = 5 * S;
        final List<Long> sleeps = new ArrayList<>();

        void sleep(long nanos) {
            sleeps.add(nanos);
            now += nanos;
        }
    }

    @Test
    void pacesEventTimeAtTheRequestedSpeed() throws Exception {
        FakeTime t = new FakeTime();
        ReplayClock clock = new ReplayClock(2.0, Long.MAX_VALUE, () -> t.now, t::sleep);
        long base = 1_700_000_000L * S;
        assertThat(clock.pace(base)).isZero(); // anchors
        assertThat(clock.pace(base + S)).isEqualTo(S / 2); // 1 s of events at x2 = 0.5 s
        t.now += S / 10; // processing took 0.1 s
        assertThat(clock.pace(base + 3 * S)).isEqualTo(S - S / 10);
        assertThat(clock.pace(base + 3 * S)).isZero(); // same time: no wait
        assertThat(clock.pace(base + S)).isZero(); // earlier than the last: no wait
        assertThat(t.now - 5 * S).isEqualTo(3 * S / 2); // 3 s of events took 1.5 s
    }

    @Test
    void fallingBehindCatchesUpWithoutSleepingAndTinyWaitsAreDeferred() throws Exception {
        FakeTime t = new FakeTime();
        ReplayClock clock = new ReplayClock(1.0, Long.MAX_VALUE, () -> t.now, t::sleep);
        clock.pace(0);
        t.now += 3 * S; // a stall
        assertThat(clock.pace(S)).isZero();
        assertThat(clock.pace(2 * S)).isZero();
        assertThat(clock.pace(4 * S)).isEqualTo(S);
        assertThat(clock.pace(4 * S + ReplayClock.MIN_SLEEP_NANOS / 2)).isZero();
        assertThat(clock.pace(4 * S + 2 * ReplayClock.MIN_SLEEP_NANOS)).isEqualTo(2 * ReplayClock.MIN_SLEEP_NANOS);
    }

    @Test
    void longSilencesAreShortenedToTheMaxGap() throws Exception {
        FakeTime t = new FakeTime();
        ReplayClock clock = new ReplayClock(1.0, 5 * S, () -> t.now, t::sleep);
        clock.pace(0);
        assertThat(clock.pace(S)).isEqualTo(S);
        assertThat(clock.pace(3600 * S)).isEqualTo(5 * S); // an hour's silence plays as 5 s
        assertThat(clock.pace(3601 * S)).isEqualTo(S); // then real time again
    }

    @Test
    void maxSpeedNeverSleeps() throws Exception {
        FakeTime t = new FakeTime();
        ReplayClock clock = new ReplayClock(0, Long.MAX_VALUE, () -> t.now, t::sleep);
        assertThat(clock.isPaced()).isFalse();
        for (long e = 0; e < 100 * S; e += S) {
            assertThat(clock.pace(e)).isZero();
        }
        assertThat(t.sleeps).isEmpty();
    }

    @Test
    void realSleepHonoursTheSpeed() throws Exception {
        ReplayClock clock = new ReplayClock(10.0);
        long t0 = System.nanoTime();
        for (int i = 0; i <= 10; i++) {
            clock.pace(i * 100_000_000L); // 1 s of events at x10
        }
        long tookMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(tookMs).isBetween(95L, 2000L);
    }

    @Test
    void parsesSpeeds() {
        assertThat(ReplayClock.parseSpeed("max")).isZero();
        assertThat(ReplayClock.parseSpeed("0")).isZero();
        assertThat(ReplayClock.parseSpeed("1")).isEqualTo(1.0);
        assertThat(ReplayClock.parseSpeed("10x")).isEqualTo(10.0);
        assertThat(ReplayClock.parseSpeed("x60")).isEqualTo(60.0);
        assertThat(ReplayClock.parseSpeed("×4")).isEqualTo(4.0);
        assertThat(ReplayClock.parseSpeed(" 0.5 ")).isEqualTo(0.5);
        for (String bad : new String[] {"fast", "-2", "x", "NaN", "1e400"}) {
            assertThatThrownBy(() -> ReplayClock.parseSpeed(bad)).isInstanceOf(Sources.InputException.class)
                    .hasMessageStartingWith("bad replay speed '" + bad + "'");
        }
    }
}

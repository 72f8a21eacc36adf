package org.deconflict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The dependent-load chain must reach every line of its region before it returns to its start: a chain of several
 * short cycles would keep a small part of a large region in cache and report a cache hit as the cost of a miss.
 */
class MemoryLatencyTest {

    private static final int LONGS_PER_LINE = MemoryLatency.LINE_BYTES / Long.BYTES;

    @Test
    void theChainVisitsEveryLineOnceBeforeReturningToItsStart() {
        for (int lines : new int[] {2, 3, 17, 1_000, 65_536}) {
            for (long seed = 1; seed <= 5; seed++) {
                long[] region = MemoryLatency.chain(lines, new SplittableRandom(seed));
                boolean[] seen = new boolean[lines];
                int at = 0;
                for (int step = 0; step < lines; step++) {
                    assertThat(region[at] % LONGS_PER_LINE).as("a link points at a line's start").isZero();
                    int line = at / LONGS_PER_LINE;
                    assertThat(seen[line]).as("line %d of %d visited twice (seed %d)", line, lines, seed).isFalse();
                    seen[line] = true;
                    at = (int) region[at];
                }
                assertThat(at).as("back at the start after %d steps", lines).isZero();
            }
        }
    }

    @Test
    void theFiguresCoverTheRegionAskedFor() {
        MemoryLatency.Figures f = MemoryLatency.measure(1 << 20, 10_000, 2);
        assertThat(f.bytes()).isEqualTo(1 << 20);
        assertThat(f.dependentNanos()).isPositive();
        assertThat(f.independentNanos()).isPositive();
    }
}

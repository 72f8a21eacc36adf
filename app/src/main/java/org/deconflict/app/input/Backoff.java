package org.deconflict.app.input;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff between reconnect attempts: the n-th delay (from 0) is {@code min(max, initial * multiplier^n)}
 * reduced by a random fraction of up to {@code jitter}, so delays never exceed {@code max} and receivers that lost the
 * same server do not reconnect in lock-step. The random source is seeded, so a run is reproducible.
 */
public final class Backoff {
    private final long initialNanos;
    private final long maxNanos;
    private final double multiplier;
    private final double jitter;
    private final Random random;
    private int attempts;

    /**
     * @param jitter fraction in [0, 1): each delay is drawn uniformly from {@code [(1 - jitter) * base, base]}
     */
    public Backoff(Duration initial, Duration max, double multiplier, double jitter, long seed) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + ", " + max);
        }
        if (!(multiplier >= 1.0) || !(jitter >= 0.0 && jitter < 1.0)) {
            throw new IllegalArgumentException("backoff needs multiplier >= 1 and 0 <= jitter < 1");
        }
        this.initialNanos = initial.toNanos();
        this.maxNanos = max.toNanos();
        this.multiplier = multiplier;
        this.jitter = jitter;
        this.random = new Random(seed);
    }

    /** The delay before the next attempt, in nanoseconds; each call counts one attempt. */
    public long nextDelayNanos() {
        double base = initialNanos * Math.pow(multiplier, attempts);
        long capped = base >= maxNanos ? maxNanos : (long) base;
        if (attempts < Integer.MAX_VALUE) {
            attempts++;
        }
        return capped - (long) (capped * jitter * random.nextDouble());
    }

    /** Back to the initial delay (after a connection that delivered data). */
    public void reset() {
        attempts = 0;
    }

    /** Attempts since the last reset. */
    public int attempts() {
        return attempts;
    }
}

package org.deconflict.app.input;

import java.time.Instant;

/** The receive-time clock of inputs: nanoseconds since 1970-01-01T00:00Z. Tests pass their own. */
@FunctionalInterface
public interface WallClock {

    /** Now, in nanoseconds since 1970-01-01T00:00Z. */
    long epochNanos();

    /** The system clock (microsecond resolution or better on Linux). */
    static WallClock system() {
        return () -> {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }
}

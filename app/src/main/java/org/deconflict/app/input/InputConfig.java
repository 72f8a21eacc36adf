package org.deconflict.app.input;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings shared by all inputs. {@link #defaults()} documents the defaults; the {@code with...} methods return copies.
 *
 * @param backoffInitial    first reconnect/rebind delay (default 0.5 s)
 * @param backoffMax        cap on the delay (default 30 s)
 * @param backoffMultiplier growth per failed attempt (default 2)
 * @param backoffJitter     fraction of each delay removed at random, in [0, 1) (default 0.25)
 * @param seed              seed of the jitter; each input mixes in its receiver id (default 1)
 * @param connectTimeout    TCP connect timeout (default 10 s)
 * @param idleTimeout       a TCP connection silent this long is dropped and retried; zero disables (default 120 s)
 * @param readBufferBytes   size of each input's read buffer, i.e. the largest chunk (default 64 KiB)
 * @param maxFeeders        concurrent feeders per listening input; more are refused and counted (default 64)
 * @param closeTimeout      how long {@link Input#close()} waits for each thread to end (default 5 s)
 * @param clock             receive-time clock (default {@link WallClock#system()})
 */
public record InputConfig(Duration backoffInitial, Duration backoffMax, double backoffMultiplier, double backoffJitter,
                          long seed, Duration connectTimeout, Duration idleTimeout, int readBufferBytes, int maxFeeders,
                          Duration closeTimeout, WallClock clock) {

    public InputConfig {
        Objects.requireNonNull(clock, "clock");
        if (readBufferBytes < 512 || maxFeeders < 1 || connectTimeout.isNegative() || idleTimeout.isNegative()
                || closeTimeout.isNegative()) {
            throw new IllegalArgumentException("bad input configuration: " + readBufferBytes + " B buffer, "
                    + maxFeeders + " feeders, timeouts " + connectTimeout + "/" + idleTimeout + "/" + closeTimeout);
        }
        new Backoff(backoffInitial, backoffMax, backoffMultiplier, backoffJitter, seed); // validates them
    }

    /** The defaults listed above. */
    public static InputConfig defaults() {
        return new InputConfig(Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.25, 1L,
                Duration.ofSeconds(10), Duration.ofSeconds(120), 64 * 1024, 64, Duration.ofSeconds(5),
                WallClock.system());
    }

    public InputConfig withBackoff(Duration initial, Duration max) {
        return new InputConfig(initial, max, backoffMultiplier, backoffJitter, seed, connectTimeout, idleTimeout,
                readBufferBytes, maxFeeders, closeTimeout, clock);
    }

    public InputConfig withSeed(long newSeed) {
        return new InputConfig(backoffInitial, backoffMax, backoffMultiplier, backoffJitter, newSeed, connectTimeout,
                idleTimeout, readBufferBytes, maxFeeders, closeTimeout, clock);
    }

    public InputConfig withConnectTimeout(Duration d) {
        return new InputConfig(backoffInitial, backoffMax, backoffMultiplier, backoffJitter, seed, d, idleTimeout,
                readBufferBytes, maxFeeders, closeTimeout, clock);
    }

    public InputConfig withIdleTimeout(Duration d) {
        return new InputConfig(backoffInitial, backoffMax, backoffMultiplier, backoffJitter, seed, connectTimeout, d,
                readBufferBytes, maxFeeders, closeTimeout, clock);
    }

    public InputConfig withReadBufferBytes(int n) {
        return new InputConfig(backoffInitial, backoffMax, backoffMultiplier, backoffJitter, seed, connectTimeout,
                idleTimeout, n, maxFeeders, closeTimeout, clock);
    }

    public InputConfig withMaxFeeders(int n) {
        return new InputConfig(backoffInitial, backoffMax, backoffMultiplier, backoffJitter, seed, connectTimeout,
                idleTimeout, readBufferBytes, n, closeTimeout, clock);
    }

    public InputConfig withClock(WallClock c) {
        return new InputConfig(backoffInitial, backoffMax, backoffMultiplier, backoffJitter, seed, connectTimeout,
                idleTimeout, readBufferBytes, maxFeeders, closeTimeout, c);
    }

    /** A fresh backoff for the input with receiver id {@code receiverId} (its own jitter stream). */
    public Backoff newBackoff(int receiverId) {
        return new Backoff(backoffInitial, backoffMax, backoffMultiplier, backoffJitter,
                seed * 0x9E3779B97F4A7C15L + receiverId);
    }
}

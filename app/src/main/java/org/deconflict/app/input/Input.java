package org.deconflict.app.input;

import java.time.Duration;

/**
 * A running source of bytes: it owns one or more threads that deliver chunks to a {@link ChunkHandler}, reconnecting
 * with {@link Backoff} when the source is a network peer. Start one with {@link Inputs#start}.
 */
public interface Input extends AutoCloseable {

    /** The input's own id (a listening input's feeders each have their own, see {@link ListenInput#feeders()}). */
    InputId id();

    /** A snapshot of the counters. */
    InputStats stats();

    /** True for files and stdin, which end by themselves; network inputs run until closed. */
    boolean isFinite();

    /** Waits until all threads of the input have ended (a file reached its end, or after close); true if they did. */
    boolean awaitTermination(Duration timeout) throws InterruptedException;

    /**
     * Stops the threads, closes sockets and files, and waits (up to {@link InputConfig#closeTimeout()}) until every
     * byte already read has been handed to the handler and each open connection got its {@code onDisconnect(SHUTDOWN)}.
     * Idempotent.
     */
    @Override
    void close();
}

package org.deconflict.app.input;

/**
 * Receives the bytes of every input as they arrive.
 *
 * <p>Per {@link InputId} the calls are made by one thread, in order: {@code onConnect}, any number of {@code onBytes},
 * then exactly one {@code onDisconnect} (also on {@link Input#close()}); a TCP client repeats that sequence per
 * connection under the same id, so a framer resets its state on {@code onConnect}. Calls for different ids may run
 * concurrently. Chunk boundaries are arbitrary. {@code buf} is reused after {@code onBytes} returns: copy what you
 * keep.
 * Times are nanoseconds since 1970-01-01T00:00Z from {@link InputConfig#clock()}.
 */
public interface ChunkHandler {

    /** A connection was established (or a file/stdin/UDP socket opened): reset framer state for {@code id}. */
    void onConnect(InputId id, long receivedNanos);

    /** {@code len} bytes at {@code buf[off]} arrived on {@code id} at {@code receivedNanos}. */
    void onBytes(InputId id, byte[] buf, int off, int len, long receivedNanos);

    /** The connection ended for {@code cause}; no more bytes follow until the next {@code onConnect}. */
    void onDisconnect(InputId id, DisconnectCause cause, long receivedNanos);

    /**
     * Frames or lines of {@code id}'s current (or just ended) connection that its framer refused so far; asked by the
     * input after every chunk and after the disconnect, on the input's thread. 0 for a handler that does not frame.
     */
    default long rejects(InputId id) {
        return 0;
    }
}

package org.deconflict.app.input;

/** Reasons for which an input counts an error; each has its own counter in {@link InputStats#errors()}. */
public enum InputError {
    /** The host name did not resolve. */
    UNKNOWN_HOST,
    /** Nothing listens on the remote port. */
    CONNECT_REFUSED,
    /** The connect attempt did not complete within {@link InputConfig#connectTimeout()}. */
    CONNECT_TIMEOUT,
    /** Any other connect failure (no route to host, network down...). */
    CONNECT_FAILED,
    /** A read failed on an established connection or an open file (reset, corrupt gzip...). */
    READ_FAILED,
    /** No byte within {@link InputConfig#idleTimeout()}: the connection was dropped and is retried. */
    IDLE_TIMEOUT,
    /** A listening TCP or UDP socket could not be bound (port in use, no permission). */
    BIND_FAILED,
    /** Accepting a feeder connection failed. */
    ACCEPT_FAILED,
    /** A feeder was refused because {@link InputConfig#maxFeeders()} were already connected. */
    FEEDER_LIMIT,
    /** A file or stdin could not be opened or its format could not be told. */
    OPEN_FAILED,
    /** The {@link ChunkHandler} threw; the input carried on. */
    HANDLER_FAILED
}

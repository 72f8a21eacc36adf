package org.deconflict.app.input;

/** Why a connection (or file) ended. */
public enum DisconnectCause {
    /** The peer closed the connection, or the file or stdin reached its end. */
    END_OF_STREAM,
    /** No byte arrived within {@link InputConfig#idleTimeout()}: the connection is presumed dead. */
    IDLE_TIMEOUT,
    /** A read failed (connection reset, corrupt gzip...); see {@link InputStats#lastError()}. */
    ERROR,
    /** {@link Input#close()} was called. */
    SHUTDOWN
}

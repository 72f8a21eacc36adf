package org.deconflict.app.input;

/** Where an input is in its life. */
public enum InputState {
    /** Created, thread not yet running. */
    STARTING,
    /** A TCP client is connecting. */
    CONNECTING,
    /** Bytes can flow: TCP connected, UDP bound, file open. */
    CONNECTED,
    /** A listening input is bound and waiting for feeders. */
    LISTENING,
    /** Waiting out a backoff delay before the next connect or bind attempt. */
    BACKOFF,
    /** A file or stdin reached its end. */
    FINISHED,
    /** A file or stdin failed for good (see the last error). */
    FAILED,
    /** {@link Input#close()} was called and the input's threads have ended. */
    CLOSED
}

package org.deconflict.app.input;

import java.util.Objects;

/**
 * Who delivered a chunk: a receiver id unique within the process (a TCP client keeps its id across reconnects; each
 * feeder connection to a listening input gets a fresh one), a human-readable name, and the stream format hint.
 */
public record InputId(int receiverId, String name, StreamFormat format) {

    public InputId {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
    }

    @Override
    public String toString() {
        return name + "#" + receiverId + "(" + format.cliName() + ")";
    }
}

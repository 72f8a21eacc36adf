package org.deconflict.app.input;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Adapters for {@link ChunkHandler}. */
public final class ChunkHandlers {

    private ChunkHandlers() {
    }

    /** What one connection's bytes go to: typically a fresh framer + decoder, so no state leaks across connections. */
    public interface Connection {
        /** {@code len} bytes at {@code buf[off]}; {@code buf} is reused after the call. */
        void onBytes(byte[] buf, int off, int len, long receivedNanos);

        /** The connection ended; this object receives nothing more. */
        void onEnd(DisconnectCause cause, long receivedNanos);
    }

    /**
     * A handler that opens a new {@link Connection} from {@code factory} on every {@code onConnect} and drops it on
     * {@code onDisconnect}. Different ids run concurrently (each on its input's thread); one connection's calls never
     * overlap, so a {@link Connection} needs no locking of its own.
     */
    public static ChunkHandler perConnection(Function<InputId, ? extends Connection> factory) {
        Map<InputId, Connection> open = new ConcurrentHashMap<>();
        return new ChunkHandler() {
            @Override
            public void onConnect(InputId id, long receivedNanos) {
                open.put(id, factory.apply(id));
            }

            @Override
            public void onBytes(InputId id, byte[] buf, int off, int len, long receivedNanos) {
                Connection c = open.get(id);
                if (c != null) {
                    c.onBytes(buf, off, len, receivedNanos);
                }
            }

            @Override
            public void onDisconnect(InputId id, DisconnectCause cause, long receivedNanos) {
                Connection c = open.remove(id);
                if (c != null) {
                    c.onEnd(cause, receivedNanos);
                }
            }
        };
    }
}

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

        /** Frames or lines refused so far on this connection (bad length, checksum, garbage...). */
        default long rejected() {
            return 0;
        }
    }

    /**
     * A handler that opens a new {@link Connection} from {@code factory} on every {@code onConnect} and drops it on
     * {@code onDisconnect}. Different ids run concurrently (each on its input's thread); one connection's calls never
     * overlap, so a {@link Connection} needs no locking of its own. {@link ChunkHandler#rejects} reads the
     * connection's {@link Connection#rejected()}, also once more right after it ended (rejects found while finishing).
     */
    public static ChunkHandler perConnection(Function<InputId, ? extends Connection> factory) {
        Map<InputId, Connection> open = new ConcurrentHashMap<>();
        Map<InputId, Long> endedRejects = new ConcurrentHashMap<>();
        return new ChunkHandler() {
            @Override
            public void onConnect(InputId id, long receivedNanos) {
                endedRejects.remove(id);
                open.put(id, factory.apply(id));
            }

            @Override
            public long rejects(InputId id) {
                Connection c = open.get(id);
                if (c != null) {
                    return c.rejected();
                }
                Long ended = endedRejects.remove(id);
                return ended == null ? 0 : ended;
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
                    endedRejects.put(id, c.rejected());
                }
            }
        };
    }
}

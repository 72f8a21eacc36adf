package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChunkHandlersTest {

    /** A connection that records its bytes and how it ended. */
    static final class Recorded implements ChunkHandlers.Connection {
        final InputId id;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DisconnectCause end;

        Recorded(InputId id) {
            this.id = id;
        }

        @Override
        public void onBytes(byte[] buf, int off, int len, long receivedNanos) {
            bytes.write(buf, off, len);
        }

        @Override
        public void onEnd(DisconnectCause cause, long receivedNanos) {
            end = cause;
        }
    }

    @Test
    void eachConnectionGetsItsOwnStateAndItsOwnBytes() {
        List<Recorded> made = new ArrayList<>();
        ChunkHandler h = ChunkHandlers.perConnection(id -> {
            Recorded r = new Recorded(id);
            made.add(r);
            return r;
        });
        InputId a = new InputId(1, "beast@a:30005", StreamFormat.BEAST);
        InputId b = new InputId(2, "beast-listen@:30004/10.0.0.2:5000", StreamFormat.BEAST);
        byte[] buf = {1, 2, 3, 4, 5};
        h.onConnect(a, 1);
        h.onConnect(b, 1);
        h.onBytes(a, buf, 0, 2, 2);
        h.onBytes(b, buf, 2, 3, 2);
        h.onDisconnect(a, DisconnectCause.END_OF_STREAM, 3);
        h.onConnect(a, 4); // a reconnects: a fresh connection object, nothing carried over
        h.onBytes(a, buf, 4, 1, 5);
        h.onDisconnect(a, DisconnectCause.SHUTDOWN, 6);
        h.onDisconnect(b, DisconnectCause.SHUTDOWN, 6);

        assertThat(made).hasSize(3);
        assertThat(made.get(0).id).isEqualTo(a);
        assertThat(made.get(0).bytes.toByteArray()).containsExactly(1, 2);
        assertThat(made.get(0).end).isEqualTo(DisconnectCause.END_OF_STREAM);
        assertThat(made.get(1).bytes.toByteArray()).containsExactly(3, 4, 5);
        assertThat(made.get(2).id).isEqualTo(a);
        assertThat(made.get(2).bytes.toByteArray()).containsExactly(5);
        assertThat(made.get(2).end).isEqualTo(DisconnectCause.SHUTDOWN);
    }
}

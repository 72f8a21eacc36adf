package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class TcpClientInputTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final InputConfig FAST = InputConfig.defaults()
            .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200))
            .withConnectTimeout(Duration.ofSeconds(1));

    private static ServerSocket listen(int port) throws Exception {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return s;
    }

    @Test
    void reconnectsWithBackoffAfterTheServerDropsAndComesBack() throws Exception {
        RecordingHandler h = new RecordingHandler();
        ServerSocket first = listen(0);
        int port = first.getLocalPort();
        Input in = Inputs.start(new InputSpec.TcpClient("127.0.0.1", port, StreamFormat.AVR), h, FAST,
                new ReceiverIds());
        try {
            try (Socket c = first.accept(); OutputStream out = c.getOutputStream()) {
                out.write("*8d4840d6202cc371c32ce0576098;\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                h.await(WAIT, "first bytes", () -> h.bytes(in.id()).length == 31);
            }
            first.close(); // server gone: the client now meets refused connections and backs off
            h.await(WAIT, "disconnect", () -> h.disconnects(in.id()).size() == 1);
            h.await(WAIT, "refused attempts", () -> in.stats().errors(InputError.CONNECT_REFUSED) >= 3);
            assertThat(h.disconnects(in.id())).containsExactly(DisconnectCause.END_OF_STREAM);

            try (ServerSocket second = listen(port); Socket c = second.accept(); OutputStream out = c.getOutputStream()) {
                out.write("*5d3981e46dc8e0;\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                h.await(WAIT, "second connection's bytes", () -> h.bytes(in.id()).length == 31 + 17);
                InputStats s = in.stats();
                assertThat(s.state()).isEqualTo(InputState.CONNECTED);
                assertThat(s.connects()).isEqualTo(2);
                assertThat(s.disconnects()).isEqualTo(1);
                assertThat(s.bytes()).isEqualTo(48);
                assertThat(s.lastError()).startsWith("CONNECT_REFUSED");
                assertThat(h.connects(in.id())).isEqualTo(2);
                assertThat(new String(h.bytes(in.id()), StandardCharsets.US_ASCII))
                        .isEqualTo("*8d4840d6202cc371c32ce0576098;\n*5d3981e46dc8e0;\n");
                in.close();
            }
            assertThat(h.disconnects(in.id()))
                    .containsExactly(DisconnectCause.END_OF_STREAM, DisconnectCause.SHUTDOWN);
            assertThat(in.stats().disconnects()).isEqualTo(2);
            assertThat(in.stats().state()).isEqualTo(InputState.CLOSED);
            assertThat(h.violations()).isEmpty();
            assertThat(InputThreads.alive(in.id().name())).isEmpty();
        } finally {
            in.close();
        }
    }

    @Test
    void backoffGrowsWhileTheServerStaysDown() throws Exception {
        ServerSocket probe = listen(0);
        int port = probe.getLocalPort();
        probe.close();
        RecordingHandler h = new RecordingHandler();
        InputConfig config = InputConfig.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));
        long start = System.nanoTime();
        try (Input in = Inputs.start(new InputSpec.TcpClient("127.0.0.1", port, StreamFormat.BEAST), h, config,
                new ReceiverIds())) {
            h.await(WAIT, "5 refused attempts", () -> in.stats().errors(InputError.CONNECT_REFUSED) >= 5);
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            // delays drawn from [0.75, 1] x 50, 100, 200, 400: at least 262 ms before the 5th attempt
            assertThat(elapsedMs).isGreaterThanOrEqualTo(262);
            assertThat(in.stats().connects()).isZero();
            assertThat(in.stats().state()).isIn(InputState.BACKOFF, InputState.CONNECTING);
        }
        assertThat(h.ids()).isEmpty();
    }

    @Test
    void dropsAnIdleConnectionAndReconnects() throws Exception {
        RecordingHandler h = new RecordingHandler();
        InputConfig config = FAST.withIdleTimeout(Duration.ofMillis(200));
        try (ServerSocket server = listen(0);
             Input in = Inputs.start(new InputSpec.TcpClient("127.0.0.1", server.getLocalPort(), StreamFormat.SBS),
                     h, config, new ReceiverIds())) {
            try (Socket silent = server.accept(); Socket again = server.accept()) {
                // the first connection stays silent: the client gives up on it and connects again
                assertThat(silent.isConnected()).isTrue();
                h.await(WAIT, "reconnect", () -> h.connects(in.id()) == 2);
                assertThat(h.disconnects(in.id())).containsExactly(DisconnectCause.IDLE_TIMEOUT);
                assertThat(in.stats().errors(InputError.IDLE_TIMEOUT)).isEqualTo(1);
                InputStream drained = silent.getInputStream();
                assertThat(drained.read()).isEqualTo(-1); // the client really closed the idle socket
                assertThat(again.isConnected()).isTrue();
            }
        }
    }
}

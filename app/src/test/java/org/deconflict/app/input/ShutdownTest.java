package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
class ShutdownTest {

    @TempDir
    Path dir;

    @Test
    void closingAGroupStopsEveryThreadAndEndsEveryConnection() throws Exception {
        RecordingHandler h = new RecordingHandler() {
            @Override
            public void onBytes(InputId id, byte[] buf, int off, int len, long receivedNanos) {
                super.onBytes(id, buf, off, len, receivedNanos);
                if (id.name().startsWith("file:")) {
                    try {
                        Thread.sleep(20); // keeps the file input busy until shutdown (~2.6 s for the whole file)
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        Path big = Samples.write(dir, "big.bin", Samples.beastStream(400_000));
        ServerSocket deadPort = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        int refused = deadPort.getLocalPort();
        deadPort.close();
        try (ServerSocket upstream = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            InputConfig config = InputConfig.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
            InputGroup group = InputGroup.start(List.of(
                    new InputSpec.TcpClient("127.0.0.1", upstream.getLocalPort(), StreamFormat.BEAST),
                    new InputSpec.TcpClient("127.0.0.1", refused, StreamFormat.AVR),
                    new InputSpec.TcpListen("127.0.0.1", 0, StreamFormat.BEAST),
                    new InputSpec.Udp("127.0.0.1", 0, StreamFormat.NMEA),
                    new InputSpec.File(big, null)), h, config, new ReceiverIds());
            ListenInput listen = (ListenInput) group.inputs().get(2);
            try (Socket served = upstream.accept();
                 Socket feeder = new Socket()) {
                feeder.connect(new InetSocketAddress("127.0.0.1", listen.localPort()));
                OutputStream out = feeder.getOutputStream();
                out.write(Samples.beastStream(3));
                out.flush();
                served.getOutputStream().write(Samples.beastStream(2));
                // connected: the upstream client, the feeder, the UDP socket, the file (not the refused client)
                h.await(Duration.ofSeconds(5), "all inputs up", () -> h.ids().size() == 4
                        && group.inputs().get(1).stats().errors(InputError.CONNECT_REFUSED) > 0
                        && h.totalBytes() > 0);
                assertThat(InputThreads.allAlive()).hasSize(6); // 4 readers + accept + feeder

                long t0 = System.nanoTime();
                group.close();
                assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(3).toNanos());

                assertThat(InputThreads.allAlive()).isEmpty();
                assertThat(h.anyOpen()).isFalse();
                for (InputId id : h.ids()) {
                    assertThat(h.disconnects(id)).as("%s", id).endsWith(DisconnectCause.SHUTDOWN);
                }
                assertThat(group.stats()).allSatisfy(s ->
                        assertThat(s.state()).as("%s", s.id()).isEqualTo(InputState.CLOSED));
                assertThat(group.stats().get(4).bytes()).isEqualTo(h.bytes(group.inputs().get(4).id()).length);
                assertThat(h.violations()).isEmpty();
                assertThat(feeder.getInputStream().read()).isEqualTo(-1);
                assertThat(served.getInputStream().read()).isEqualTo(-1);
            }
        }
    }

    @Test
    void aGroupThatCannotStartClosesWhatItStarted() throws Exception {
        Path noise = Samples.write(dir, "noise.bin", new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        RecordingHandler h = new RecordingHandler();
        try {
            InputGroup.start(List.of(new InputSpec.TcpListen("127.0.0.1", 0, StreamFormat.BEAST),
                    new InputSpec.File(noise, null)), h, InputConfig.defaults(), new ReceiverIds());
            throw new AssertionError("expected a failure");
        } catch (Sources.InputException e) {
            assertThat(e.getMessage()).startsWith("cannot tell the format of");
        }
        assertThat(InputThreads.allAlive()).isEmpty();
    }
}

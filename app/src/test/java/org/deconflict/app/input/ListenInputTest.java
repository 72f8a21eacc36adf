package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ListenInputTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final int FEEDERS = 6;

    @Test
    void acceptsConcurrentFeedersEachWithItsOwnIdAndBytesIntact() throws Exception {
        RecordingHandler h = new RecordingHandler();
        ReceiverIds ids = new ReceiverIds();
        ListenInput in = (ListenInput) Inputs.start(new InputSpec.TcpListen("127.0.0.1", 0, StreamFormat.BEAST), h,
                InputConfig.defaults(), ids);
        ExecutorService pool = Executors.newFixedThreadPool(FEEDERS);
        try {
            assertThat(in.localPort()).isPositive();
            assertThat(in.stats().state()).isEqualTo(InputState.LISTENING);
            Map<Integer, byte[]> sentByLocalPort = new HashMap<>();
            List<Socket> sockets = new ArrayList<>();
            for (int i = 0; i < FEEDERS; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", in.localPort()), 2000);
                sockets.add(s);
                byte[] payload = new byte[50_000 + 7919 * i];
                new Random(i).nextBytes(payload); // arbitrary bytes, 0x1A included: the input must not touch them
                sentByLocalPort.put(s.getLocalPort(), payload);
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (Socket s : sockets) {
                writers.add(pool.submit(() -> {
                    go.await();
                    byte[] p = sentByLocalPort.get(s.getLocalPort());
                    Random sizes = new Random(s.getLocalPort());
                    OutputStream out = s.getOutputStream();
                    for (int off = 0; off < p.length; ) {
                        int n = Math.min(p.length - off, 1 + sizes.nextInt(3000));
                        out.write(p, off, n);
                        out.flush();
                        off += n;
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> w : writers) {
                w.get();
            }
            int total = sentByLocalPort.values().stream().mapToInt(b -> b.length).sum();
            h.await(WAIT, "all bytes", () -> h.totalBytes() == total);
            assertThat(in.stats().activeFeeders()).isEqualTo(FEEDERS);
            assertThat(in.feeders()).hasSize(FEEDERS);

            List<InputId> feederIds = h.ids();
            assertThat(feederIds).hasSize(FEEDERS);
            assertThat(feederIds).extracting(InputId::receiverId).doesNotHaveDuplicates()
                    .doesNotContain(in.id().receiverId());
            assertThat(feederIds).allSatisfy(f -> assertThat(f.format()).isEqualTo(StreamFormat.BEAST));
            for (InputId f : feederIds) {
                int remotePort = Integer.parseInt(f.name().substring(f.name().lastIndexOf(':') + 1));
                assertThat(h.bytes(f)).as("bytes of %s", f).isEqualTo(sentByLocalPort.get(remotePort));
            }

            for (Socket s : sockets) {
                s.close();
            }
            h.await(WAIT, "feeders gone", () -> !h.anyOpen());
            for (InputId f : feederIds) {
                assertThat(h.disconnects(f)).containsExactly(DisconnectCause.END_OF_STREAM);
            }
            InputStats s = in.stats();
            assertThat(s.bytes()).isEqualTo(total);
            assertThat(s.connects()).isEqualTo(FEEDERS);
            assertThat(s.disconnects()).isEqualTo(FEEDERS);
            assertThat(s.activeFeeders()).isZero();
            assertThat(s.errorTotal()).isZero();
            assertThat(h.violations()).isEmpty();
        } finally {
            pool.shutdownNow();
            in.close();
        }
        assertThat(InputThreads.alive(in.id().name())).isEmpty();
    }

    @Test
    void refusesFeedersBeyondTheLimitAndCountsThem() throws Exception {
        RecordingHandler h = new RecordingHandler();
        InputConfig config = InputConfig.defaults().withMaxFeeders(2);
        try (ListenInput in = (ListenInput) Inputs.start(new InputSpec.TcpListen("127.0.0.1", 0, StreamFormat.BEAST),
                h, config, new ReceiverIds());
             Socket a = new Socket("127.0.0.1", in.localPort());
             Socket b = new Socket("127.0.0.1", in.localPort())) {
            h.await(WAIT, "two feeders", () -> h.ids().size() == 2);
            try (Socket c = new Socket("127.0.0.1", in.localPort())) {
                c.setSoTimeout(5000);
                assertThat(c.getInputStream().read()).isEqualTo(-1); // refused: closed at once
            }
            assertThat(in.stats().errors(InputError.FEEDER_LIMIT)).isEqualTo(1);
            assertThat(in.stats().activeFeeders()).isEqualTo(2);
            assertThat(a.isConnected() && b.isConnected()).isTrue();
            in.close();
            // shutdown ends both feeder connections and tells the handler
            for (InputId f : h.ids()) {
                assertThat(h.disconnects(f)).containsExactly(DisconnectCause.SHUTDOWN);
            }
            assertThat(a.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void retriesTheBindWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50,
                InetAddress.getByName("127.0.0.1"))) {
            RecordingHandler h = new RecordingHandler();
            InputConfig config = InputConfig.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(100));
            ListenInput in = (ListenInput) Inputs.start(
                    new InputSpec.TcpListen("127.0.0.1", taken.getLocalPort(), StreamFormat.BEAST), h, config,
                    new ReceiverIds());
            try {
                assertThat(in.localPort()).isEqualTo(-1);
                int port = taken.getLocalPort();
                h.await(WAIT, "bind retries", () -> in.stats().errors(InputError.BIND_FAILED) >= 3);
                taken.close();
                h.await(WAIT, "bound", () -> in.localPort() == port);
                try (Socket s = new Socket("127.0.0.1", port)) {
                    s.getOutputStream().write(new byte[] {0x1a, 0x32});
                    h.await(WAIT, "bytes", () -> h.totalBytes() == 2);
                }
            } finally {
                in.close();
            }
        }
    }
}

package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class UdpInputTest {

    @Test
    void receivesDatagramsAndEndsEachTextDatagramWithANewline() throws Exception {
        RecordingHandler h = new RecordingHandler();
        String[] datagrams = {
            "!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23\r\n",
            "!AIVDM,1,1,,A,133sVfPP00PD>hRMDH@jNOvN20S8,0*7F", // no line end: one is added
            "!AIVDM,2,1,6,A,53@o0E000001Q0CG37U8u<Tp4q@D00000000000018330400000000000000,0*63\n"
                    + "!AIVDM,2,2,6,A,00000000008,2*2A\n",
        };
        UdpInput in = (UdpInput) Inputs.start(new InputSpec.Udp("127.0.0.1", 0, StreamFormat.NMEA), h,
                InputConfig.defaults(), new ReceiverIds());
        try (DatagramSocket out = new DatagramSocket()) {
            assertThat(in.localPort()).isPositive();
            h.await(Duration.ofSeconds(5), "bound", () -> h.connects(in.id()) == 1);
            StringBuilder expected = new StringBuilder();
            for (String d : datagrams) {
                byte[] b = d.getBytes(StandardCharsets.US_ASCII);
                out.send(new DatagramPacket(b, b.length, InetAddress.getByName("127.0.0.1"), in.localPort()));
                expected.append(d.endsWith("\n") ? d : d + "\n");
                int want = expected.length();
                h.await(Duration.ofSeconds(5), "datagram", () -> h.bytes(in.id()).length == want);
            }
            assertThat(new String(h.bytes(in.id()), StandardCharsets.US_ASCII)).isEqualTo(expected.toString());
            InputStats s = in.stats();
            assertThat(s.chunks()).isEqualTo(3);
            assertThat(s.bytes()).isEqualTo(expected.length());
            assertThat(s.state()).isEqualTo(InputState.CONNECTED);
            assertThat(s.lastDataNanos()).isPositive();
        } finally {
            in.close();
        }
        assertThat(h.disconnects(in.id())).containsExactly(DisconnectCause.SHUTDOWN);
        assertThat(in.stats().state()).isEqualTo(InputState.CLOSED);
        assertThat(InputThreads.alive(in.id().name())).isEmpty();
        assertThat(h.violations()).isEmpty();
    }
}

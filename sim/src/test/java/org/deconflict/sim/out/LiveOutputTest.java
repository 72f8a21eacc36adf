package org.deconflict.sim.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.deconflict.sim.Protocol;

class LiveOutputTest {

    @Test
    void servesBeastOverTcpAndSendsAisDatagrams() throws Exception {
        try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             LiveOutput live = new LiveOutput("tcp://127.0.0.1:0", "udp://127.0.0.1:" + udp.getLocalPort(), 0)) {
            udp.setSoTimeout(5000);
            try (Socket client = new Socket("127.0.0.1", live.beastPort())) {
                client.setSoTimeout(5000);
                for (int i = 0; i < 200 && live.clientCount() == 0; i++) {
                    Thread.sleep(10);
                }
                assertThat(live.clientCount()).isEqualTo(1);
                byte[] df11 = {0x5D, 0x1A, 0x1A, 0x1A, 0x00, 0x00, 0x00};   // escapes needed
                live.accept(1, 12_000_000_000L / 12, Protocol.MODE_S, df11, 0, 7, 0x1A);
                InputStream in = client.getInputStream();
                byte[] got = in.readNBytes(2 + 6 + 2 + 7 + 3);
                assertThat(got[0]).isEqualTo((byte) 0x1A);
                assertThat(got[1]).isEqualTo((byte) '2');
                byte[] sentence = "\\s:rx,c:1*00\\!AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D,0*24".getBytes(StandardCharsets.US_ASCII);
                live.accept(1, 0, Protocol.AIS, sentence, 0, sentence.length, 0);
                DatagramPacket p = new DatagramPacket(new byte[256], 256);
                udp.receive(p);
                assertThat(new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII))
                        .isEqualTo(new String(sentence, StandardCharsets.US_ASCII) + "\r\n");
            }
        }
    }
}

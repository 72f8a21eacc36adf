package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSpecsTest {

    @TempDir
    Path dir;

    @Test
    void networkOptions() {
        assertThat(InputSpecs.parse("--beast", "radar1:30005"))
                .isEqualTo(new InputSpec.TcpClient("radar1", 30005, StreamFormat.BEAST));
        assertThat(InputSpecs.parse("--beast", "radar1"))
                .isEqualTo(new InputSpec.TcpClient("radar1", 30005, StreamFormat.BEAST));
        assertThat(InputSpecs.parse("avr", "10.0.0.7:30002"))
                .isEqualTo(new InputSpec.TcpClient("10.0.0.7", 30002, StreamFormat.AVR));
        assertThat(InputSpecs.parse("--avr", "10.0.0.7"))
                .isEqualTo(new InputSpec.TcpClient("10.0.0.7", 30002, StreamFormat.AVR));
        assertThat(InputSpecs.parse("--sbs", "[::1]:30003"))
                .isEqualTo(new InputSpec.TcpClient("::1", 30003, StreamFormat.SBS));
        assertThat(InputSpecs.parse("--sbs", "fe80::1"))
                .isEqualTo(new InputSpec.TcpClient("fe80::1", 30003, StreamFormat.SBS));
        assertThat(InputSpecs.parse("--beast-listen", ":30004"))
                .isEqualTo(new InputSpec.TcpListen(null, 30004, StreamFormat.BEAST));
        assertThat(InputSpecs.parse("--beast-listen", "30104"))
                .isEqualTo(new InputSpec.TcpListen(null, 30104, StreamFormat.BEAST));
        assertThat(InputSpecs.parse("--beast-listen", "127.0.0.1:30004"))
                .isEqualTo(new InputSpec.TcpListen("127.0.0.1", 30004, StreamFormat.BEAST));
        assertThat(InputSpecs.parse("--ais", "udp://:10110"))
                .isEqualTo(new InputSpec.Udp(null, 10110, StreamFormat.NMEA));
        assertThat(InputSpecs.parse("--ais", "UDP://0.0.0.0:2000"))
                .isEqualTo(new InputSpec.Udp("0.0.0.0", 2000, StreamFormat.NMEA));
        assertThat(InputSpecs.parse("--ais", "tcp://ais.example.org:5631"))
                .isEqualTo(new InputSpec.TcpClient("ais.example.org", 5631, StreamFormat.NMEA));
        assertThat(InputSpecs.parse("--beast", "radar1:30005").name()).isEqualTo("beast@radar1:30005");
    }

    @Test
    void files() throws Exception {
        Path p = Samples.write(dir, "rec.bin", Samples.beastStream(3));
        assertThat(InputSpecs.parseFile(p.toString())).isEqualTo(new InputSpec.File(p, null));
        assertThat(InputSpecs.parse("--file", "beast:" + p)).isEqualTo(new InputSpec.File(p, StreamFormat.BEAST));
        assertThat(InputSpecs.parseFile("AIS:" + p)).isEqualTo(new InputSpec.File(p, StreamFormat.NMEA));
        assertThat(InputSpecs.parseFile("-")).isEqualTo(new InputSpec.Stdin(null));
        assertThat(InputSpecs.parseFile("avr:-")).isEqualTo(new InputSpec.Stdin(StreamFormat.AVR));
        // a file whose name has a colon is taken as it is
        Path colon = Samples.write(dir, "nmea:odd.txt", Samples.ascii("!AIVDM,1,1,,A,1,0*00\n"));
        assertThat(InputSpecs.parseFile(colon.toString())).isEqualTo(new InputSpec.File(colon, null));
    }

    @Test
    void badSpecsGiveOneClearLine() {
        String[][] bad = {
            {"--beast", "radar1:0", "port 0 out of range"},
            {"--beast", "radar1:70000", "port 70000 out of range"},
            {"--beast", "radar1:abc", "bad port 'abc'"},
            {"--beast", ":30005", "a host is required"},
            {"--beast", "tcp://radar1:30005", "without a scheme"},
            {"--avr", "bad host!:30002", "bad host 'bad host!'"},
            {"--sbs", "", "a value is required"},
            {"--ais", "radar1:10110", "expected udp://[HOST]:PORT or tcp://HOST:PORT"},
            {"--ais", "tcp://radar1", "a port is required"},
            {"--ais", "udp://:99999", "out of range"},
            {"--beast-listen", "[::1", "expected [HOST]:PORT"},
            {"--radar", "x:1", "unknown input option --radar"},
            {"--file", "/no/such/file.bin", "no such file: /no/such/file.bin"},
            {"--file", "beest:/no/such/file.bin", "unknown format 'beest'"},
        };
        for (String[] b : bad) {
            assertThatThrownBy(() -> InputSpecs.parse(b[0], b[1]))
                    .as("%s %s", b[0], b[1])
                    .isInstanceOf(Sources.InputException.class)
                    .hasMessageContaining(b[2])
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void aDirectoryIsNotARecording() {
        assertThatThrownBy(() -> InputSpecs.parseFile(dir.toString()))
                .isInstanceOf(Sources.InputException.class)
                .hasMessage("not a readable file: " + dir);
    }
}

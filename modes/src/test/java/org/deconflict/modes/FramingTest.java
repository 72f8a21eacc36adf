package org.deconflict.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.deconflict.modes.encode.ModeSEncoder;
import org.deconflict.modes.framing.AvrParser;
import org.deconflict.modes.framing.BeastParser;
import org.deconflict.modes.framing.FrameSink;
import org.deconflict.modes.framing.FramingReject;
import org.deconflict.modes.framing.HexLineParser;
import org.deconflict.modes.framing.SbsMessage;
import org.deconflict.modes.framing.SbsParser;
import org.deconflict.modes.framing.SbsWriter;
import org.deconflict.modes.message.ModeSMessage;
import org.junit.jupiter.api.Test;

/** Streaming parsers: escaping, timestamps, resynchronisation after garbage, chunk boundaries, counted rejects. */
class FramingTest {
    private record Seen(String hex, long ts, int signal) {
    }

    private static FrameSink collect(List<Seen> out) {
        return (buf, off, len, ts, signal) -> out.add(new Seen(Bits.hex(buf, off, len), ts, signal));
    }

    private static void beastFrame(ByteArrayOutputStream out, int type, long ts, int signal, byte[] payload) {
        out.write(0x1A);
        out.write(type);
        byte[] body = new byte[7 + payload.length];
        for (int i = 0; i < 6; i++) {
            body[i] = (byte) (ts >>> (40 - 8 * i));
        }
        body[6] = (byte) signal;
        System.arraycopy(payload, 0, body, 7, payload.length);
        for (byte b : body) {
            out.write(b);
            if ((b & 0xFF) == 0x1A) {
                out.write(0x1A);
            }
        }
    }

    @Test
    void beastEscapingTimestampsGarbageAndTruncation() {
        byte[] longFrame = ModeSEncoder.identification(17, 5, 0x1A1A1A, 4, 0, "TEST1");
        byte[] shortFrame = ModeSEncoder.altitudeReply(0, 0, 0, 1000, 0x4CA2D4);
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.writeBytes("garbage".getBytes(StandardCharsets.US_ASCII));
        beastFrame(s, '3', 0x1A0000001A1AL, 0x1A, longFrame);
        s.writeBytes(new byte[] {0x1A, '3', 1, 2, 3}); // cut short by the next frame start
        beastFrame(s, '2', 12_000_000L, 200, shortFrame);
        s.writeBytes(new byte[] {0x1A, '9', 0, 0}); // unknown type
        beastFrame(s, '1', 5, 7, new byte[] {0x12, 0x34});
        byte[] bytes = s.toByteArray();
        for (int chunk : new int[] {1, 2, 3, 7, bytes.length}) {
            List<Seen> seen = new ArrayList<>();
            int[] modeAc = {0};
            BeastParser p = new BeastParser(new FrameSink() {
                @Override
                public void frame(byte[] buf, int off, int len, long ts, int signal) {
                    seen.add(new Seen(Bits.hex(buf, off, len), ts, signal));
                }

                @Override
                public void modeAc(int raw, long ts, int signal) {
                    assertThat(raw).isEqualTo(0x1234);
                    modeAc[0]++;
                }
            });
            for (int i = 0; i < bytes.length; i += chunk) {
                p.feed(bytes, i, Math.min(chunk, bytes.length - i));
            }
            assertThat(seen).containsExactly(new Seen(Bits.hex(longFrame, 0, 14), 0x1A0000001A1AL, 0x1A),
                    new Seen(Bits.hex(shortFrame, 0, 7), 12_000_000L, 200));
            assertThat(modeAc[0]).isEqualTo(1);
            assertThat(p.rejectCount(FramingReject.GARBAGE)).isEqualTo(1); // bytes after a bad type count with it
            assertThat(p.rejectCount(FramingReject.BEAST_TRUNCATED)).isEqualTo(1);
            assertThat(p.rejectCount(FramingReject.BEAST_BAD_TYPE)).isEqualTo(1);
            assertThat(p.frames()).isEqualTo(2);
        }
    }

    @Test
    void avrFormsAndResync() {
        String text = "*8D406B902015A678D4D220AA4BDA;\r\n@0000000012AB20001718029FCD;\n"
                + "junk\n<00000000FFFF7F2A00516D492B80;\n*8D406B;\n*ZZ406B902015A678D4D220AA4BDA;\n*1234;\n%000000000001"
                + "5D4CA2D4000000;";
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        for (int chunk : new int[] {1, 5, bytes.length}) {
            List<Seen> seen = new ArrayList<>();
            AvrParser p = new AvrParser(collect(seen));
            for (int i = 0; i < bytes.length; i += chunk) {
                p.feed(bytes, i, Math.min(chunk, bytes.length - i));
            }
            assertThat(seen).containsExactly(new Seen("8d406b902015a678d4d220aa4bda", -1, -1),
                    new Seen("20001718029fcd", 0x12AB, -1), new Seen("2a00516d492b80", 0xFFFF, 0x7F),
                    new Seen("5d4ca2d4000000", 1, -1));
            assertThat(p.rejectCount(FramingReject.GARBAGE)).isEqualTo(1);
            assertThat(p.rejectCount(FramingReject.BAD_LENGTH)).isEqualTo(1);
            assertThat(p.rejectCount(FramingReject.BAD_HEX)).isEqualTo(1);
            assertThat(p.modeAcFrames()).isEqualTo(1);
        }
    }

    @Test
    void hexLines() {
        List<Seen> seen = new ArrayList<>();
        HexLineParser p = new HexLineParser(collect(seen));
        p.line("  8D406B902015A678D4D220AA4BDA ");
        p.line("\uFEFF*20001718029FCD;");
        p.line("");
        p.line("8D406B90");
        p.line("8D406B902015A678D4D220AA4BDX");
        p.line("1457996400,\"8D406B909945DE10000405999BE4\",\"406B90\",19");
        p.line("\uFEFF1495353600,4D010D,A00015B7C26E1370AA00005DD34A");
        assertThat(seen).extracting(Seen::hex).containsExactly("8d406b902015a678d4d220aa4bda", "20001718029fcd",
                "8d406b909945de10000405999be4", "a00015b7c26e1370aa00005dd34a");
        assertThat(p.rejectCount(FramingReject.BAD_LENGTH)).isEqualTo(1);
        assertThat(p.rejectCount(FramingReject.BAD_HEX)).isEqualTo(1);
    }

    @Test
    void sbsParseAndWriteRoundTrip() {
        List<SbsMessage> got = new ArrayList<>();
        SbsParser p = new SbsParser(got::add);
        String line = "MSG,3,1,1,4CA2D4,1,2016/03/14,10:00:00.000,2016/03/14,10:00:00.000,,39000,,,49.82410,6.06785,,,0,0,0,0";
        byte[] bytes = (line + "\r\nnot,sbs\nMSG,4,1,1,XYZ,1,,,,,,,,,,,,,,,,\n").getBytes(StandardCharsets.US_ASCII);
        p.feed(bytes, 0, bytes.length);
        assertThat(got).hasSize(1);
        SbsMessage m = got.get(0);
        assertThat(m.transmissionType()).isEqualTo(3);
        assertThat(m.icao()).isEqualTo(0x4CA2D4);
        assertThat(m.altitudeFt()).isEqualTo(39000);
        assertThat(m.latitudeDeg()).isEqualTo(49.82410);
        assertThat(m.onGround()).isFalse();
        assertThat(p.rejectCount(FramingReject.SBS_MALFORMED)).isEqualTo(2);

        ModeSDecoder d = new ModeSDecoder(ModeSDecoder.Options.frames());
        ModeSMessage pos = d.decode(Bits.parseHex("8D40058B58C901375147EFD09357"), 0).message();
        String out = SbsWriter.line(pos, 49.82410, 6.06785, 1_457_996_400_000_000_000L);
        assertThat(out).isEqualTo("MSG,3,1,1,40058B,1,2016/03/14,23:00:00.000,2016/03/14,23:00:00.000,,39000,,,"
                + "49.82410,6.06785,,,,,,0");
        SbsMessage back = SbsParser.parse(out);
        assertThat(back.icao()).isEqualTo(0x40058B);
        assertThat(back.altitudeFt()).isEqualTo(39000);
        assertThat(back.longitudeDeg()).isEqualTo(6.06785);
    }
}

package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    private static StreamFormat detect(byte[] b) {
        return FormatDetector.detect(b, 0, b.length);
    }

    private static StreamFormat detect(String s) {
        return detect(Samples.ascii(s));
    }

    @Test
    void beastNeedsWellFormedFramesWithEscapes() {
        byte[] beast = Samples.beastStream(10);
        assertThat(detect(beast)).isEqualTo(StreamFormat.BEAST);
        // one whole frame alone is enough when it is all there is
        byte[] one = Samples.beastFrame(0x31, 1, 2, new byte[] {0x12, 0x34});
        assertThat(detect(one)).isEqualTo(StreamFormat.BEAST);
        // a capture that starts in the middle of a frame still syncs on the next one
        byte[] mid = Arrays.copyOfRange(beast, 5, beast.length);
        assertThat(detect(mid)).isEqualTo(StreamFormat.BEAST);
        // a lone 0x1A inside a frame breaks it: not Beast
        byte[] broken = Samples.beastStream(4);
        broken[5] = 0x1a;
        broken[6] = 0x00;
        assertThat(detect(broken)).isNull();
        // an unknown frame type after the start: not Beast
        assertThat(detect(new byte[] {0x1a, 0x39, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})).isNull();
    }

    @Test
    void randomBinaryIsNotTakenForBeast() {
        Random r = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            byte[] noise = new byte[4096];
            r.nextBytes(noise);
            noise[trial % 60] = 0x1a; // a plausible frame start near the beginning
            noise[trial % 60 + 1] = 0x32;
            assertThat(detect(noise)).as("trial %d", trial).isNull();
        }
    }

    @Test
    void textFormatsByTheirLines() {
        assertThat(detect("*8d4840d6202cc371c32ce0576098;\n*5d3981e46dc8e0;\n")).isEqualTo(StreamFormat.AVR);
        assertThat(detect("@0000153a4c2e8d4840d6202cc371c32ce0576098;\n")).isEqualTo(StreamFormat.AVR);
        assertThat(detect("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23\r\n")).isEqualTo(StreamFormat.NMEA);
        assertThat(detect("$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17\n!AIVDM,1,1,,B,15NBj>PP1gG>1PVKTDTUJOv00<0M,0*09\n"))
                .isEqualTo(StreamFormat.NMEA);
        assertThat(detect("\\s:rORBCOMM104,c:1418172113*55\\!AIVDM,1,1,,B,13F?Vv700<DJuLEtvep`iToV0<00,0*78\n"))
                .isEqualTo(StreamFormat.NMEA);
        assertThat(detect("1418172113.5 !AIVDM,1,1,,B,13F?Vv700<DJuLEtvep`iToV0<00,0*78\n"))
                .isEqualTo(StreamFormat.NMEA);
        assertThat(detect("MSG,3,1,1,4CA7B6,1,2020/02/12,10:07:01.000,2020/02/12,10:07:01.000,,36000,,,53.1,-6.2,,,0,0,0,0\n"))
                .isEqualTo(StreamFormat.SBS);
        assertThat(detect("8D4840D6202CC371C32CE0576098\n5D3981E46DC8E0\n")).isEqualTo(StreamFormat.HEX);
        assertThat(detect("1457996400,\"8D406B909945DE10000405999BE4\",\"406B90\",19\n")).isEqualTo(StreamFormat.HEX);
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndTheMajorityWins() {
        assertThat(detect("# Sample file with comments and random text\n\n"
                + "some random text\n"
                + "!AIVDM,1,1,,A,16:=?;0P00`SstvFnFbeGH6L088h,0*44\n"
                + "!AIVDM,1,1,,A,16:=?;0P00`SstvFnFbeGH6L088h,0*44\n"
                + "*5d3981e46dc8e0;\n")).isEqualTo(StreamFormat.NMEA);
    }

    @Test
    void unknownContentIsNull() {
        assertThat(detect("hello world\nthis is not a recording\n")).isNull();
        assertThat(detect("")).isNull();
        assertThat(detect("# only a comment\n")).isNull();
        assertThat(detect("8D4840D6202CC371C32CE05760\n")).isNull(); // 26 hex digits: no Mode S length
    }

    @Test
    void aPartialSampleAsksForMore() {
        StreamFormat[] out = new StreamFormat[1];
        byte[] partialLine = Samples.ascii("!AIVDM,1,1,,A,13HOI:0P00");
        assertThat(FormatDetector.examine(partialLine, 0, partialLine.length, false, out))
                .isEqualTo(FormatDetector.Verdict.NEED_MORE);
        byte[] beast = Samples.beastStream(2);
        assertThat(FormatDetector.examine(beast, 0, beast.length - 3, false, out))
                .isEqualTo(FormatDetector.Verdict.NEED_MORE);
        assertThat(FormatDetector.examine(beast, 0, beast.length, true, out))
                .isEqualTo(FormatDetector.Verdict.DECIDED);
        assertThat(out[0]).isEqualTo(StreamFormat.BEAST);
    }
}

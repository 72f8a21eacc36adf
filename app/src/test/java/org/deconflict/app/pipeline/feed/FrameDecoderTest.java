package org.deconflict.app.pipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.deconflict.app.input.StreamFormat;
import org.deconflict.engine.ingest.IdentityObservation;
import org.deconflict.engine.ingest.PositionObservation;
import org.deconflict.engine.ingest.ReceiverList;
import org.deconflict.sim.out.BeastFrames;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {

    /** A DF17 airborne position (pyModeS test vector "8D40621D58C382D690C8AC2863A7"). */
    private static final String DF17 = "8D40621D58C382D690C8AC2863A7";
    /** An AIS type 1 sentence (gpsd test corpus, sample.aivdm). */
    private static final String AIVDM = "!AIVDM,1,1,,B,15M67FC000G?ufbE`FepT@3n00Sa,0*5C";

    private final List<FeedItem> items = new ArrayList<>();

    @Test
    void hexLinesTakeTheirOwnTimeElseArrival() {
        FrameDecoder d = new FrameDecoder(StreamFormat.HEX, 4, null, items::add);
        byte[] text = ("ts,hex\n1456789012.5," + DF17 + "\n" + DF17 + "\nzz\n").getBytes(StandardCharsets.US_ASCII);
        // split mid-line to show that chunk boundaries do not matter
        d.feed(text, 0, 20, 777, 20);
        d.feed(text, 20, text.length - 20, 888, text.length);
        assertThat(items).hasSize(2);
        FeedItem.ModeS a = (FeedItem.ModeS) items.get(0);
        assertThat(a.timeNanos()).isEqualTo(1_456_789_012_500_000_000L);
        assertThat(HexFormat.of().withUpperCase().formatHex(a.frame())).isEqualTo(DF17);
        assertThat(a.receiverId()).isEqualTo(4);
        assertThat(items.get(1).timeNanos()).isEqualTo(888);
        assertThat(items.get(1).endOffset()).isEqualTo(text.length);
        assertThat(d.rejected()).as("the header and the garbage line").isEqualTo(2);
    }

    @Test
    void beastFramesTakeTheCounterTime() {
        FrameDecoder d = new FrameDecoder(StreamFormat.BEAST, 1, TickClock.countingFrom(1_000_000_000L), items::add);
        byte[] frame = HexFormat.of().parseHex(DF17);
        byte[] buf = new byte[64];
        int n = BeastFrames.write(buf, 0, 24_000_000L, 0x40, frame, 0, frame.length);
        d.feed(buf, 0, n, 5, n);
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.timeNanos()).isEqualTo(3_000_000_000L);
            assertThat(((FeedItem.ModeS) i).frame()).isEqualTo(frame);
        });
    }

    @Test
    void avrWithoutTimestampTakesArrivalTime() {
        FrameDecoder d = new FrameDecoder(StreamFormat.AVR, 2, TickClock.countingFrom(0), items::add);
        byte[] text = ("*" + DF17 + ";\n").getBytes(StandardCharsets.US_ASCII);
        d.feed(text, 0, text.length, 42_000, text.length);
        assertThat(items).singleElement().extracting(FeedItem::timeNanos).isEqualTo(42_000L);
    }

    @Test
    void nmeaBecomesAisReports() {
        FrameDecoder d = new FrameDecoder(StreamFormat.NMEA, 3, null, items::add);
        byte[] text = (AIVDM + "\r\n").getBytes(StandardCharsets.US_ASCII);
        d.feed(text, 0, text.length, 99_000_000L, text.length);
        d.finish(99_000_000L, text.length);
        assertThat(items).singleElement().isInstanceOf(FeedItem.Ais.class)
                .extracting(FeedItem::timeNanos).as("no tag block: arrival time").isEqualTo(99_000_000L);
    }

    @Test
    void sbsRecordsBecomeObservationsAtTheirOwnTimeElseArrival() {
        FrameDecoder d = new FrameDecoder(StreamFormat.SBS, 3, null, items::add);
        byte[] text = ("MSG,3,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.510,,38000,,,52.2572,3.91937,,,0,0,0,0\r\n"
                + "MSG,3,1,1,4840D6,1,2024/06/01,12:00:0x.500,2024/06/01,12:00:00.510,,38000,,,52.2572,3.91937,,,0,0,0,0\r\n"
                + "MSG,3,1,1,4840D6,1,,,,,,38000,,,52.2600,3.92000,,,0,0,0,0\r\n"
                + "MSG,9,1,1,4840D6,1,2024/06/01,12:00:00.500,,,,,,,,,,,,,,\r\n"
                + "garbage line\r\n"
                + "STA,,5,179,4840D6,10103,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,RM\r\n"
                + "MSG,1,1,1,4840D6,1,2024/06/01,12:00:01.000,2024/06/01,12:00:01.000,KLM1023 ,,,,,,,,,,,")
                .getBytes(StandardCharsets.US_ASCII); // the last record has no line end
        d.feed(text, 0, 40, 777, 40); // split mid-record: chunk boundaries do not matter
        d.feed(text, 40, text.length - 40, 888, text.length);
        d.finish(999, text.length);
        assertThat(items).hasSize(4).allSatisfy(i -> assertThat(i).isInstanceOf(FeedItem.Observed.class));
        PositionObservation p = (PositionObservation) ((FeedItem.Observed) items.get(0)).observation();
        assertThat(p.timeNanos()).as("2024-06-01T12:00:00.500Z").isEqualTo(1_717_243_200_500_000_000L);
        assertThat(p.latDeg()).isEqualTo(52.2572);
        assertThat(p.receivers()).isEqualTo(ReceiverList.of(3));
        assertThat(items.get(1).timeNanos()).as("a malformed time: arrival time").isEqualTo(888);
        assertThat(items.get(2).timeNanos()).as("no time: arrival time").isEqualTo(888);
        IdentityObservation id = (IdentityObservation) ((FeedItem.Observed) items.get(3)).observation();
        assertThat(id.callsign()).isEqualTo("KLM1023");
        assertThat(id.timeNanos()).isEqualTo(1_717_243_201_000_000_000L);
        assertThat(d.items()).isEqualTo(4);
        assertThat(d.rejected()).as("type 9 and the garbage line").isEqualTo(2);
        assertThat(d.sbsIgnored()).as("the STA record").isEqualTo(1);
    }

    @Test
    void liveSbsRecordsFarFromTheirArrivalTakeTheArrivalTime() {
        long arrival = 1_717_243_200_000_000_000L; // 2024-06-01T12:00:00Z
        FrameDecoder d = new FrameDecoder(StreamFormat.SBS, 1, null, items::add, 300_000_000_000L);
        byte[] text = ("MSG,3,1,1,4840D6,1,2024/06/01,11:59:59.500,,,,38000,,,52.0,4.0,,,0,0,0,0\n"
                + "MSG,3,1,1,4840D6,1,2024/06/01,14:00:00.000,,,,38000,,,52.0,4.0,,,0,0,0,0\n" // local time, UTC+2
                + "MSG,3,1,1,4840D6,1,2024/06/01,11:54:59.000,,,,38000,,,52.0,4.0,,,0,0,0,0\n")
                .getBytes(StandardCharsets.US_ASCII);
        d.feed(text, 0, text.length, arrival, 0);
        assertThat(items).extracting(FeedItem::timeNanos)
                .containsExactly(arrival - 500_000_000L, arrival, arrival);
        assertThat(d.sbsRetimed()).isEqualTo(2);
    }
}

package org.deconflict.app.pipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.deconflict.app.input.Sources;
import org.deconflict.app.input.StreamFormat;
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
    void sbsIsRefusedWithOneLine() {
        assertThatThrownBy(() -> new FrameDecoder(StreamFormat.SBS, 1, null, items::add))
                .isInstanceOf(Sources.InputException.class).hasMessageContaining("Beast");
    }
}

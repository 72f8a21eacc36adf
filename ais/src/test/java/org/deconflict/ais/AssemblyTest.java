package org.deconflict.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.ais.AisMessage.Dimensions;
import org.deconflict.ais.AisMessage.StaticVoyageData;
import org.junit.jupiter.api.Test;

/** Multi-part assembly: channel splits, interleaving, duplicates, gaps, event-time timeouts and the buffer bound. */
class AssemblyTest {

    private final List<AisReport> out = new ArrayList<>();
    private final AisReader reader = new AisReader(out::add);

    private static StaticVoyageData ship(int mmsi) {
        return new StaticVoyageData(5, 0, mmsi, 0, 9_134_270, "3FOF8", "EVER DIADEM", 70,
                new Dimensions(225, 70, 1, 31), 1, 5, 15, 14, 0, 122, "NEW YORK", 0, 424);
    }

    private static List<String> sentences(int mmsi, char channel) {
        return new AisEncoder().encode(ship(mmsi), channel);
    }

    @Test
    void partsSplitAcrossChannelsAAndBAreJoined() {
        List<String> a = sentences(351_759_000, 'A');
        reader.line(a.get(0));
        reader.line(a.get(1).replace(",A,", ",B,").replaceAll("\\*..$", "*" + checksum(a.get(1).replace(",A,", ",B,"))));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).message()).isEqualTo(ship(351_759_000));
        assertThat(reader.stats().totalRejects()).isZero();
    }

    @Test
    void interleavedMessagesOnOneChannelAreKeptApart() {
        AisEncoder enc = new AisEncoder();
        List<String> x = enc.encode(ship(111_111_111), 'A');
        List<String> y = enc.encode(ship(222_222_222), 'A'); // next sequence id
        reader.line(x.get(0));
        reader.line(y.get(0));
        reader.line(x.get(1));
        reader.line(y.get(1));
        assertThat(out).extracting(r -> r.message().mmsi()).containsExactly(111_111_111, 222_222_222);
    }

    @Test
    void aDuplicatedPartIsDroppedOnceAndCounted() {
        List<String> s = sentences(351_759_000, 'A');
        reader.line(s.get(0));
        reader.line(s.get(0));
        reader.line(s.get(1));
        reader.line(s.get(1));
        assertThat(out).hasSize(1);
        assertThat(reader.stats().rejects(RejectReason.DUPLICATE_FRAGMENT)).isEqualTo(1);
        assertThat(reader.stats().rejects(RejectReason.ORPHAN_FRAGMENT)).isEqualTo(1); // the second part 2
    }

    @Test
    void aMissingPartDropsTheMessageWhenTheNextPartOneArrives() {
        AisEncoder enc = new AisEncoder();
        List<String> first = enc.encode(ship(111_111_111), 'A');
        for (int i = 0; i < 9; i++) {
            enc.encode(ship(1), 'A'); // advance the sequence id back to the same value
        }
        List<String> second = enc.encode(ship(222_222_222), 'A');
        assertThat(second.get(0).split(",")[3]).isEqualTo(first.get(0).split(",")[3]);
        reader.line(first.get(0));
        reader.line(second.get(0));
        reader.line(second.get(1));
        reader.finish();
        assertThat(out).extracting(r -> r.message().mmsi()).containsExactly(222_222_222);
        assertThat(reader.stats().rejects(RejectReason.INCOMPLETE_MESSAGE)).isEqualTo(1);
    }

    @Test
    void anIncompleteMessageTimesOutByEventTime() {
        AisEncoder enc = new AisEncoder();
        long t0 = 1_700_000_000_000L;
        List<String> late = enc.encode(ship(111_111_111), 'A', "station", t0);
        reader.line(late.get(0));
        // another message much later (event time), then the late part 2 of the first
        List<String> other = enc.encode(ship(222_222_222), 'B', "station", t0 + 60_000);
        reader.line(other.get(0));
        reader.line(other.get(1));
        reader.line(late.get(1).replaceFirst("c:\\d+", "c:" + (t0 + 61_000) / 1000).replaceFirst("\\*..\\\\",
                "*" + tagChecksum(late.get(1).replaceFirst("c:\\d+", "c:" + (t0 + 61_000) / 1000)) + "\\\\"));
        assertThat(out).extracting(r -> r.message().mmsi()).containsExactly(222_222_222);
        assertThat(reader.stats().rejects(RejectReason.INCOMPLETE_MESSAGE)).isEqualTo(1);
        assertThat(reader.stats().rejects(RejectReason.ORPHAN_FRAGMENT)).isEqualTo(1);
    }

    @Test
    void pendingMessagesAreBounded() {
        List<AisReport> got = new ArrayList<>();
        AisStats stats = new AisStats();
        AisStreamDecoder d = new AisStreamDecoder(f -> got.add(null), stats, 4, 10_000, 1_000);
        for (int i = 0; i < 6; i++) {
            String p1 = new AisEncoder().encode(ship(100_000_000 + i), 'A', "rx" + i, TagBlock.NO_TIME).get(0);
            byte[] b = p1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            d.line(b, 0, b.length);
        }
        assertThat(stats.rejects(RejectReason.ASSEMBLY_OVERFLOW)).isEqualTo(2);
        d.finish();
        assertThat(stats.rejects(RejectReason.INCOMPLETE_MESSAGE)).isEqualTo(4);
        assertThat(got).isEmpty();
    }

    private static String checksum(String sentence) {
        String body = sentence.substring(sentence.indexOf('!') + 1, sentence.indexOf('*'));
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return String.format("%02X", sum);
    }

    private static String tagChecksum(String line) {
        String body = line.substring(1, line.indexOf('*'));
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return String.format("%02X", sum);
    }
}

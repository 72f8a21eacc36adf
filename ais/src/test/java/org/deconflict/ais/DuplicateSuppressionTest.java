package org.deconflict.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DMA AisAbnormal tracks: every transmission reaches the file 2-3 times, through different networks (tag blocks
 * {@code si:AISD}, {@code si:IALA}, {@code si:MSSIS}, and Gatehouse $PGHP base stations). After suppression each transmission
 * is one message carrying the list of its sources.
 */
class DuplicateSuppressionTest {

    @ParameterizedTest
    @ValueSource(strings = {"212123000_drift_1.ais", "219165000_ssc_1.ais", "538004030_drift_1.ais"})
    void copiesFromSeveralSourcesCollapseToOneMessageEach(String file) throws IOException {
        List<AisReport> reports = LibaisExamplesTest.decode(SharedData.require("ais/dma-aisabnormal/" + file));
        List<DuplicateSuppressor.Heard> heard = new ArrayList<>();
        DuplicateSuppressor suppressor = new DuplicateSuppressor(heard::add);
        reports.forEach(suppressor::offer);
        suppressor.flush();

        // nothing lost: every report is one copy of exactly one heard message
        assertThat(heard.stream().mapToInt(DuplicateSuppressor.Heard::copies).sum()).isEqualTo(reports.size());
        assertThat(suppressor.duplicates()).isEqualTo(reports.size() - heard.size());

        // independent check on the decoded content: no two released messages are the same transmission within
        // the window (same decoded fields, times closer than the window)
        GpsdJson json = new GpsdJson(false, null);
        Map<String, Long> lastTime = new HashMap<>();
        for (DuplicateSuppressor.Heard h : heard) {
            String key = json.toJson(h.report().message());
            Long previous = lastTime.put(key, h.report().timeMillis());
            if (previous != null) {
                assertThat(Math.abs(h.report().timeMillis() - previous)).as(key)
                        .isGreaterThan(DuplicateSuppressor.DEFAULT_WINDOW_MILLIS);
            }
            assertThat(new HashSet<>(h.sources())).hasSameSizeAs(h.sources());
        }

        // the files' point: most transmissions were heard through more than one source
        long multi = heard.stream().filter(h -> h.sources().size() >= 2).count();
        assertThat(multi).isGreaterThan(heard.size() / 2);
        assertThat(heard).allSatisfy(h -> assertThat(h.copies()).isGreaterThanOrEqualTo(h.sources().size()));
        System.out.printf("%s: %d reports -> %d messages, %d heard by 2+ sources%n", file, reports.size(),
                heard.size(), multi);
    }

    @Test
    void sameBitsOutsideTheWindowAreNewMessages() {
        AisMessage m = new AisMessage.PositionReport(1, 0, 219165000, 0, 0, 100, false, 0, 0, 0, 0, 0, 0, false, 0,
                168);
        List<String> lines = new ArrayList<>();
        AisEncoder enc = new AisEncoder();
        long t0 = 1_412_524_603_000L;
        lines.addAll(enc.encode(m, 'A', "AISD", t0));
        lines.addAll(enc.encode(m, 'B', "IALA", t0 + 2_000));
        lines.addAll(enc.encode(m, 'A', "AISD", t0 + 60_000));
        List<DuplicateSuppressor.Heard> heard = new ArrayList<>();
        DuplicateSuppressor s = new DuplicateSuppressor(heard::add);
        AisReader reader = new AisReader(s::offer);
        lines.forEach(reader::line);
        s.flush();
        assertThat(heard).hasSize(2);
        assertThat(heard.get(0).sources()).containsExactly("AISD", "IALA");
        assertThat(heard.get(0).copies()).isEqualTo(2);
        assertThat(heard.get(1).sources()).containsExactly("AISD");
        Set<Long> times = new HashSet<>();
        heard.forEach(h -> times.add(h.report().timeMillis()));
        assertThat(times).containsExactlyInAnyOrder(t0, t0 + 60_000);
    }
}

package org.deconflict.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class ModeSFrameDeduplicatorTest {

    private static final long MS = 1_000_000L;
    private final byte[] a = HexFormat.of().parseHex("8D406B902015A678D4D220AA4BDA");
    private final byte[] b = HexFormat.of().parseHex("8D40058B58C901375147EFD09357");
    private final List<String> out = new ArrayList<>();
    private final ModeSFrameDeduplicator dedup = new ModeSFrameDeduplicator(
            (frame, ts, t, receivers) -> out.add(HexFormat.of().formatHex(frame).substring(0, 8) + "@" + t / MS + receivers));

    @Test
    void copiesFromOtherReceiversWithinTheWindowMerge() {
        dedup.offer(a, 0, a.length, -1, 1000 * MS, 1);
        dedup.offer(b, 0, b.length, -1, 1010 * MS, 1);
        dedup.offer(a, 0, a.length, -1, 1050 * MS, 2);
        dedup.offer(a, 0, a.length, -1, 1490 * MS, 3);
        dedup.flush();
        assertThat(out).containsExactly("8d406b90@1000[1, 2, 3]", "8d40058b@1010[1]");
        assertThat(dedup.duplicates()).isEqualTo(2);
    }

    @Test
    void sameReceiverRepeatAndLateCopiesAreNewTransmissions() {
        dedup.offer(a, 0, a.length, -1, 1000 * MS, 1);
        dedup.offer(a, 0, a.length, -1, 1400 * MS, 1);     // same bytes, same receiver: a new squitter
        dedup.offer(a, 0, a.length, -1, 1450 * MS, 2);     // joins the newest transmission
        dedup.offer(a, 0, a.length, -1, 2600 * MS, 2);     // beyond the window: new
        dedup.flush();
        assertThat(out).containsExactly("8d406b90@1000[1]", "8d406b90@1400[1, 2]", "8d406b90@2600[2]");
    }

    @Test
    void groupsAreReleasedInOrderOnceTheirWindowPassed() {
        dedup.offer(a, 0, a.length, -1, 1000 * MS, 1);
        dedup.offer(b, 0, b.length, -1, 1200 * MS, 1);
        assertThat(out).isEmpty();
        dedup.offer(b, 0, b.length, -1, 1600 * MS, 2);     // event time 1.6 s releases the first group only
        assertThat(out).containsExactly("8d406b90@1000[1]");
    }
}

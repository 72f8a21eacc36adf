package org.deconflict.app.pipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.deconflict.app.input.StreamFormat;
import org.deconflict.app.input.TimeOrderedMerge;
import org.junit.jupiter.api.Test;

/**
 * A recording's items leave {@link FileFeed} in time order within its reorder window: exactly the order a
 * {@link TimeOrderedMerge.ReorderWindow} of {@link FileFeed#REORDER_WINDOW} items gives, over several chunks.
 */
class FileFeedTest {

    /** Hex lines {@code TS,FRAME}: item {@code i} is a 7-byte frame carrying i, at {@code timesMs[i]}. */
    private static byte[] hexLines(long[] timesMs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < timesMs.length; i++) {
            sb.append(String.format(Locale.ROOT, "%d.%03d,5D%012X%n", timesMs[i] / 1000, timesMs[i] % 1000, i));
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static int itemOf(byte[] frame) {
        return (int) Long.parseLong(HexFormat.of().formatHex(frame, 1, 7), 16);
    }

    /** The items in the order a reorder window of the feed's size releases them. */
    private static List<Integer> reference(long[] timesMs) {
        TimeOrderedMerge.ReorderWindow w = new TimeOrderedMerge.ReorderWindow(FileFeed.REORDER_WINDOW);
        List<Integer> out = new ArrayList<>();
        int next = 0;
        while (true) {
            while (!w.isFull() && next < timesMs.length) {
                w.add(next, timesMs[next]);
                next++;
            }
            if (w.isEmpty()) {
                return out;
            }
            out.add(w.poll());
        }
    }

    private static List<Integer> replayed(long[] timesMs, List<Long> timesNanos) {
        byte[] content = hexLines(timesMs);
        List<Integer> out = new ArrayList<>();
        try (FileFeed feed = new FileFeed("items.hex", content, StreamFormat.HEX, 1, null, 0)) {
            while (feed.advance()) {
                out.add(itemOf(feed.frameCopy()));
                timesNanos.add(feed.timeNanos());
            }
        }
        return out;
    }

    /**
     * Times mostly rising, with ties, small steps back (repaired by the window) and large ones (beyond it: they leave
     * late, as the window releases them); several 16 KiB chunks.
     */
    @Property(tries = 60)
    void itemsLeaveInTheOrderOfAReorderWindow(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3000) int items) {
        Random r = new Random(seed);
        long[] t = new long[items];
        long now = 1_000_000;
        for (int i = 0; i < items; i++) {
            now += switch (r.nextInt(8)) {
                case 0 -> 0;
                case 1 -> -r.nextInt(50);
                case 2 -> r.nextInt(10) == 0 ? -r.nextInt(5_000) : 3;
                default -> r.nextInt(20);
            };
            now = Math.max(now, 0);
            t[i] = now;
        }
        List<Long> timesNanos = new ArrayList<>();
        assertThat(replayed(t, timesNanos)).containsExactlyElementsOf(reference(t));
        List<Integer> order = reference(t);
        for (int k = 0; k < order.size(); k++) {
            assertThat(timesNanos.get(k)).isEqualTo(t[order.get(k)] * 1_000_000L);
        }
    }

    @Test
    void aFileInOrderLeavesInFileOrderAndOneOutOfOrderWithinTheWindowIsRepaired() {
        long[] t = new long[5_000];
        for (int i = 0; i < t.length; i++) {
            t[i] = 10_000 + i;
        }
        t[4_000] = 10_000 + 3_900;   // 100 items late: within the window
        List<Integer> order = replayed(t, new ArrayList<>());
        assertThat(order).hasSize(t.length);
        assertThat(order.subList(0, 3_900)).isSorted();
        assertThat(order.get(3_900)).isEqualTo(3_900);
        assertThat(order.get(3_901)).isEqualTo(4_000);   // ties keep file order: after item 3,900
        assertThat(order.get(3_902)).isEqualTo(3_901);
    }
}

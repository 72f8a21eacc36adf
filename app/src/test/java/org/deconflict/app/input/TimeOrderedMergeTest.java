package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TimeOrderedMergeTest {

    /** An item: its key and where it came from (source, position), to check stability. */
    record Item(long key, int source, int position) {
    }

    /** A source over a list, repaired through a reorder window of {@code window} items, as a file feed does. */
    private static final class ListSource implements TimeOrderedMerge.Source {
        final List<Item> items;
        final TimeOrderedMerge.ReorderWindow reorder;
        int read;
        int current = -1;

        ListSource(List<Item> items, int window) {
            this.items = items;
            this.reorder = new TimeOrderedMerge.ReorderWindow(window);
        }

        @Override
        public boolean advance() {
            while (!reorder.isFull() && read < items.size()) {
                reorder.add(read, items.get(read).key());
                read++;
            }
            if (reorder.isEmpty()) {
                return false;
            }
            current = reorder.poll();
            return true;
        }

        @Override
        public long key() {
            return items.get(current).key();
        }
    }

    private static List<Item> items(List<List<Long>> keys, int s) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < keys.get(s).size(); i++) {
            items.add(new Item(keys.get(s).get(i), s, i));
        }
        return items;
    }

    private static List<ListSource> sources(List<List<Long>> keys, int window) {
        List<ListSource> out = new ArrayList<>();
        for (int s = 0; s < keys.size(); s++) {
            out.add(new ListSource(items(keys, s), window));
        }
        return out;
    }

    private static List<Item> drain(TimeOrderedMerge m, List<ListSource> sources) {
        List<Item> out = new ArrayList<>();
        int lane;
        while ((lane = m.next()) >= 0) {
            ListSource src = sources.get(lane);
            out.add(src.items.get(src.current));
        }
        return out;
    }

    private static List<Item> expected(List<List<Long>> keys) {
        List<Item> all = new ArrayList<>();
        for (int s = 0; s < keys.size(); s++) {
            all.addAll(items(keys, s));
        }
        all.sort(Comparator.comparingLong(Item::key).thenComparingInt(Item::source).thenComparingInt(Item::position));
        return all;
    }

    @Property(tries = 300)
    void orderedSourcesMergeIntoOneOrderedStream(
            @ForAll @Size(max = 8) List<@Size(max = 60) List<@IntRange(min = -1000, max = 1000) Integer>> raw,
            @ForAll @IntRange(min = 1, max = 5) int window) {
        List<List<Long>> keys = new ArrayList<>();
        for (List<Integer> r : raw) {
            keys.add(r.stream().map(Integer::longValue).sorted().toList());
        }
        List<ListSource> sources = sources(keys, window);
        TimeOrderedMerge m = new TimeOrderedMerge(sources);
        List<Item> out = drain(m, sources);
        // globally ordered, nothing lost or invented, ties in source order then position order
        assertThat(out).containsExactlyElementsOf(expected(keys));
        assertThat(m.lateItems()).isZero();
    }

    @Property(tries = 300)
    void disorderWithinTheWindowIsRepaired(
            @ForAll @Size(min = 1, max = 6) List<@Size(max = 80) List<@IntRange(min = 0, max = 100_000) Integer>> raw,
            @ForAll @IntRange(min = 1, max = 6) int window,
            @ForAll long seed) {
        Random r = new Random(seed);
        List<List<Long>> keys = new ArrayList<>();
        for (List<Integer> s : raw) {
            List<Long> sorted = new ArrayList<>(s.stream().map(Integer::longValue).sorted().toList());
            // shuffle inside consecutive blocks of `window` items: each item is at most window - 1 places early/late
            for (int b = 0; b < sorted.size(); b += window) {
                Collections.shuffle(sorted.subList(b, Math.min(sorted.size(), b + window)), r);
            }
            keys.add(sorted);
        }
        List<ListSource> sources = sources(keys, window);
        TimeOrderedMerge m = new TimeOrderedMerge(sources);
        List<Item> out = drain(m, sources);
        assertThat(out).extracting(Item::key).isSorted();
        assertThat(out).containsExactlyInAnyOrderElementsOf(expected(keys));
        assertThat(m.lateItems()).isZero();
    }

    /**
     * Up to 40 sources (the scan up to {@link TimeOrderedMerge#SCAN_MAX_SOURCES}, the heap beyond), keys in any order
     * including {@code Long.MAX_VALUE}: each step takes the source whose current key is least, the first such source
     * on ties, exactly as a naive look at every source's current item does; late items are counted alike.
     */
    @Property(tries = 300)
    void scanAndHeapTakeTheLeastCurrentKeyFirstSourceOnTies(
            @ForAll @IntRange(min = 1, max = 40) int sourceCount, @ForAll long seed) {
        Random r = new Random(seed);
        List<List<Long>> keys = new ArrayList<>();
        for (int s = 0; s < sourceCount; s++) {
            List<Long> k = new ArrayList<>();
            int n = r.nextInt(30);
            for (int i = 0; i < n; i++) {
                k.add(r.nextInt(10) == 0 ? Long.MAX_VALUE : (long) r.nextInt(50));
            }
            keys.add(k);
        }
        List<ListSource> sources = sources(keys, 1);
        TimeOrderedMerge m = new TimeOrderedMerge(sources);
        List<Item> out = drain(m, sources);

        List<Item> naive = new ArrayList<>();
        int[] next = new int[sourceCount];
        long late = 0;
        long last = Long.MIN_VALUE;
        while (true) {
            int best = -1;
            for (int s = 0; s < sourceCount; s++) {
                if (next[s] < keys.get(s).size()
                        && (best < 0 || keys.get(s).get(next[s]) < keys.get(best).get(next[best]))) {
                    best = s;
                }
            }
            if (best < 0) {
                break;
            }
            long k = keys.get(best).get(next[best]);
            late += k < last ? 1 : 0;
            last = Math.max(last, k);
            naive.add(new Item(k, best, next[best]++));
        }
        assertThat(out).containsExactlyElementsOf(naive);
        assertThat(m.lateItems()).isEqualTo(late);
    }

    @Property(tries = 100)
    void itemsLaterThanTheWindowAreEmittedAndCounted(@ForAll @IntRange(min = 1, max = 4) int window) {
        // one source: keys 10..10+window, then 0: the 0 comes after `window` larger keys
        List<Long> one = new ArrayList<>();
        for (int i = 0; i <= window; i++) {
            one.add(10L + i);
        }
        one.add(0L);
        List<ListSource> sources = sources(List.of(one), window);
        TimeOrderedMerge m = new TimeOrderedMerge(sources);
        List<Item> out = drain(m, sources);
        assertThat(out).hasSize(one.size());
        assertThat(m.lateItems()).isEqualTo(1);
    }

    @Property(tries = 300)
    void aSourceLeavesItsWindowAsAPriorityQueueOfKeyThenArrivalWould(
            @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 30) Integer> raw,
            @ForAll @IntRange(min = 1, max = 9) int window) {
        List<Long> keys = raw.stream().map(Integer::longValue).toList();
        List<ListSource> sources = sources(List.of(keys), window);
        List<Item> out = drain(new TimeOrderedMerge(sources), sources);
        // reference: fill a (key, position) priority queue to `window`, take the least, refill, repeat
        PriorityQueue<Item> pq = new PriorityQueue<>(Comparator.comparingLong(Item::key)
                .thenComparingInt(Item::position));
        List<Item> all = items(List.of(keys), 0);
        List<Item> expected = new ArrayList<>();
        int read = 0;
        while (read < all.size() || !pq.isEmpty()) {
            while (pq.size() < window && read < all.size()) {
                pq.add(all.get(read++));
            }
            expected.add(pq.poll());
        }
        assertThat(out).containsExactlyElementsOf(expected);
    }
}

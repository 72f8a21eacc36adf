package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TimeOrderedMergeTest {

    /** An item: its key and where it came from (source, position), to check stability. */
    record Item(long key, int source, int position) {
    }

    private static List<Iterator<Item>> sources(List<List<Long>> keys) {
        List<Iterator<Item>> out = new ArrayList<>();
        for (int s = 0; s < keys.size(); s++) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < keys.get(s).size(); i++) {
                items.add(new Item(keys.get(s).get(i), s, i));
            }
            out.add(items.iterator());
        }
        return out;
    }

    private static List<Item> drain(TimeOrderedMerge<Item> m) {
        List<Item> out = new ArrayList<>();
        m.forEachRemaining(out::add);
        return out;
    }

    private static List<Item> expected(List<List<Long>> keys) {
        List<Item> all = new ArrayList<>();
        sources(keys).forEach(it -> it.forEachRemaining(all::add));
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
        TimeOrderedMerge<Item> m = new TimeOrderedMerge<>(sources(keys), Item::key, window);
        List<Item> out = drain(m);
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
        TimeOrderedMerge<Item> m = new TimeOrderedMerge<>(sources(keys), Item::key, window);
        List<Item> out = drain(m);
        assertThat(out).extracting(Item::key).isSorted();
        assertThat(out).containsExactlyInAnyOrderElementsOf(expected(keys));
        assertThat(m.lateItems()).isZero();
    }

    @Property(tries = 100)
    void itemsLaterThanTheWindowAreEmittedAndCounted(@ForAll @IntRange(min = 1, max = 4) int window) {
        // one source: keys 10..10+window, then 0: the 0 comes after `window` larger keys
        List<Long> one = new ArrayList<>();
        for (int i = 0; i <= window; i++) {
            one.add(10L + i);
        }
        one.add(0L);
        TimeOrderedMerge<Item> m = new TimeOrderedMerge<>(sources(List.of(one)), Item::key, window);
        List<Item> out = drain(m);
        assertThat(out).hasSize(one.size());
        assertThat(m.lateItems()).isEqualTo(1);
    }
}

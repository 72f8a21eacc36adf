package org.deconflict.app.input;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.ToLongFunction;

/**
 * Merges several sources, each in (nearly) ascending key order, into one sequence in ascending key order (a k-way
 * merge; the key is typically an event time in ns). Each source is read through a reorder window of
 * {@code reorderWindow} items, so an item may come up to {@code reorderWindow - 1} places after items with larger keys
 * in its own source and still be emitted in order. An item later than that is emitted anyway, out of order, and
 * counted in {@link #lateItems()}. Equal keys keep source order, then order within the source. Memory: at most
 * {@code sources × reorderWindow} items.
 */
public final class TimeOrderedMerge<T> implements Iterator<T> {
    private final ToLongFunction<? super T> key;
    private final int reorderWindow;
    private final PriorityQueue<Lane<T>> lanes = new PriorityQueue<>();
    private long lastKey = Long.MIN_VALUE;
    private long lateItems;

    private record Entry<T>(T item, long key, long seq) implements Comparable<Entry<T>> {
        @Override
        public int compareTo(Entry<T> o) {
            int c = Long.compare(key, o.key);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private static final class Lane<T> implements Comparable<Lane<T>> {
        final int index;
        final Iterator<? extends T> source;
        final PriorityQueue<Entry<T>> window = new PriorityQueue<>();
        long seq;

        Lane(int index, Iterator<? extends T> source) {
            this.index = index;
            this.source = source;
        }

        @Override
        public int compareTo(Lane<T> o) {
            Entry<T> a = window.peek();
            Entry<T> b = o.window.peek();
            int c = Long.compare(a.key(), b.key());
            return c != 0 ? c : Integer.compare(index, o.index);
        }
    }

    /**
     * @param sources       the inputs, each in ascending key order (up to the window)
     * @param key           the sort key of an item, e.g. its event time in ns
     * @param reorderWindow items buffered per source, at least 1 (1 = a plain k-way merge of sorted sources)
     */
    public TimeOrderedMerge(List<? extends Iterator<? extends T>> sources, ToLongFunction<? super T> key,
                            int reorderWindow) {
        if (reorderWindow < 1) {
            throw new IllegalArgumentException("reorder window must be >= 1, got " + reorderWindow);
        }
        this.key = key;
        this.reorderWindow = reorderWindow;
        List<Lane<T>> all = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            all.add(new Lane<>(i, sources.get(i)));
        }
        for (Lane<T> lane : all) {
            fill(lane);
            if (!lane.window.isEmpty()) {
                lanes.add(lane);
            }
        }
    }

    private void fill(Lane<T> lane) {
        while (lane.window.size() < reorderWindow && lane.source.hasNext()) {
            T item = lane.source.next();
            lane.window.add(new Entry<>(item, key.applyAsLong(item), lane.seq++));
        }
    }

    @Override
    public boolean hasNext() {
        return !lanes.isEmpty();
    }

    @Override
    public T next() {
        Lane<T> lane = lanes.poll();
        if (lane == null) {
            throw new NoSuchElementException();
        }
        Entry<T> e = lane.window.poll();
        fill(lane);
        if (!lane.window.isEmpty()) {
            lanes.add(lane);
        }
        if (e.key() < lastKey) {
            lateItems++;
        } else {
            lastKey = e.key();
        }
        return e.item();
    }

    /** Items emitted with a key below one emitted before them (their source was out of order beyond the window). */
    public long lateItems() {
        return lateItems;
    }
}

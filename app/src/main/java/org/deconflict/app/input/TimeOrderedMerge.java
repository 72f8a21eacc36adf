package org.deconflict.app.input;

import java.util.List;

/**
 * Merges several sources, each in (nearly) ascending key order, into one sequence in ascending key order (a k-way
 * merge over source cursors; the key is typically an event time in ns). Items are never objects of the merge: each
 * {@link Source} is a cursor on its current item, and {@link #next()} names the source whose current item comes next.
 * Equal keys keep source order. Up to {@link #SCAN_MAX_SOURCES} sources (a replay of one capture per receiver) the
 * next one is found by one pass over their current keys, which compiles to a short run of conditional moves; more
 * sources go through a binary heap, whose comparisons are branches the processor cannot predict. An item whose key
 * is below one already emitted (its source was out of order beyond what it repairs itself, see
 * {@link ReorderWindow}) is emitted anyway and counted in {@link #lateItems()}. No allocation per item.
 */
public final class TimeOrderedMerge {

    /** Sources merged by a scan of their keys; more go through the heap. */
    static final int SCAN_MAX_SOURCES = 16;

    /** One input of the merge: a cursor on its current item. */
    public interface Source {
        /** Moves to the next item (the first one on the first call); false when there is none left. */
        boolean advance();

        /** The key of the current item (valid after {@link #advance()} returned true). */
        long key();
    }

    private final Source[] sources;
    /** Heap of source indices ordered by (current key, index); {@link #size} entries are live. */
    private final int[] heap;
    /** Current key of each source, by index. */
    private final long[] keys;
    /** Scan mode: whether each source still has an item. */
    private final boolean[] live;
    private final boolean scan;
    private int size;
    private int current = -1;
    private boolean started;
    private long lastKey = Long.MIN_VALUE;
    private long lateItems;

    public TimeOrderedMerge(List<? extends Source> sources) {
        this.sources = sources.toArray(new Source[0]);
        this.heap = new int[this.sources.length];
        this.keys = new long[this.sources.length];
        this.live = new boolean[this.sources.length];
        this.scan = this.sources.length <= SCAN_MAX_SOURCES;
    }

    /**
     * Moves the source returned by the previous call past its item, then returns the index (in the constructor's list)
     * of the source whose current item is next in key order, or -1 when every source is exhausted. The caller reads
     * the item from that source before calling again.
     */
    public int next() {
        int next = scan ? nextByScan() : nextByHeap();
        current = next;
        if (next < 0) {
            return -1;
        }
        long k = keys[next];
        if (k < lastKey) {
            lateItems++;
        } else {
            lastKey = k;
        }
        return next;
    }

    private int nextByScan() {
        if (!started) {
            started = true;
            for (int i = 0; i < sources.length; i++) {
                live[i] = sources[i].advance();
                keys[i] = live[i] ? sources[i].key() : Long.MAX_VALUE;
                size += live[i] ? 1 : 0;
            }
        } else if (current >= 0) {
            Source s = sources[current];
            if (s.advance()) {
                keys[current] = s.key();
            } else {
                live[current] = false;
                keys[current] = Long.MAX_VALUE;
                size--;
            }
        }
        if (size == 0) {
            return -1;
        }
        long[] k = keys;
        int best = 0;
        long bestKey = k[0];
        for (int i = 1; i < k.length; i++) {
            long ki = k[i];
            best = ki < bestKey ? i : best;          // strictly less: the first of equal keys wins
            bestKey = Math.min(ki, bestKey);
        }
        if (bestKey == Long.MAX_VALUE) {            // an item keyed MAX_VALUE, or an exhausted source before it
            best = 0;
            while (!live[best]) {
                best++;
            }
        }
        return best;
    }

    private int nextByHeap() {
        if (!started) {
            started = true;
            for (int i = 0; i < sources.length; i++) {
                if (sources[i].advance()) {
                    keys[i] = sources[i].key();
                    heap[size++] = i;
                }
            }
            for (int i = size / 2 - 1; i >= 0; i--) {
                siftDown(i);
            }
        } else if (current >= 0) {
            if (sources[current].advance()) {
                keys[current] = sources[current].key();
            } else {
                heap[0] = heap[--size];
            }
            siftDown(0);
        }
        return size == 0 ? -1 : heap[0];
    }

    /** Items emitted with a key below one emitted before them (their source was out of order beyond its window). */
    public long lateItems() {
        return lateItems;
    }

    private boolean before(int a, int b) {
        return keys[a] < keys[b] || keys[a] == keys[b] && a < b;
    }

    private void siftDown(int at) {
        int i = at;
        int item = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], item)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        if (i < size) {
            heap[i] = item;
        }
    }

    /**
     * The look-ahead of one source: up to {@code capacity} item slots (caller's numbering) kept sorted by key, so an
     * item may arrive up to {@code capacity - 1} places after items with larger keys and still leave in order. Equal
     * keys leave in arrival order. Insertion is a step or two for nearly sorted input (the usual case); no allocation.
     */
    public static final class ReorderWindow {
        private final int[] slots;
        private final long[] keys;
        private final int mask;
        private final int capacity;
        private int head;
        private int size;

        /** @param capacity items held at most, at least 1 (1 = no reordering) */
        public ReorderWindow(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("reorder window must be >= 1, got " + capacity);
            }
            int ring = Integer.highestOneBit(capacity) == capacity ? capacity : Integer.highestOneBit(capacity) << 1;
            this.slots = new int[ring];
            this.keys = new long[ring];
            this.mask = ring - 1;
            this.capacity = capacity;
        }

        public boolean isFull() {
            return size == capacity;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        public int size() {
            return size;
        }

        /** Adds an item (not when full): after every item with a key at or below {@code key}. */
        public void add(int slot, long key) {
            if (size == capacity) {
                throw new IllegalStateException("reorder window full");
            }
            int i = size;
            while (i > 0 && keys[(head + i - 1) & mask] > key) {
                int from = (head + i - 1) & mask;
                int to = (head + i) & mask;
                keys[to] = keys[from];
                slots[to] = slots[from];
                i--;
            }
            keys[(head + i) & mask] = key;
            slots[(head + i) & mask] = slot;
            size++;
        }

        /** Removes the item with the smallest key (the earliest of equals) and returns its slot. */
        public int poll() {
            if (size == 0) {
                throw new IllegalStateException("reorder window empty");
            }
            int slot = slots[head];
            head = (head + 1) & mask;
            size--;
            return slot;
        }
    }
}

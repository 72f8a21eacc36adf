package org.deconflict.engine.track;

import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The tracker's tracks by packed target key ({@link org.deconflict.engine.ingest.TargetKey#value()}): open addressing
 * with linear probing over one array of tracks, each slot compared by the track's own packed key, so a lookup per
 * observation neither boxes, nor hashes an object, nor follows a chain of entry objects, and touches the slot and then
 * the track it needed anyway (a separate key array would cost one more cache miss per observation). Backward-shift
 * deletion keeps probe runs short without tombstones. Each slot also holds a copy of its track's last-heard time, so
 * the periodic silence and expiry scan reads one contiguous array and opens only the tracks quiet for a while.
 */
final class TrackTable {

    private TrackState[] values;
    private long[] heard;
    private int size;
    private int mask;

    TrackTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        values = new TrackState[cap];
        heard = new long[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    TrackState get(long key) {
        int i = find(key);
        return i < 0 ? null : values[i];
    }

    /** The slot holding the key, or −1. */
    int find(long key) {
        for (int i = slot(key); values[i] != null; i = (i + 1) & mask) {
            if (values[i].keyValue == key) {
                return i;
            }
        }
        return -1;
    }

    /** Number of slots, for iteration with {@link #at} and {@link #heardAt}. */
    int slots() {
        return values.length;
    }

    /** The track in a slot, or null when the slot is empty. */
    TrackState at(int slot) {
        return values[slot];
    }

    /** Last-heard time copied into a slot, ns. */
    long heardAt(int slot) {
        return heard[slot];
    }

    /** Copies the track's last-heard time into its slot. */
    void heard(int slot, long timeNanos) {
        heard[slot] = timeNanos;
    }

    /** Adds a track whose key is not yet present; returns its slot. */
    int add(TrackState value) {
        int i = insert(value, value.lastSeenNanos);
        if (++size * 2 > values.length) {
            grow();
            i = find(value.keyValue);
        }
        return i;
    }

    private int insert(TrackState value, long heardNanos) {
        int i = slot(value.keyValue);
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        values[i] = value;
        heard[i] = heardNanos;
        return i;
    }

    void remove(long key) {
        for (int i = slot(key); values[i] != null; i = (i + 1) & mask) {
            if (values[i].keyValue == key) {
                deleteAt(i);
                size--;
                return;
            }
        }
    }

    /** Read-only view of the tracks, in table order. */
    java.util.Collection<TrackState> view() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<TrackState> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < values.length && values[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public TrackState next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        TrackState s = values[next];
                        next = advance(next + 1);
                        return s;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private void deleteAt(int hole) {
        values[hole] = null;
        for (int i = (hole + 1) & mask; values[i] != null; i = (i + 1) & mask) {
            int home = slot(values[i].keyValue);
            // Move the entry back into the hole when its home slot does not lie cyclically in (hole, i].
            boolean movable = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
            if (movable) {
                values[hole] = values[i];
                heard[hole] = heard[i];
                values[i] = null;
                hole = i;
            }
        }
    }

    private void grow() {
        TrackState[] oldValues = values;
        long[] oldHeard = heard;
        values = new TrackState[oldValues.length * 2];
        heard = new long[oldValues.length * 2];
        mask = values.length - 1;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) {
                insert(oldValues[i], oldHeard[i]);
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;       // Fibonacci hashing (Knuth, TAOCP vol. 3 §6.4)
        return (int) (h ^ (h >>> 32)) & mask;
    }
}

package org.deconflict.engine.track;

import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.deconflict.engine.table.OpenTable;

/**
 * The tracker's tracks by packed target key ({@link org.deconflict.engine.ingest.TargetKey#value()}): open addressing
 * with linear probing over one array of tracks, each slot compared by the track's own packed key, so a lookup per
 * observation neither boxes, nor hashes an object, nor follows a chain of entry objects, and touches the slot and then
 * the track it needed anyway (a separate key array would cost one more cache miss per observation); probing as
 * {@link OpenTable}. Each slot also holds a copy of its track's last-heard time, so
 * the periodic silence and expiry scan reads one contiguous array and opens only the tracks quiet for a while.
 */
final class TrackTable extends OpenTable {

    private static final long serialVersionUID = 1L;

    private TrackState[] values;
    private long[] heard;
    /** No slot's last-heard time is below this (a lower bound: lowered on every store, raised only by a scan). */
    private long heardFloor = Long.MAX_VALUE;

    TrackTable(int expected) {
        super(expected);
        values = new TrackState[capacity()];
        heard = new long[capacity()];
    }

    TrackState get(long key) {
        int i = find(key);
        return i < 0 ? null : values[i];
    }

    /** The slot holding the key, or −1. */
    int find(long key) {
        for (int i = home(key); values[i] != null; i = next(i)) {
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
        lowerHeardFloor(timeNanos);
    }

    /** A time no slot's last-heard time is below, ns ({@link Long#MAX_VALUE} when none was stored since the restart). */
    long heardFloor() {
        return heardFloor;
    }

    /** Forgets the floor, for a scan that then lowers it to the least last-heard time of the tracks it keeps. */
    void restartHeardFloor() {
        heardFloor = Long.MAX_VALUE;
    }

    /** Lowers the floor to {@code timeNanos} if it is above. */
    void lowerHeardFloor(long timeNanos) {
        heardFloor = Math.min(heardFloor, timeNanos);
    }

    /** Adds a track whose key is not yet present; returns its slot. */
    int add(TrackState value) {
        int i = freeSlot(home(value.keyValue));
        values[i] = value;
        heard(i, value.lastSeenNanos);
        return added() ? find(value.keyValue) : i;
    }

    void remove(long key) {
        for (int i = home(key); values[i] != null; i = next(i)) {
            if (values[i].keyValue == key) {
                removeAt(i);
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
                return TrackTable.this.size();
            }
        };
    }

    @Override
    protected boolean occupied(int slot) {
        return values[slot] != null;
    }

    @Override
    protected int homeOf(int slot) {
        return home(values[slot].keyValue);
    }

    @Override
    protected void clear(int slot) {
        values[slot] = null;
    }

    @Override
    protected void move(int from, int to) {
        values[to] = values[from];
        heard[to] = heard[from];
        values[from] = null;
    }

    @Override
    protected void rehash(int capacity) {
        TrackState[] oldValues = values;
        long[] oldHeard = heard;
        values = new TrackState[capacity];
        heard = new long[capacity];
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) {
                int j = freeSlot(home(oldValues[i].keyValue));
                values[j] = oldValues[i];
                heard[j] = oldHeard[i];
            }
        }
    }
}

package org.deconflict.engine.detect;

import org.deconflict.engine.table.OpenTable;

/**
 * The detectors' tracks by key: probing as {@link OpenTable} over one array of tracks, each slot compared by the
 * track's own key. The lookup made for every update touches the slot and then the track it needed anyway, where a
 * separate key array would cost one more cache miss per update (and 8 bytes per slot).
 */
final class TrackMap extends OpenTable {

    private static final long serialVersionUID = 2L;

    private Track[] slots;

    TrackMap(int expected) {
        super(expected);
        slots = new Track[capacity()];
    }

    Track get(long key) {
        for (int i = home(key); ; i = next(i)) {
            Track t = slots[i];
            if (t == null || t.key == key) {
                return t;
            }
        }
    }

    /** Adds a track whose key is not present yet. */
    void add(Track t) {
        slots[freeSlot(home(t.key))] = t;
        added();
    }

    /** Removes and returns the track with this key, or null. */
    Track remove(long key) {
        for (int i = home(key); slots[i] != null; i = next(i)) {
            Track t = slots[i];
            if (t.key == key) {
                removeAt(i);
                return t;
            }
        }
        return null;
    }

    @Override
    protected boolean occupied(int slot) {
        return slots[slot] != null;
    }

    @Override
    protected int homeOf(int slot) {
        return home(slots[slot].key);
    }

    @Override
    protected void clear(int slot) {
        slots[slot] = null;
    }

    @Override
    protected void move(int from, int to) {
        slots[to] = slots[from];
        slots[from] = null;
    }

    @Override
    protected void rehash(int capacity) {
        Track[] old = slots;
        slots = new Track[capacity];
        for (Track t : old) {
            if (t != null) {
                slots[freeSlot(home(t.key))] = t;
            }
        }
    }
}

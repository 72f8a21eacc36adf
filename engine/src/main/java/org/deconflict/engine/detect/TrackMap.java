package org.deconflict.engine.detect;

import java.io.Serializable;

/**
 * The detectors' tracks by key: open addressing with linear probing over one array of tracks, each slot compared by
 * the track's own key. The lookup made for every update touches the slot and then the track it needed anyway, where a
 * separate key array would cost one more cache miss per update (and 8 bytes per slot). Backward-shift deletion.
 */
final class TrackMap implements Serializable {

    private static final long serialVersionUID = 1L;

    private Track[] slots;
    private int size;
    private int mask;

    TrackMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new Track[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    Track get(long key) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            Track t = slots[i];
            if (t == null || t.key == key) {
                return t;
            }
        }
    }

    /** Adds a track whose key is not present yet. */
    void add(Track t) {
        int i = slot(t.key);
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = t;
        if (++size * 2 > slots.length) {
            grow();
        }
    }

    /** Removes and returns the track with this key, or null. */
    Track remove(long key) {
        for (int i = slot(key); slots[i] != null; i = (i + 1) & mask) {
            if (slots[i].key == key) {
                Track t = slots[i];
                deleteAt(i);
                size--;
                return t;
            }
        }
        return null;
    }

    private void deleteAt(int hole) {
        slots[hole] = null;
        for (int i = (hole + 1) & mask; slots[i] != null; i = (i + 1) & mask) {
            int home = slot(slots[i].key);
            // Move the entry back into the hole when its home slot does not lie cyclically in (hole, i].
            boolean movable = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
            if (movable) {
                slots[hole] = slots[i];
                slots[i] = null;
                hole = i;
            }
        }
    }

    private void grow() {
        Track[] old = slots;
        slots = new Track[old.length * 2];
        mask = slots.length - 1;
        size = 0;
        for (Track t : old) {
            if (t != null) {
                add(t);
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;       // Fibonacci hashing (Knuth, TAOCP vol. 3 §6.4)
        return (int) (h ^ (h >>> 32)) & mask;
    }
}

package org.deconflict.modes;

/**
 * Open-addressing map from a 24-bit ICAO address to a dense slot number 0..size()-1, without boxing. Owners keep
 * per-aircraft state in parallel arrays indexed by slot and grow them when {@link #size()} passes their length.
 * Entries are never removed (the address space is 2^24; a busy receiver sees tens of thousands a day).
 */
public final class IcaoIndex {
    private int[] table = new int[1024]; // slot+1, 0 = empty
    private int[] keys = new int[1024];
    private int size;
    /** The last address found and its slot: consecutive look-ups of one aircraft (several tables per frame) skip the hash. */
    private long lastIcao = Long.MIN_VALUE; // no int equals it: nothing remembered yet
    private int lastSlot;

    /** Slot of {@code icao}, or -1 if absent. */
    public int find(int icao) {
        if (icao == lastIcao) {
            return lastSlot;
        }
        int mask = table.length - 1;
        int i = mix(icao) & mask;
        while (table[i] != 0) {
            int slot = table[i] - 1;
            if (keys[slot] == icao) {
                return remember(icao, slot);
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Slot of {@code icao}, adding it if absent. */
    public int findOrAdd(int icao) {
        if (icao == lastIcao) {
            return lastSlot;
        }
        int mask = table.length - 1;
        int i = mix(icao) & mask;
        while (table[i] != 0) {
            int slot = table[i] - 1;
            if (keys[slot] == icao) {
                return remember(icao, slot);
            }
            i = (i + 1) & mask;
        }
        int slot = size++;
        if (slot >= keys.length) {
            keys = java.util.Arrays.copyOf(keys, keys.length * 2);
        }
        keys[slot] = icao;
        table[i] = slot + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return remember(icao, slot);
    }

    private int remember(int icao, int slot) {
        lastIcao = icao;
        lastSlot = slot;
        return slot;
    }

    /** The address held in {@code slot}. */
    public int icaoAt(int slot) {
        return keys[slot];
    }

    /** Number of addresses held. */
    public int size() {
        return size;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int slot = 0; slot < size; slot++) {
            int i = mix(keys[slot]) & mask;
            while (t[i] != 0) {
                i = (i + 1) & mask;
            }
            t[i] = slot + 1;
        }
        table = t;
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}

package org.deconflict.engine.detect;

import org.deconflict.engine.table.OpenTable;

/**
 * Objects by their own key: probing as {@link OpenTable} over one array of objects, each slot compared by the object's
 * {@link Keyed#key}. A lookup touches the slot and then the object it needed anyway, where a separate key array would
 * cost one more cache miss per lookup (and 8 bytes per slot).
 */
class KeyedMap<T extends Keyed> extends OpenTable {

    private static final long serialVersionUID = 1L;

    private Keyed[] slots;

    KeyedMap(int expected) {
        super(expected);
        slots = new Keyed[capacity()];
    }

    /** The object with this key, or null. */
    @SuppressWarnings("unchecked")
    final T get(long key) {
        for (int i = home(key); ; i = next(i)) {
            Keyed t = slots[i];
            if (t == null || t.key == key) {
                return (T) t;
            }
        }
    }

    /** Adds an object whose key is not present yet. */
    final void add(T t) {
        slots[freeSlot(home(t.key))] = t;
        added();
    }

    /** Removes and returns the object with this key, or null. */
    @SuppressWarnings("unchecked")
    final T remove(long key) {
        for (int i = home(key); slots[i] != null; i = next(i)) {
            Keyed t = slots[i];
            if (t.key == key) {
                removeAt(i);
                return (T) t;
            }
        }
        return null;
    }

    @Override
    protected final boolean occupied(int slot) {
        return slots[slot] != null;
    }

    @Override
    protected final int homeOf(int slot) {
        return home(slots[slot].key);
    }

    @Override
    protected final void clear(int slot) {
        slots[slot] = null;
    }

    @Override
    protected final void move(int from, int to) {
        slots[to] = slots[from];
        slots[from] = null;
    }

    @Override
    protected final void rehash(int capacity) {
        Keyed[] old = slots;
        slots = new Keyed[capacity];
        for (Keyed t : old) {
            if (t != null) {
                slots[freeSlot(home(t.key))] = t;
            }
        }
    }
}

package org.deconflict.engine.detect;

import java.util.Arrays;
import java.util.function.LongPredicate;

import org.deconflict.engine.table.OpenTable;

/**
 * Open-addressing hash map from {@code long} to an object, without boxing: lookups on the per-update hot path allocate
 * nothing. Probing as {@link OpenTable}; a null value marks an empty slot, so values are never null.
 */
final class LongObjectMap<V> extends OpenTable {

    private static final long serialVersionUID = 2L;

    private long[] keys;
    private Object[] values;

    LongObjectMap(int expected) {
        super(expected);
        keys = new long[capacity()];
        values = new Object[capacity()];
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        for (int i = home(key); values[i] != null; i = next(i)) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** Puts a non-null value; returns the previous one or null. */
    @SuppressWarnings("unchecked")
    V put(long key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
        int i = home(key);
        for (; values[i] != null; i = next(i)) {
            if (keys[i] == key) {
                V old = (V) values[i];
                values[i] = value;
                return old;
            }
        }
        keys[i] = key;
        values[i] = value;
        added();
        return null;
    }

    @SuppressWarnings("unchecked")
    V remove(long key) {
        for (int i = home(key); values[i] != null; i = next(i)) {
            if (keys[i] == key) {
                V old = (V) values[i];
                removeAt(i);
                return old;
            }
        }
        return null;
    }

    /** Removes every entry whose key matches; returns how many were removed. */
    int removeIf(LongPredicate test) {
        int removed = 0;
        for (long k : keys()) {
            if (test.test(k)) {
                remove(k);
                removed++;
            }
        }
        return removed;
    }

    /** The keys, in ascending order (a copy; deterministic iteration for callers that emit events). */
    long[] keys() {
        long[] out = new long[size()];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                out[n++] = keys[i];
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** Number of slots, for allocation-free iteration with {@link #valueAt}. */
    int slots() {
        return values.length;
    }

    /** The value in slot {@code i}, or null when the slot is empty. */
    @SuppressWarnings("unchecked")
    V valueAt(int i) {
        return (V) values[i];
    }

    @Override
    protected boolean occupied(int slot) {
        return values[slot] != null;
    }

    @Override
    protected int homeOf(int slot) {
        return home(keys[slot]);
    }

    @Override
    protected void clear(int slot) {
        values[slot] = null;
    }

    @Override
    protected void move(int from, int to) {
        keys[to] = keys[from];
        values[to] = values[from];
        values[from] = null;
    }

    @Override
    protected void rehash(int capacity) {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[capacity];
        values = new Object[capacity];
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) {
                int j = freeSlot(home(oldKeys[i]));
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
            }
        }
    }
}

package org.deconflict.engine.detect;

import java.util.Arrays;
import java.util.function.Predicate;

import org.deconflict.engine.table.OpenTable;

/**
 * Open-addressing hash map from an ordered pair of {@code long}s (e.g. aircraft key, ship key) to an object, without
 * boxing or a key object per lookup. Probing as {@link OpenTable}; a slot's two keys sit side by side in one array (one
 * cache line per probe, not two); a null value marks an empty slot, so values are never null.
 */
final class LongPairMap<V> extends OpenTable {

    private static final long serialVersionUID = 2L;

    /** Slot i's first key at 2i, its second at 2i + 1. */
    private long[] keys;
    private Object[] values;

    LongPairMap(int expected) {
        super(expected);
        keys = new long[2 * capacity()];
        values = new Object[capacity()];
    }

    @SuppressWarnings("unchecked")
    V get(long first, long second) {
        for (int i = home(first, second); values[i] != null; i = next(i)) {
            if (keys[2 * i] == first && keys[2 * i + 1] == second) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** Puts a non-null value; returns the previous one or null. */
    @SuppressWarnings("unchecked")
    V put(long first, long second, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
        int i = home(first, second);
        for (; values[i] != null; i = next(i)) {
            if (keys[2 * i] == first && keys[2 * i + 1] == second) {
                V old = (V) values[i];
                values[i] = value;
                return old;
            }
        }
        keys[2 * i] = first;
        keys[2 * i + 1] = second;
        values[i] = value;
        added();
        return null;
    }

    @SuppressWarnings("unchecked")
    V remove(long first, long second) {
        for (int i = home(first, second); values[i] != null; i = next(i)) {
            if (keys[2 * i] == first && keys[2 * i + 1] == second) {
                V old = (V) values[i];
                removeAt(i);
                return old;
            }
        }
        return null;
    }

    /** Removes every entry whose value matches; returns how many were removed. */
    @SuppressWarnings("unchecked")
    int removeIf(Predicate<? super V> test) {
        int n = 0;
        long[] doomed = new long[16];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && test.test((V) values[i])) {
                if (2 * n + 2 > doomed.length) {
                    doomed = Arrays.copyOf(doomed, doomed.length * 2);
                }
                doomed[2 * n] = keys[2 * i];
                doomed[2 * n + 1] = keys[2 * i + 1];
                n++;
            }
        }
        for (int j = 0; j < n; j++) {
            remove(doomed[2 * j], doomed[2 * j + 1]);
        }
        return n;
    }

    @Override
    protected boolean occupied(int slot) {
        return values[slot] != null;
    }

    @Override
    protected int homeOf(int slot) {
        return home(keys[2 * slot], keys[2 * slot + 1]);
    }

    @Override
    protected void clear(int slot) {
        values[slot] = null;
    }

    @Override
    protected void move(int from, int to) {
        keys[2 * to] = keys[2 * from];
        keys[2 * to + 1] = keys[2 * from + 1];
        values[to] = values[from];
        values[from] = null;
    }

    @Override
    protected void rehash(int capacity) {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[2 * capacity];
        values = new Object[capacity];
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) {
                int j = freeSlot(home(oldKeys[2 * i], oldKeys[2 * i + 1]));
                keys[2 * j] = oldKeys[2 * i];
                keys[2 * j + 1] = oldKeys[2 * i + 1];
                values[j] = oldValues[i];
            }
        }
    }
}

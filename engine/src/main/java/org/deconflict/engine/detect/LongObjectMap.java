package org.deconflict.engine.detect;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * Open-addressing hash map from {@code long} to an object, without boxing: lookups on the per-update hot path allocate
 * nothing. Linear probing with backward-shift deletion; a null value marks an empty slot, so values are never null.
 */
final class LongObjectMap<V> implements Serializable {

    private static final long serialVersionUID = 1L;

    private long[] keys;
    private Object[] values;
    private int size;
    private int mask;

    LongObjectMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new Object[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int i = slot(key);
        while (values[i] != null) {
            if (keys[i] == key) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /** Puts a non-null value; returns the previous one or null. */
    @SuppressWarnings("unchecked")
    V put(long key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
        int i = slot(key);
        while (values[i] != null) {
            if (keys[i] == key) {
                V old = (V) values[i];
                values[i] = value;
                return old;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    V remove(long key) {
        int i = slot(key);
        while (values[i] != null) {
            if (keys[i] == key) {
                V old = (V) values[i];
                deleteAt(i);
                size--;
                return old;
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /** Removes every entry whose key matches; returns how many were removed. */
    int removeIf(LongPredicate test) {
        long[] snapshot = keys();
        int removed = 0;
        for (long k : snapshot) {
            if (test.test(k)) {
                remove(k);
                removed++;
            }
        }
        return removed;
    }

    /** The keys, in ascending order (a copy; deterministic iteration for callers that emit events). */
    long[] keys() {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                out[n++] = keys[i];
            }
        }
        Arrays.sort(out);
        return out;
    }

    private void deleteAt(int hole) {
        values[hole] = null;
        int i = (hole + 1) & mask;
        while (values[i] != null) {
            int home = slot(keys[i]);
            // Move the entry back into the hole when its home slot does not lie cyclically in (hole, i].
            boolean movable = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
            if (movable) {
                keys[hole] = keys[i];
                values[hole] = values[i];
                values[i] = null;
                hole = i;
            }
            i = (i + 1) & mask;
        }
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                put(oldKeys[i], (V) oldValues[i]);
            }
        }
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

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;       // Fibonacci hashing (Knuth, TAOCP vol. 3 §6.4)
        return (int) (h ^ (h >>> 32)) & mask;
    }
}

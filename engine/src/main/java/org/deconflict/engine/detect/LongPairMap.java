package org.deconflict.engine.detect;

import java.io.Serializable;
import java.util.function.Predicate;

/**
 * Open-addressing hash map from an ordered pair of {@code long}s (e.g. aircraft key, ship key) to an object, without
 * boxing or a key object per lookup. Linear probing with backward-shift deletion, as {@link LongObjectMap}; a null
 * value marks an empty slot, so values are never null.
 */
final class LongPairMap<V> implements Serializable {

    private static final long serialVersionUID = 1L;

    private long[] firsts;
    private long[] seconds;
    private Object[] values;
    private int size;
    private int mask;

    LongPairMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        firsts = new long[cap];
        seconds = new long[cap];
        values = new Object[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(long first, long second) {
        for (int i = slot(first, second); values[i] != null; i = (i + 1) & mask) {
            if (firsts[i] == first && seconds[i] == second) {
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
        int i = slot(first, second);
        for (; values[i] != null; i = (i + 1) & mask) {
            if (firsts[i] == first && seconds[i] == second) {
                V old = (V) values[i];
                values[i] = value;
                return old;
            }
        }
        firsts[i] = first;
        seconds[i] = second;
        values[i] = value;
        if (++size * 2 > values.length) {
            grow();
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    V remove(long first, long second) {
        for (int i = slot(first, second); values[i] != null; i = (i + 1) & mask) {
            if (firsts[i] == first && seconds[i] == second) {
                V old = (V) values[i];
                deleteAt(i);
                size--;
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
                    doomed = java.util.Arrays.copyOf(doomed, doomed.length * 2);
                }
                doomed[2 * n] = firsts[i];
                doomed[2 * n + 1] = seconds[i];
                n++;
            }
        }
        for (int j = 0; j < n; j++) {
            remove(doomed[2 * j], doomed[2 * j + 1]);
        }
        return n;
    }

    private void deleteAt(int hole) {
        values[hole] = null;
        for (int i = (hole + 1) & mask; values[i] != null; i = (i + 1) & mask) {
            int home = slot(firsts[i], seconds[i]);
            // Move the entry back into the hole when its home slot does not lie cyclically in (hole, i].
            boolean movable = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
            if (movable) {
                firsts[hole] = firsts[i];
                seconds[hole] = seconds[i];
                values[hole] = values[i];
                values[i] = null;
                hole = i;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        long[] oldFirsts = firsts;
        long[] oldSeconds = seconds;
        Object[] oldValues = values;
        firsts = new long[oldFirsts.length * 2];
        seconds = new long[oldSeconds.length * 2];
        values = new Object[oldValues.length * 2];
        mask = values.length - 1;
        size = 0;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) {
                put(oldFirsts[i], oldSeconds[i], (V) oldValues[i]);
            }
        }
    }

    private int slot(long first, long second) {
        long h = (first * 0x9E3779B97F4A7C15L + second) * 0x9E3779B97F4A7C15L;  // Fibonacci hashing (Knuth, TAOCP vol. 3 §6.4)
        return (int) (h ^ (h >>> 32)) & mask;
    }
}

package org.deconflict.engine.detect;

import java.util.Arrays;
import java.util.function.Predicate;

import org.deconflict.engine.table.OpenTable;

/**
 * Open-addressing hash map from an ordered pair of {@code long}s (e.g. aircraft key, ship key) to an object, without
 * boxing or a key object per lookup. Probing as {@link OpenTable}; a null value marks an empty slot, so values are
 * never null.
 */
final class LongPairMap<V> extends OpenTable {

    private static final long serialVersionUID = 2L;

    private long[] firsts;
    private long[] seconds;
    private Object[] values;

    LongPairMap(int expected) {
        super(expected);
        firsts = new long[capacity()];
        seconds = new long[capacity()];
        values = new Object[capacity()];
    }

    @SuppressWarnings("unchecked")
    V get(long first, long second) {
        for (int i = home(first, second); values[i] != null; i = next(i)) {
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
        int i = home(first, second);
        for (; values[i] != null; i = next(i)) {
            if (firsts[i] == first && seconds[i] == second) {
                V old = (V) values[i];
                values[i] = value;
                return old;
            }
        }
        firsts[i] = first;
        seconds[i] = second;
        values[i] = value;
        added();
        return null;
    }

    @SuppressWarnings("unchecked")
    V remove(long first, long second) {
        for (int i = home(first, second); values[i] != null; i = next(i)) {
            if (firsts[i] == first && seconds[i] == second) {
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

    @Override
    protected boolean occupied(int slot) {
        return values[slot] != null;
    }

    @Override
    protected int homeOf(int slot) {
        return home(firsts[slot], seconds[slot]);
    }

    @Override
    protected void clear(int slot) {
        values[slot] = null;
    }

    @Override
    protected void move(int from, int to) {
        firsts[to] = firsts[from];
        seconds[to] = seconds[from];
        values[to] = values[from];
        values[from] = null;
    }

    @Override
    protected void rehash(int capacity) {
        long[] oldFirsts = firsts;
        long[] oldSeconds = seconds;
        Object[] oldValues = values;
        firsts = new long[capacity];
        seconds = new long[capacity];
        values = new Object[capacity];
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) {
                int j = freeSlot(home(oldFirsts[i], oldSeconds[i]));
                firsts[j] = oldFirsts[i];
                seconds[j] = oldSeconds[i];
                values[j] = oldValues[i];
            }
        }
    }
}

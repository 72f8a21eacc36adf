package org.deconflict.sim.emit;

import java.util.Arrays;

/**
 * Min-heap of (time, stream id) pairs ordered by time, then stream id, so ties break the same way on every run.
 * Primitive arrays, no allocation once grown.
 */
public final class EventQueue {

    private long[] times = new long[1024];
    private int[] ids = new int[1024];
    private int size;

    public void add(long timeNanos, int streamId) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(timeNanos, streamId, times[parent], ids[parent])) {
                break;
            }
            times[i] = times[parent];
            ids[i] = ids[parent];
            i = parent;
        }
        times[i] = timeNanos;
        ids[i] = streamId;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public long peekTime() {
        return times[0];
    }

    public int peekId() {
        return ids[0];
    }

    /** Removes the head. */
    public void poll() {
        long t = times[--size];
        int id = ids[size];
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            if (c + 1 < size && less(times[c + 1], ids[c + 1], times[c], ids[c])) {
                c++;
            }
            if (!less(times[c], ids[c], t, id)) {
                break;
            }
            times[i] = times[c];
            ids[i] = ids[c];
            i = c;
        }
        times[i] = t;
        ids[i] = id;
    }

    private static boolean less(long t1, int id1, long t2, int id2) {
        return t1 < t2 || (t1 == t2 && id1 < id2);
    }
}

package org.deconflict.sim.emit;

import java.util.Arrays;

/**
 * Remembers, per aircraft and message kind, the last frame encoded and the key it was encoded from (e.g. the
 * altitude in whole feet handed to the encoder), so that frames whose content has not changed — identification, operational status,
 * acquisition squitters, identity replies, and altitude replies at a steady level — are copied instead of
 * re-encoded. The bytes are exactly what the encoder would produce again.
 */
final class FrameCache {

    private final byte[][] frames;
    private final long[] keys;
    private final int kinds;

    FrameCache(int aircraft, int kinds) {
        this.kinds = kinds;
        this.frames = new byte[aircraft * kinds][];
        this.keys = new long[aircraft * kinds];
        Arrays.fill(keys, Long.MIN_VALUE);
    }

    /** Copies the cached frame for (aircraft, kind) into {@code out} if it was encoded from {@code key}; else -1. */
    int get(int aircraft, int kind, long key, byte[] out) {
        int i = aircraft * kinds + kind;
        byte[] f = frames[i];
        if (f == null || keys[i] != key) {
            return -1;
        }
        System.arraycopy(f, 0, out, 0, f.length);
        return f.length;
    }

    /** Stores {@code out[0..n)} as the frame for (aircraft, kind) encoded from {@code key}; returns n. */
    int put(int aircraft, int kind, long key, byte[] out, int n) {
        int i = aircraft * kinds + kind;
        frames[i] = Arrays.copyOf(out, n);
        keys[i] = key;
        return n;
    }
}

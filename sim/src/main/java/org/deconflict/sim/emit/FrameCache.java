package org.deconflict.sim.emit;

import java.util.Arrays;

/**
 * Remembers, per aircraft and message kind, the last frame encoded and the keys it was encoded from (e.g. the
 * altitude code and the Comm-B MB field handed to the encoder), so that frames whose content has not changed —
 * identification, operational status, acquisition squitters, identity replies, altitude and Comm-B replies at a
 * steady state — are reused instead of re-encoded. The bytes are exactly what the encoder would produce again.
 */
final class FrameCache {

    private final byte[][] frames;
    private final long[] keys;
    private final long[] keys2;
    private final int kinds;

    FrameCache(int aircraft, int kinds) {
        this.kinds = kinds;
        this.frames = new byte[aircraft * kinds][];
        this.keys = new long[aircraft * kinds];
        this.keys2 = new long[aircraft * kinds];
        Arrays.fill(keys, Long.MIN_VALUE);
    }

    /** The cached frame for (aircraft, kind) if it was encoded from {@code key}, else null (never modify it). */
    byte[] get(int aircraft, int kind, long key) {
        return get(aircraft, kind, key, 0);
    }

    /** The cached frame for (aircraft, kind) if it was encoded from ({@code key}, {@code key2}), else null. */
    byte[] get(int aircraft, int kind, long key, long key2) {
        int i = aircraft * kinds + kind;
        return keys[i] == key && keys2[i] == key2 ? frames[i] : null;
    }

    /** Remembers {@code frame} (kept, not copied) as the frame for (aircraft, kind) encoded from {@code key}; returns it. */
    byte[] put(int aircraft, int kind, long key, byte[] frame) {
        return put(aircraft, kind, key, 0, frame);
    }

    /** As {@link #put(int, int, long, byte[])} for a frame encoded from two keys. */
    byte[] put(int aircraft, int kind, long key, long key2, byte[] frame) {
        int i = aircraft * kinds + kind;
        frames[i] = frame;
        keys[i] = key;
        keys2[i] = key2;
        return frame;
    }
}

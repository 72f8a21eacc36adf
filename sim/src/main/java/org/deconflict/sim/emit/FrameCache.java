package org.deconflict.sim.emit;

import java.util.Arrays;

/**
 * Remembers, per aircraft and message kind, the last frame encoded and the key it was encoded from (e.g. the
 * altitude in whole feet handed to the encoder), so that frames whose content has not changed — identification, operational status,
 * acquisition squitters, identity replies, and altitude replies at a steady level — are reused instead of
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

    /** The cached frame for (aircraft, kind) if it was encoded from {@code key}, else null (never modify it). */
    byte[] get(int aircraft, int kind, long key) {
        int i = aircraft * kinds + kind;
        return keys[i] == key ? frames[i] : null;
    }

    /** Remembers {@code frame} (kept, not copied) as the frame for (aircraft, kind) encoded from {@code key}; returns it. */
    byte[] put(int aircraft, int kind, long key, byte[] frame) {
        int i = aircraft * kinds + kind;
        frames[i] = frame;
        keys[i] = key;
        return frame;
    }
}

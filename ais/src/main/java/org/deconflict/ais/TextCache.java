package org.deconflict.ais;

import java.nio.charset.StandardCharsets;

/**
 * Strings for short ASCII byte ranges (station ids, tag-block values), shared while they repeat: a direct-mapped
 * cache of the last string per hash bucket, so a feed's few stations are turned into strings once and the steady
 * state allocates nothing. Not thread-safe; one per decoder.
 */
final class TextCache {

    private static final int BUCKETS = 256;
    private final String[] strings = new String[BUCKETS];

    /** The bytes {@code b[from, to)} as a string, the cached instance when the same text was seen before. */
    String get(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        int slot = (h ^ (h >>> 8)) & (BUCKETS - 1);
        String s = strings[slot];
        if (s == null || !sameText(s, b, from, to)) {
            s = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
            strings[slot] = s;
        }
        return s;
    }

    /** True when {@code s} holds exactly the bytes {@code b[from, to)}. */
    static boolean sameText(String s, byte[] b, int from, int to) {
        if (s.length() != to - from) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != (b[from + i] & 0xff)) {
                return false;
            }
        }
        return true;
    }
}

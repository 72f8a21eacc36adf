package org.deconflict.modes;

import java.util.Arrays;

/**
 * Addresses confirmed recently by frames whose parity checks cleanly (DF11 with II=0 or DF17/18 without correction),
 * used to accept address/parity replies (DF0/4/5/16/20/21) only from aircraft known to be there, as readsb/dump1090
 * do with their ICAO filter. An address stays known for {@code ttlNanos} of event time after it was last confirmed.
 */
public final class KnownAddressFilter {
    /** dump1090/readsb keep an address in the ICAO filter for 60 s (icao_filter.c, ICAO_FILTER_TTL). */
    public static final long DEFAULT_TTL_NANOS = 60_000_000_000L;

    private final long ttlNanos;
    private final IcaoIndex index = new IcaoIndex();
    private long[] lastSeenNanos = new long[256];
    /** Low 16 bits → slot+1 of the most recently confirmed address with those bits (for BDS-overlaid parity). */
    private final int[] byLow16 = new int[1 << 16];

    public KnownAddressFilter() {
        this(DEFAULT_TTL_NANOS);
    }

    public KnownAddressFilter(long ttlNanos) {
        this.ttlNanos = ttlNanos;
    }

    /** Records {@code icao} as confirmed at event time {@code timeNanos}. */
    public void confirm(int icao, long timeNanos) {
        int slot = index.findOrAdd(icao);
        if (slot >= lastSeenNanos.length) {
            lastSeenNanos = Arrays.copyOf(lastSeenNanos, Math.max(slot + 1, lastSeenNanos.length * 2));
        }
        lastSeenNanos[slot] = timeNanos;
        byLow16[icao & 0xFFFF] = slot + 1;
    }

    /** True when {@code icao} was confirmed within the TTL before {@code timeNanos}. */
    public boolean isKnown(int icao, long timeNanos) {
        int slot = index.find(icao);
        return slot >= 0 && fresh(slot, timeNanos);
    }

    /**
     * For Comm-B replies whose parity carries a BDS overlay (data parity, DP, of ICAO Annex 10 Vol IV: the register
     * number is added to the first 8 parity bits): the known address whose low 16 bits equal those of
     * {@code residual}, or -1.
     */
    public int matchLow16(int residual, long timeNanos) {
        int s = byLow16[residual & 0xFFFF];
        if (s == 0) {
            return -1;
        }
        int slot = s - 1;
        return fresh(slot, timeNanos) ? index.icaoAt(slot) : -1;
    }

    private boolean fresh(int slot, long timeNanos) {
        long age = timeNanos - lastSeenNanos[slot];
        return age <= ttlNanos && age >= -ttlNanos;
    }

    /** Number of distinct addresses ever confirmed. */
    public int size() {
        return index.size();
    }
}

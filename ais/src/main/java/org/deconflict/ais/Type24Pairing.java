package org.deconflict.ais;

import org.deconflict.ais.AisMessage.StaticDataReport;

/**
 * gpsd's way of reporting type 24: a part A is held until a part B of the same MMSI arrives, then the two are
 * reported together once; a part B with no part A waiting is not reported. Used for output that must diff equal to
 * {@code gpsdecode}; trackers should use {@link Type24Merger}, which loses nothing.
 */
public final class Type24Pairing {

    /** Parts A held at once (gpsd holds a small ring of them; the oldest is overwritten). */
    public static final int CAPACITY = 8;

    /** A matched pair. */
    public record Pair(StaticDataReport partA, StaticDataReport partB) {
    }

    private final StaticDataReport[] held = new StaticDataReport[CAPACITY];
    private int next;
    private long unmatchedB;

    /** Offers a part; returns the pair when {@code part} is a B that completes a held A, else null. */
    public Pair offer(StaticDataReport part) {
        if (part.partA()) {
            held[next] = part;
            next = (next + 1) % CAPACITY;
            return null;
        }
        for (int i = 0; i < CAPACITY; i++) {
            StaticDataReport a = held[i];
            if (a != null && a.mmsi() == part.mmsi()) {
                held[i] = null;
                return new Pair(a, part);
            }
        }
        unmatchedB++;
        return null;
    }

    /** Parts B dropped because no part A of their MMSI was held. */
    public long unmatchedB() {
        return unmatchedB;
    }
}

package org.deconflict.app.pipeline.feed;

/**
 * Turns a receiver's 48-bit 12 MHz counter (Beast binary and AVR {@code @} timestamps, as readsb/dump1090 emit them)
 * into event time: {@code zeroNanos + ticks / 12 MHz}, unwrapping the counter when it rolls over. With
 * {@link #anchorFirst} the first frame is placed at the anchor instead (for receivers whose counter starts at boot).
 * One instance per input connection; not thread-safe.
 */
public final class TickClock {
    /** Beast timestamps count a 12 MHz clock (Mode-S Beast binary format, readsb/dump1090). */
    static final long TICKS_PER_SECOND = 12_000_000L;
    /** The counter is 48 bits wide (6 timestamp bytes in a Beast frame). */
    static final long COUNTER_RANGE = 1L << 48;

    private final long anchorNanos;
    private final boolean anchorFirst;
    private long firstTicks = -1;
    private long lastTicks = -1;
    private long wraps;

    private TickClock(long anchorNanos, boolean anchorFirst) {
        this.anchorNanos = anchorNanos;
        this.anchorFirst = anchorFirst;
    }

    /** The counter read zero at {@code zeroNanos} (as {@code deconflict simulate} writes it: zero at scenario start). */
    public static TickClock countingFrom(long zeroNanos) {
        return new TickClock(zeroNanos, false);
    }

    /** The first frame seen is taken to be at {@code firstFrameNanos}; later ones follow the counter from there. */
    public static TickClock anchorFirst(long firstFrameNanos) {
        return new TickClock(firstFrameNanos, true);
    }

    /** Event time of a frame with counter {@code ticks} (0..2^48-1), ns since the Unix epoch. */
    public long timeNanos(long ticks) {
        if (firstTicks < 0) {
            firstTicks = anchorFirst ? ticks : 0;
        } else if (lastTicks - ticks > COUNTER_RANGE / 2) {
            wraps++; // a jump back by more than half the range is a roll-over, not reordering
        }
        lastTicks = ticks;
        long total = ticks + wraps * COUNTER_RANGE - firstTicks;
        return anchorNanos + Math.floorDiv(total, 12) * 1000L + Math.floorMod(total, 12) * 1000L / 12;
    }
}

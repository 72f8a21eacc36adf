package org.deconflict.app.input;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Paces a replay: told each item's event time, it sleeps so that event time advances at {@code speed} × real time
 * (2 = twice as fast). Speed 0 means as fast as possible (never sleeps). The first item anchors event time to the
 * wall clock; an item earlier than the anchor or than its predecessors does not sleep; a playback that falls behind
 * catches up without sleeping. Silences in the recording longer than {@code maxGapNanos} of event time are shortened
 * to that. Sleeps shorter than {@value #MIN_SLEEP_NANOS} ns are deferred (owed time adds up).
 */
public final class ReplayClock {
    /** Shortest sleep taken; below this, the debt is carried to the next item. */
    public static final long MIN_SLEEP_NANOS = 1_000_000;

    /** Waits; the default is {@link TimeUnit#sleep}. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private final double speed;
    private final long maxGapNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private boolean anchored;
    private long anchorEventNanos;
    private long anchorWallNanos;
    private long lastEventNanos;

    /** A clock on {@link System#nanoTime()} that never shortens silences. */
    public ReplayClock(double speed) {
        this(speed, Long.MAX_VALUE, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    /**
     * @param speed       event seconds per wall second; 0 or infinity = unpaced
     * @param maxGapNanos longest silence of event time replayed as is (Long.MAX_VALUE = never shorten)
     * @param nanoTime    monotonic wall clock in ns
     */
    public ReplayClock(double speed, long maxGapNanos, LongSupplier nanoTime, Sleeper sleeper) {
        if (!(speed >= 0) || maxGapNanos <= 0) {
            throw new IllegalArgumentException("replay speed must be >= 0 and max gap > 0, got " + speed + ", "
                    + maxGapNanos);
        }
        this.speed = speed;
        this.maxGapNanos = maxGapNanos;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /**
     * Parses a speed: {@code max} or {@code 0} (unpaced), {@code 1} (real time), {@code 10}, {@code 10x}, {@code x10},
     * {@code ×10}, {@code 0.5}. A bad value is an {@link Sources.InputException} with one line.
     */
    public static double parseSpeed(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("max") || t.equals("inf") || t.equals("infinity")) {
            return 0;
        }
        if (t.startsWith("x") || t.startsWith("×")) {
            t = t.substring(1);
        } else if (t.endsWith("x") || t.endsWith("×")) {
            t = t.substring(0, t.length() - 1);
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new Sources.InputException("bad replay speed '" + text + "' (expected max, 1, 10, x10 or 0.5)");
        }
        return v;
    }

    /** Whether this clock ever sleeps. */
    public boolean isPaced() {
        return speed > 0 && !Double.isInfinite(speed);
    }

    /** The speed factor (0 = unpaced). */
    public double speed() {
        return speed;
    }

    /** Sleeps until the item with event time {@code eventNanos} is due; returns the ns slept (0 if none). */
    public long pace(long eventNanos) throws InterruptedException {
        if (!isPaced()) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        if (!anchored) {
            anchored = true;
            anchorEventNanos = eventNanos;
            anchorWallNanos = now;
            lastEventNanos = eventNanos;
            return 0;
        }
        if (eventNanos - lastEventNanos > maxGapNanos) {
            anchorWallNanos = due(lastEventNanos) + (long) (maxGapNanos / speed);
            anchorEventNanos = eventNanos;
        }
        lastEventNanos = Math.max(lastEventNanos, eventNanos);
        long wait = due(eventNanos) - now;
        if (wait < MIN_SLEEP_NANOS) {
            return 0;
        }
        sleeper.sleepNanos(wait);
        return wait;
    }

    /** Wall time (ns, on {@code nanoTime}) at which an event is due. */
    private long due(long eventNanos) {
        return anchorWallNanos + (long) ((eventNanos - anchorEventNanos) / speed);
    }
}

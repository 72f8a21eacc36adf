package org.deconflict.app.store;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps at most one position per target per interval: a position is accepted when the target has none accepted yet,
 * or when its time is at least {@code intervalMs} away from the last accepted one (either direction, so a replay
 * that jumps back in time starts over). Not thread-safe; one instance per producing thread.
 */
public final class PositionDownsampler {

    private final long intervalMs;
    private final Map<String, long[]> lastAcceptedMs = new HashMap<>();

    /** @param intervalMs minimum spacing of stored positions of one target, milliseconds (0 keeps every position) */
    public PositionDownsampler(long intervalMs) {
        if (intervalMs < 0) {
            throw new IllegalArgumentException("intervalMs must be >= 0, was " + intervalMs);
        }
        this.intervalMs = intervalMs;
    }

    /** True when the position of {@code targetKey} at {@code timeMs} should be stored (and remembers it). */
    public boolean accept(String targetKey, long timeMs) {
        long[] last = lastAcceptedMs.get(targetKey);
        if (last == null) {
            lastAcceptedMs.put(targetKey, new long[] {timeMs});
            return true;
        }
        if (keeps(last[0], timeMs, intervalMs)) {
            last[0] = timeMs;
            return true;
        }
        return false;
    }

    /** The rule: a target's position at {@code timeMs} is kept when {@code intervalMs} from the last one kept. */
    public static boolean keeps(long lastKeptMs, long timeMs, long intervalMs) {
        return Math.abs(timeMs - lastKeptMs) >= intervalMs;
    }

    /** Forgets a target (its track ended), so memory stays bounded by the live targets. */
    public void forget(String targetKey) {
        lastAcceptedMs.remove(targetKey);
    }

    /** Number of targets remembered. */
    public int size() {
        return lastAcceptedMs.size();
    }

    public long intervalMs() {
        return intervalMs;
    }
}

package org.deconflict.engine.ingest;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collapses copies of one Mode S transmission heard by several receivers: identical frame bytes from a different
 * receiver within {@code windowNanos} of the first copy join it; the same bytes from the same receiver are a new
 * transmission (ADS-B repeats unchanged messages). Groups are released in first-arrival order once event time has
 * passed their window (or on {@link #flush()}), so downstream decoding sees frames in order. Not thread-safe.
 */
public final class ModeSFrameDeduplicator {

    /** Receives each transmission once, with every receiver that heard it. Buffers are not reused. */
    @FunctionalInterface
    public interface Sink {
        void frame(byte[] frame, long timestamp12MHz, long timeNanos, ReceiverList receivers);
    }

    /** Default window: 500 ms covers network delay between receivers while ADS-B repeats come ≥ 0.4 s apart per receiver. */
    public static final long DEFAULT_WINDOW_NANOS = 500_000_000L;

    private static final class Group {
        /** FNV-1a hash of the frame, boxed once for the map. */
        final Long hash;
        final byte[] frame;
        final long timestamp12MHz;
        final long timeNanos;
        ReceiverList receivers;
        boolean open = true;

        Group(Long hash, byte[] frame, long timestamp12MHz, long timeNanos, int receiverId) {
            this.hash = hash;
            this.frame = frame;
            this.timestamp12MHz = timestamp12MHz;
            this.timeNanos = timeNanos;
            this.receivers = ReceiverList.of(receiverId);
        }
    }

    private final Sink sink;
    private final long windowNanos;
    private final Map<Long, Group> openByHash = new HashMap<>();
    private final ArrayDeque<Group> order = new ArrayDeque<>();
    private long duplicates;

    public ModeSFrameDeduplicator(Sink sink) {
        this(sink, DEFAULT_WINDOW_NANOS);
    }

    public ModeSFrameDeduplicator(Sink sink, long windowNanos) {
        this.sink = sink;
        this.windowNanos = windowNanos;
    }

    /** Offers one received frame ({@code len} bytes at {@code off}); releases groups whose window has passed. */
    public void offer(byte[] buf, int off, int len, long timestamp12MHz, long timeNanos, int receiverId) {
        release(timeNanos);
        Long h = hash(buf, off, len);
        Group g = openByHash.get(h);
        if (g != null && g.open && timeNanos - g.timeNanos <= windowNanos && !g.receivers.contains(receiverId)
                && Arrays.equals(g.frame, 0, g.frame.length, buf, off, off + len)) {
            g.receivers = g.receivers.with(receiverId);
            duplicates++;
            return;
        }
        Group fresh = new Group(h, Arrays.copyOfRange(buf, off, off + len), timestamp12MHz, timeNanos, receiverId);
        if (g != null) {
            g.open = false;          // a later transmission with the same bytes: the old group takes no more copies
        }
        openByHash.put(h, fresh);
        order.addLast(fresh);
    }

    /** Releases every buffered group (end of input). */
    public void flush() {
        release(Long.MAX_VALUE);
    }

    /** Copies merged into an earlier transmission. */
    public long duplicates() {
        return duplicates;
    }

    private void release(long nowNanos) {
        while (!order.isEmpty() && (nowNanos == Long.MAX_VALUE || nowNanos - order.peekFirst().timeNanos > windowNanos)) {
            Group g = order.pollFirst();
            if (openByHash.get(g.hash) == g) {
                openByHash.remove(g.hash);
            }
            sink.frame(g.frame, g.timestamp12MHz, g.timeNanos, g.receivers);
        }
    }

    private static long hash(byte[] b, int off, int len) {
        long h = 0xcbf29ce484222325L;                 // FNV-1a 64
        for (int i = off; i < off + len; i++) {
            h ^= b[i] & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }
}

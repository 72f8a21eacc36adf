package org.deconflict.sim.emit;

import java.util.Arrays;

import org.deconflict.sim.EmissionSink;
import org.deconflict.sim.Protocol;

/**
 * Holds receptions until no earlier one can still arrive, then hands them on in true-time order (ties by insertion
 * order). Needed because propagation delay and reply bursts make receptions of consecutive transmissions overlap.
 * A calendar of 100 µs buckets over a {@link #HORIZON_NANOS} window: adding pushes the reception on its bucket's list
 * (newest first, touching no other slot); buckets are released whole once their end has passed, a bucket of several
 * frames sorted once as a small array of plain {@code long} keys (time within the bucket, then order of adding, so
 * ties keep insertion order; already ordered keys cost one pass). Slots are
 * pooled and packed in two primitive arrays (times; receiver, offset, length, signal, protocol, link) so that
 * adding and releasing touch few cache lines; they hold a reference to the caller's bytes, not a copy: a frame heard
 * by several receivers is stored once, and the caller must not change the bytes it added until they are released.
 */
public final class ReceptionBuffer {

    /** Width of one bucket: how long a reception may be held back after its time (100 µs). */
    public static final long BUCKET_NANOS = 100_000L;
    private static final int BUCKETS = 1 << 14;
    /** Receptions may lie at most this far after the last release (≈ 1.6 s). */
    public static final long HORIZON_NANOS = BUCKET_NANOS * (BUCKETS - 1);
    /** Longs per slot in {@link #times}: true time, receiver clock time. */
    private static final int T_STRIDE = 2;
    /** Ints per slot in {@link #fields}: receiver id, offset, length | signal << 16 | protocol << 24, next slot. */
    private static final int F_STRIDE = 4;
    private static final Protocol[] PROTOCOLS = Protocol.values();
    private static final int ORDER_BITS = 24, ORDER_MASK = (1 << ORDER_BITS) - 1;

    private long[] times = new long[256 * T_STRIDE];
    private int[] fields = new int[256 * F_STRIDE];
    private byte[][] data = new byte[256][];
    private int[] free = new int[256];
    private int freeCount;
    private int slots;
    private int size;

    private final int[] head = new int[BUCKETS];
    /** Absolute index of the earliest bucket not yet fully released. */
    private long cursor = Long.MIN_VALUE;
    /** A bucket's slots in list order (newest first), and its sort keys: time within the bucket << ORDER_BITS | k-th added. */
    private int[] order = new int[64];
    private long[] keys = new long[64];

    public ReceptionBuffer() {
        Arrays.fill(head, -1);
    }

    /**
     * Queues one reception of {@code buf[off..off+n)} ({@code n} < 65,536, signal 0–255); the bytes are referenced,
     * not copied (do not modify them). A reception in a bucket already released goes out with the next bucket, ahead
     * of that bucket's own receptions, in the order added.
     */
    public void add(long trueTimeNanos, int receiverId, long clockTimeNanos, Protocol p, byte[] buf, int off, int n, int signalLevel) {
        long b = Math.floorDiv(trueTimeNanos, BUCKET_NANOS);
        if (cursor == Long.MIN_VALUE) {
            cursor = b;
        }
        if (b - cursor >= BUCKETS - 1) {
            throw new IllegalStateException("reception more than " + HORIZON_NANOS / 1_000_000 + " ms ahead");
        }
        if ((n & ~0xFFFF) != 0 || (signalLevel & ~0xFF) != 0) {
            throw new IllegalArgumentException("length " + n + " or signal " + signalLevel + " out of range");
        }
        int s = allocate();
        int ts = s * T_STRIDE, fs = s * F_STRIDE;
        times[ts] = trueTimeNanos;
        times[ts + 1] = clockTimeNanos;
        fields[fs] = receiverId;
        fields[fs + 1] = off;
        fields[fs + 2] = n | signalLevel << 16 | p.ordinal() << 24;
        data[s] = buf;
        int i = (int) (Math.max(b, cursor) & (BUCKETS - 1));
        fields[fs + 3] = head[i];                              // newest first: adding touches no other slot
        head[i] = s;
        size++;
    }

    /**
     * Delivers, in time order, the receptions of every bucket that ends at or before {@code upToNanos}: none later
     * than {@code upToNanos}, and all up to one bucket width ({@link #BUCKET_NANOS}) before it;
     * {@code Long.MAX_VALUE} delivers everything. Returns how many were delivered.
     */
    public int release(long upToNanos, EmissionSink sink) {
        long last = upToNanos == Long.MAX_VALUE ? cursor + BUCKETS : Math.floorDiv(upToNanos + 1, BUCKET_NANOS) - 1;
        int delivered = 0;
        while (cursor <= last) {
            if (size == 0) {
                cursor = Math.max(cursor, last);
                break;
            }
            int i = (int) (cursor & (BUCKETS - 1));
            int first = head[i];
            if (first >= 0) {
                if (fields[first * F_STRIDE + 3] < 0) {
                    deliver(first, sink);
                    delivered++;
                } else {
                    int n = sortBucket(first, cursor * BUCKET_NANOS);
                    for (int k = 0; k < n; k++) {
                        deliver(order[n - 1 - ((int) keys[k] & ORDER_MASK)], sink);
                    }
                    delivered += n;
                }
                head[i] = -1;
            }
            cursor++;
        }
        return delivered;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Hands slot {@code s} to the sink and frees it. */
    private void deliver(int s, EmissionSink sink) {
        int fs = s * F_STRIDE;
        int packed = fields[fs + 2];
        sink.accept(fields[fs], times[s * T_STRIDE + 1], PROTOCOLS[packed >>> 24], data[s], fields[fs + 1],
                packed & 0xFFFF, (packed >>> 16) & 0xFF);
        data[s] = null;
        free[freeCount++] = s;
        size--;
    }

    /**
     * Lists the bucket starting at slot {@code first} (bucket start {@code startNanos}; newest first) in {@link #order}
     * and sorts {@link #keys}: time within the bucket, then order of adding, so ties keep the order of adding (nearly
     * sorted keys cost one pass). Returns the count.
     */
    private int sortBucket(int first, long startNanos) {
        int n = 0;
        for (int s = first; s >= 0; s = fields[s * F_STRIDE + 3]) {
            if (n == order.length) {
                if (n > ORDER_MASK) {
                    throw new IllegalStateException("more than " + n + " receptions in one bucket");
                }
                order = Arrays.copyOf(order, n * 2);
                keys = Arrays.copyOf(keys, n * 2);
            }
            order[n++] = s;
        }
        for (int k = 0; k < n; k++) {                        // k-th added is order[n - 1 - k]
            keys[k] = Math.max(0, times[order[n - 1 - k] * T_STRIDE] - startNanos) << ORDER_BITS | k;
        }
        for (int a = 1; a < n; a++) {
            long v = keys[a];
            int j = a - 1;
            while (j >= 0 && keys[j] > v) {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = v;
        }
        return n;
    }

    private int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (slots == data.length) {
            int n = slots * 2;
            times = Arrays.copyOf(times, n * T_STRIDE);
            fields = Arrays.copyOf(fields, n * F_STRIDE);
            data = Arrays.copyOf(data, n);
            free = Arrays.copyOf(free, n);
        }
        return slots++;
    }
}

package org.deconflict.sim.emit;

import java.util.Arrays;

import org.deconflict.sim.EmissionSink;
import org.deconflict.sim.Protocol;

/**
 * Holds receptions until no earlier one can still arrive, then hands them on in true-time order (ties by insertion
 * order). Needed because propagation delay and reply bursts make receptions of consecutive transmissions overlap.
 * A calendar of 100 µs buckets over a {@link #HORIZON_NANOS} window: adding is O(1); a bucket is sorted (a
 * handful of frames) only if frames arrived in it out of order. Slots are pooled and hold a reference to the
 * caller's bytes, not a copy: a frame heard by several receivers is stored once, and the caller must not change
 * the bytes it added until they are released.
 */
public final class ReceptionBuffer {

    private static final long BUCKET_NANOS = 100_000L;
    private static final int BUCKETS = 1 << 14;
    /** Receptions may lie at most this far after the last release (≈ 1.6 s). */
    public static final long HORIZON_NANOS = BUCKET_NANOS * (BUCKETS - 1);

    private long[] trueTime = new long[256];
    private long[] seq = new long[256];
    private long[] clockTime = new long[256];
    private int[] receiver = new int[256];
    private int[] len = new int[256];
    private int[] off = new int[256];
    private int[] signal = new int[256];
    private int[] next = new int[256];
    private Protocol[] protocol = new Protocol[256];
    private byte[][] data = new byte[256][];
    private int[] free = new int[256];
    private int freeCount;
    private int slots;
    private long nextSeq;
    private int size;

    private final int[] head = new int[BUCKETS];
    private final int[] tail = new int[BUCKETS];
    /** True while a bucket's list is in (true time, insertion) order. */
    private final boolean[] sorted = new boolean[BUCKETS];
    /** Absolute index of the earliest bucket not yet fully released. */
    private long cursor = Long.MIN_VALUE;
    private int[] scratch = new int[64];

    public ReceptionBuffer() {
        Arrays.fill(head, -1);
        Arrays.fill(tail, -1);
    }

    /** Queues one reception of {@code buf[off..off+n)}; the bytes are referenced, not copied (do not modify them). */
    public void add(long trueTimeNanos, int receiverId, long clockTimeNanos, Protocol p, byte[] buf, int off, int n, int signalLevel) {
        long b = Math.floorDiv(trueTimeNanos, BUCKET_NANOS);
        if (cursor == Long.MIN_VALUE) {
            cursor = b;
        }
        if (b - cursor >= BUCKETS - 1) {
            throw new IllegalStateException("reception more than " + HORIZON_NANOS / 1_000_000 + " ms ahead");
        }
        int s = allocate();
        trueTime[s] = trueTimeNanos;
        seq[s] = nextSeq++;
        clockTime[s] = clockTimeNanos;
        receiver[s] = receiverId;
        protocol[s] = p;
        len[s] = n;
        this.off[s] = off;
        signal[s] = signalLevel;
        next[s] = -1;
        data[s] = buf;
        int i = (int) (Math.max(b, cursor) & (BUCKETS - 1));
        if (tail[i] < 0) {
            head[i] = s;
            sorted[i] = true;
        } else {
            sorted[i] &= trueTime[tail[i]] <= trueTimeNanos;   // later seq: equal times stay in order
            next[tail[i]] = s;
        }
        tail[i] = s;
        size++;
    }

    /** Delivers every reception with true time ≤ {@code upToNanos}, in time order. */
    public void release(long upToNanos, EmissionSink sink) {
        if (size == 0) {
            if (upToNanos != Long.MAX_VALUE) {
                cursor = Math.max(cursor, Math.floorDiv(upToNanos, BUCKET_NANOS));
            }
            return;
        }
        long last = upToNanos == Long.MAX_VALUE ? cursor + BUCKETS : Math.floorDiv(upToNanos, BUCKET_NANOS);
        while (cursor <= last && size > 0) {
            int i = (int) (cursor & (BUCKETS - 1));
            if (head[i] >= 0) {
                if (!sorted[i]) {
                    relink(i, sortBucket(i));
                    sorted[i] = true;
                }
                int s = head[i];
                while (s >= 0 && trueTime[s] <= upToNanos) {
                    int after = next[s];
                    size--;
                    sink.accept(receiver[s], clockTime[s], protocol[s], data[s], off[s], len[s], signal[s]);
                    data[s] = null;
                    free[freeCount++] = s;
                    s = after;
                }
                head[i] = s;
                if (s >= 0) {
                    return;                    // the rest of this bucket is still in the future
                }
                tail[i] = -1;
            }
            cursor++;
        }
        if (size == 0 && upToNanos != Long.MAX_VALUE) {
            cursor = Math.max(cursor, last);
        }
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Copies bucket {@code i} into {@link #scratch}, sorted by (true time, insertion order); returns the count. */
    private int sortBucket(int i) {
        int n = 0;
        for (int s = head[i]; s >= 0; s = next[s]) {
            if (n == scratch.length) {
                scratch = Arrays.copyOf(scratch, n * 2);
            }
            scratch[n++] = s;
        }
        for (int k = 1; k < n; k++) {
            int s = scratch[k];
            int j = k - 1;
            while (j >= 0 && (trueTime[scratch[j]] > trueTime[s]
                    || (trueTime[scratch[j]] == trueTime[s] && seq[scratch[j]] > seq[s]))) {
                scratch[j + 1] = scratch[j];
                j--;
            }
            scratch[j + 1] = s;
        }
        return n;
    }

    private void relink(int i, int n) {
        head[i] = n == 0 ? -1 : scratch[0];
        tail[i] = n == 0 ? -1 : scratch[n - 1];
        for (int k = 0; k < n; k++) {
            next[scratch[k]] = k + 1 < n ? scratch[k + 1] : -1;
        }
    }

    private int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (slots == trueTime.length) {
            int n = slots * 2;
            trueTime = Arrays.copyOf(trueTime, n);
            seq = Arrays.copyOf(seq, n);
            clockTime = Arrays.copyOf(clockTime, n);
            receiver = Arrays.copyOf(receiver, n);
            len = Arrays.copyOf(len, n);
            off = Arrays.copyOf(off, n);
            signal = Arrays.copyOf(signal, n);
            next = Arrays.copyOf(next, n);
            protocol = Arrays.copyOf(protocol, n);
            data = Arrays.copyOf(data, n);
            free = Arrays.copyOf(free, n);
        }
        return slots++;
    }
}

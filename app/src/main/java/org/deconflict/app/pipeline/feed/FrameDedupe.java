package org.deconflict.app.pipeline.feed;

import java.util.Arrays;

import org.deconflict.engine.ingest.ModeSFrameDeduplicator;
import org.deconflict.engine.ingest.ReceiverList;

/**
 * Collapses the copies of one Mode S transmission heard by several receivers, with exactly the rules (and the output
 * order) of the engine's {@link ModeSFrameDeduplicator}, but without allocating per received frame: groups live in
 * columns of a ring in arrival order, and an open-addressing table maps each frame's 64-bit hash to the newest group
 * with that hash. Only a released group allocates: its frame (the sink may keep it) and, when several receivers heard
 * it, its {@link ReceiverList}. Most frames of a multi-receiver network are such copies (78 % in the demo), so this is
 * the first thing every frame meets. Not thread-safe.
 */
public final class FrameDedupe {

    /** A long Mode S frame is 112 bits (ICAO Annex 10 Vol IV §3.1.2.1.5); groups keep their bytes in 14-byte cells. */
    private static final int FRAME_BYTES = 14;
    /** Receivers kept inline per group; a group heard by more keeps the rest in a {@link ReceiverList}. */
    private static final int INLINE_RECEIVERS = 8;
    private static final long EMPTY = -1;
    /** Distinct multi-receiver lists remembered for reuse (arrival orders seen in a network are few). */
    private static final int LIST_CACHE_SIZE = 4096;

    private final ModeSFrameDeduplicator.Sink sink;
    private final long windowNanos;
    // group columns, indexed by seq & mask; groups [releasedSeq, nextSeq) are buffered
    private int mask;
    private byte[] frames;
    private byte[] lengths;
    private long[] counters;
    private long[] times;
    private long[] hashes;
    private int[] receiverCounts;
    private int[] receivers;
    private ReceiverList[] spilled;
    private long releasedSeq;
    private long nextSeq;
    // hash -> seq of the newest group with that hash: pairs (hash at 2i, seq at 2i + 1) in one array, so a probe
    // touches one cache line; linear probing, backward-shift deletion
    private long[] table;
    private int tableMask;
    private int tableShift;
    private int tableSize;
    private long duplicates;
    // receiver lists of up to 8 receivers with ids 0..254, by their ids packed one byte each (open addressing)
    private final long[] listKeys = new long[LIST_CACHE_SIZE];
    private final ReceiverList[] lists = new ReceiverList[LIST_CACHE_SIZE];
    private int listCount;

    /** {@code windowNanos}: how long after its first copy a group takes copies from other receivers. */
    public FrameDedupe(ModeSFrameDeduplicator.Sink sink, long windowNanos) {
        this.sink = sink;
        this.windowNanos = windowNanos;
        allocateGroups(1024);
        allocateTable(4096);
    }

    /** Offers one received frame ({@code len} bytes at {@code off}); releases groups whose window has passed. */
    public void offer(byte[] buf, int off, int len, long timestamp12MHz, long timeNanos, int receiverId) {
        release(timeNanos);
        long h = hash(buf, off, len);
        int at = find(h);
        if (at >= 0) {
            int g = (int) (table[2 * at + 1] & mask);
            if (timeNanos - times[g] <= windowNanos && !heardBy(g, receiverId) && sameBytes(g, buf, off, len)) {
                addReceiver(g, receiverId);
                duplicates++;
                return;
            }
        }
        long seq = newGroup(buf, off, len, timestamp12MHz, timeNanos, receiverId, h);
        if (at >= 0) {
            table[2 * at + 1] = seq;            // a later transmission with the same bytes: the old group takes no more
        } else {
            insert(h, seq);
        }
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
        while (releasedSeq < nextSeq) {
            int g = (int) (releasedSeq & mask);
            if (nowNanos != Long.MAX_VALUE && nowNanos - times[g] <= windowNanos) {
                return;
            }
            int at = find(hashes[g]);
            if (at >= 0 && table[2 * at + 1] == releasedSeq) {
                delete(at);
            }
            releasedSeq++;
            byte[] frame = Arrays.copyOfRange(frames, g * FRAME_BYTES, g * FRAME_BYTES + lengths[g]);
            ReceiverList heard = receiverList(g);
            spilled[g] = null;
            sink.frame(frame, counters[g], times[g], heard);
        }
    }

    private long newGroup(byte[] buf, int off, int len, long timestamp12MHz, long timeNanos, int receiverId, long h) {
        if (nextSeq - releasedSeq > mask) {
            allocateGroups((mask + 1) * 2);
        }
        long seq = nextSeq++;
        int g = (int) (seq & mask);
        int n = Math.min(len, FRAME_BYTES);
        System.arraycopy(buf, off, frames, g * FRAME_BYTES, n);
        lengths[g] = (byte) n;
        counters[g] = timestamp12MHz;
        times[g] = timeNanos;
        hashes[g] = h;
        receiverCounts[g] = 1;
        receivers[g * INLINE_RECEIVERS] = receiverId;
        return seq;
    }

    private boolean heardBy(int g, int receiverId) {
        int n = Math.min(receiverCounts[g], INLINE_RECEIVERS);
        for (int i = 0; i < n; i++) {
            if (receivers[g * INLINE_RECEIVERS + i] == receiverId) {
                return true;
            }
        }
        return spilled[g] != null && spilled[g].contains(receiverId);
    }

    private void addReceiver(int g, int receiverId) {
        int n = receiverCounts[g]++;
        if (n < INLINE_RECEIVERS) {
            receivers[g * INLINE_RECEIVERS + n] = receiverId;
        } else {
            spilled[g] = spilled[g] == null ? ReceiverList.of(receiverId) : spilled[g].with(receiverId);
        }
    }

    /**
     * The group's receivers in arrival order: a shared instance for one receiver, a remembered one for a list seen
     * before (lists are immutable, so sharing them is safe).
     */
    private ReceiverList receiverList(int g) {
        int n = receiverCounts[g];
        if (n == 1) {
            return ReceiverList.of(receivers[g * INLINE_RECEIVERS]);
        }
        long packed = n <= INLINE_RECEIVERS ? pack(g, n) : EMPTY;
        if (packed == EMPTY) {
            return newList(g, n);
        }
        int m = LIST_CACHE_SIZE - 1;
        int i = (int) ((packed * 0x9E3779B97F4A7C15L) >>> 52) & m;   // Fibonacci hashing (Knuth, TAOCP 6.4)
        while (lists[i] != null) {
            if (listKeys[i] == packed) {
                return lists[i];
            }
            i = (i + 1) & m;
        }
        ReceiverList made = newList(g, n);
        if (2 * (listCount + 1) <= LIST_CACHE_SIZE) {
            listKeys[i] = packed;
            lists[i] = made;
            listCount++;
        }
        return made;
    }

    /** The group's receiver ids one byte each (id + 1, so 0 means none), or {@link #EMPTY} when an id is above 254. */
    private long pack(int g, int n) {
        long packed = 0;
        for (int i = 0; i < n; i++) {
            int id = receivers[g * INLINE_RECEIVERS + i];
            if (id < 0 || id > 254) {
                return EMPTY;
            }
            packed = packed << 8 | (id + 1);
        }
        return packed;
    }

    private ReceiverList newList(int g, int n) {
        int[] ids = new int[n];
        int inline = Math.min(n, INLINE_RECEIVERS);
        System.arraycopy(receivers, g * INLINE_RECEIVERS, ids, 0, inline);
        for (int i = inline; i < n; i++) {
            ids[i] = spilled[g].get(i - inline);
        }
        return ReceiverList.of(ids);
    }

    private boolean sameBytes(int g, byte[] buf, int off, int len) {
        return lengths[g] == len
                && Arrays.equals(frames, g * FRAME_BYTES, g * FRAME_BYTES + len, buf, off, off + len);
    }

    /** Same hash as the engine's deduplicator, so both treat colliding frames alike. FNV-1a 64 (IETF draft). */
    private static long hash(byte[] b, int off, int len) {
        long h = 0xcbf29ce484222325L;                 // FNV-1a 64 offset basis
        for (int i = off; i < off + len; i++) {
            h ^= b[i] & 0xFF;
            h *= 0x100000001b3L;                      // FNV-1a 64 prime
        }
        return h;
    }

    private void allocateGroups(int capacity) {
        byte[] oldFrames = frames;
        byte[] oldLengths = lengths;
        long[] oldCounters = counters;
        long[] oldTimes = times;
        long[] oldHashes = hashes;
        int[] oldCounts = receiverCounts;
        int[] oldReceivers = receivers;
        ReceiverList[] oldSpilled = spilled;
        int oldMask = mask;
        frames = new byte[capacity * FRAME_BYTES];
        lengths = new byte[capacity];
        counters = new long[capacity];
        times = new long[capacity];
        hashes = new long[capacity];
        receiverCounts = new int[capacity];
        receivers = new int[capacity * INLINE_RECEIVERS];
        spilled = new ReceiverList[capacity];
        mask = capacity - 1;
        if (oldFrames == null) {
            return;
        }
        for (long seq = releasedSeq; seq < nextSeq; seq++) {
            int from = (int) (seq & oldMask);
            int to = (int) (seq & mask);
            System.arraycopy(oldFrames, from * FRAME_BYTES, frames, to * FRAME_BYTES, FRAME_BYTES);
            lengths[to] = oldLengths[from];
            counters[to] = oldCounters[from];
            times[to] = oldTimes[from];
            hashes[to] = oldHashes[from];
            receiverCounts[to] = oldCounts[from];
            System.arraycopy(oldReceivers, from * INLINE_RECEIVERS, receivers, to * INLINE_RECEIVERS,
                    INLINE_RECEIVERS);
            spilled[to] = oldSpilled[from];
        }
    }

    // ---- the hash table: keys are frame hashes, values group sequence numbers ----

    private void allocateTable(int capacity) {
        long[] old = table;
        table = new long[2 * capacity];
        for (int i = 1; i < table.length; i += 2) {
            table[i] = EMPTY;
        }
        tableMask = capacity - 1;
        tableShift = 64 - Integer.numberOfTrailingZeros(capacity);
        tableSize = 0;
        if (old != null) {
            for (int i = 0; i < old.length; i += 2) {
                if (old[i + 1] != EMPTY) {
                    insert(old[i], old[i + 1]);
                }
            }
        }
    }

    /** Home slot of a hash: Fibonacci hashing (Knuth, TAOCP §6.4) spreads frames that differ in few bits. */
    private int home(long h) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> tableShift);
    }

    /** The table slot holding {@code h}, or -1. */
    private int find(long h) {
        for (int i = home(h); ; i = (i + 1) & tableMask) {
            if (table[2 * i + 1] == EMPTY) {
                return -1;
            }
            if (table[2 * i] == h) {
                return i;
            }
        }
    }

    private void insert(long h, long seq) {
        if (2 * (tableSize + 1) > tableMask + 1) {
            allocateTable((tableMask + 1) * 2);
        }
        int i = home(h);
        while (table[2 * i + 1] != EMPTY) {
            i = (i + 1) & tableMask;
        }
        table[2 * i] = h;
        table[2 * i + 1] = seq;
        tableSize++;
    }

    /** Removes the entry at {@code at}, moving later entries of its probe run back so lookups still find them. */
    private void delete(int at) {
        int m = tableMask;
        int hole = at;
        for (int i = (at + 1) & m; table[2 * i + 1] != EMPTY; i = (i + 1) & m) {
            int home = home(table[2 * i]);
            // move entry i into the hole if its home is not cyclically within (hole, i]
            if (((i - home) & m) >= ((i - hole) & m)) {
                table[2 * hole] = table[2 * i];
                table[2 * hole + 1] = table[2 * i + 1];
                hole = i;
            }
        }
        table[2 * hole + 1] = EMPTY;
        tableSize--;
    }
}

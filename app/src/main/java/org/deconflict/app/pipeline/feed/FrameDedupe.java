package org.deconflict.app.pipeline.feed;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.deconflict.engine.ingest.ModeSFrameDeduplicator;
import org.deconflict.engine.ingest.ReceiverList;

/**
 * Collapses the copies of one Mode S transmission heard by several receivers, with exactly the rules (and the output
 * order) of the engine's {@link ModeSFrameDeduplicator}, but without allocating per received frame. Most frames of a
 * multi-receiver network are such copies (78 % in the demo), so this is the first thing every frame meets, and what it
 * costs is mostly memory latency: each group lives in one 64-byte record of a ring in arrival order (time, counter,
 * hash, the frame as two words, up to eight receiver ids packed one byte each, length and count), and an
 * open-addressing table of 8-byte entries (31 bits of the hash, 32 bits of the group's sequence number) maps a frame
 * to the newest group with its bytes. A copy therefore touches one table entry and one group record, both written
 * milliseconds earlier. Frames are hashed from the two words read straight from the caller's buffer, not byte by byte.
 * A released group's frame is written into one reused buffer, so only a receiver list not seen before allocates (its
 * {@link ReceiverList}). Not thread-safe.
 */
public final class FrameDedupe {

    /** Receives each released group: its frame is valid only during the call (the buffer is reused). */
    @FunctionalInterface
    public interface Sink {
        void frame(byte[] buf, int off, int len, long timestamp12MHz, long timeNanos, ReceiverList receivers);
    }

    /** A long Mode S frame is 112 bits (ICAO Annex 10 Vol IV §3.1.2.1.5): two words hold any frame. */
    private static final int MAX_FRAME_BYTES = 14;
    /** Longs per group record (one cache line). */
    private static final int STRIDE = 8;
    private static final int TIME = 0;
    private static final int COUNTER = 1;
    private static final int HASH = 2;
    private static final int WORD0 = 3;
    private static final int WORD1 = 4;
    /** Receiver ids + 1 in arrival order, one byte each, the first in the lowest byte; 0 = no receiver. */
    private static final int RECEIVERS = 5;
    /** Bits 0-7 length, 8-39 receiver count, bit 40 the receivers are in {@link #spilled} instead. */
    private static final int INFO = 6;
    private static final long SPILLED = 1L << 40;
    /** Receivers packed per group; a group heard by more (or by an id above 254) keeps a {@link ReceiverList}. */
    private static final int PACKED_RECEIVERS = 8;
    private static final int MAX_PACKED_ID = 254;
    private static final long LOW_BYTES = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    /** Distinct multi-receiver lists remembered for reuse (arrival orders seen in a network are few). */
    private static final int LIST_CACHE_SIZE = 4096;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;   // Fibonacci hashing (Knuth, TAOCP §6.4)
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final Sink sink;
    /** The released frame: two words, of which the first {@code len} bytes are the frame. */
    private final byte[] released = new byte[2 * Long.BYTES];
    private final long windowNanos;
    // group records, indexed by (seq & mask) * STRIDE; groups [releasedSeq, nextSeq) are buffered
    private long[] groups;
    private ReceiverList[] spilled;
    private int mask;
    private long releasedSeq;
    private long nextSeq;
    // entries (tag << 32 | seq & 0xFFFFFFFF), 0 = empty; tag = the hash's high 32 bits with bit 0 set, so never 0;
    // linear probing from the tag's home slot, backward-shift deletion
    private long[] table;
    private int tableMask;
    private int tableShift;
    private int tableSize;
    private long duplicates;
    // the word pair of the frame being offered (set by words())
    private long word0;
    private long word1;
    // receiver lists of 2..8 receivers with ids 0..254, keyed by their packed ids (open addressing)
    private final long[] listKeys = new long[LIST_CACHE_SIZE];
    private final ReceiverList[] lists = new ReceiverList[LIST_CACHE_SIZE];
    private int listCount;

    /** {@code windowNanos}: how long after its first copy a group takes copies from other receivers. */
    public FrameDedupe(Sink sink, long windowNanos) {
        this.sink = sink;
        this.windowNanos = windowNanos;
        allocateGroups(1024);
        allocateTable(4096);
    }

    /** Offers one received frame ({@code len} bytes at {@code off}); releases groups whose window has passed. */
    public void offer(byte[] buf, int off, int len, long timestamp12MHz, long timeNanos, int receiverId) {
        release(timeNanos);
        int n = Math.min(len, MAX_FRAME_BYTES);
        words(buf, off, n);
        long h = hash(word0, word1, n);
        int at = find(h);
        if (at >= 0) {
            int g = (int) table[at] & mask;
            int r = g * STRIDE;
            if (timeNanos - groups[r + TIME] <= windowNanos && sameFrame(r, n) && !heardBy(g, receiverId)) {
                addReceiver(g, receiverId);
                duplicates++;
                return;
            }
        }
        long seq = newGroup(n, timestamp12MHz, timeNanos, receiverId, h);
        if (at >= 0) {
            table[at] = (table[at] & 0xFFFF_FFFF_0000_0000L) | (seq & 0xFFFF_FFFFL); // the old group takes no more
        } else {
            insert(tag(h), seq);
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
            int r = g * STRIDE;
            if (nowNanos != Long.MAX_VALUE && nowNanos - groups[r + TIME] <= windowNanos) {
                return;
            }
            forget(groups[r + HASH], releasedSeq);
            releasedSeq++;
            int n = writeFrame(r);
            ReceiverList heard = receiverList(g);
            spilled[g] = null;
            sink.frame(released, 0, n, groups[r + COUNTER], groups[r + TIME], heard);
        }
    }

    /** Reads the first {@code n} (≤ 14) bytes at {@code off} as two little-endian words, zero beyond {@code n}. */
    private void words(byte[] b, int off, int n) {
        if (n == MAX_FRAME_BYTES) {
            word0 = (long) LONG_LE.get(b, off);
            word1 = (long) LONG_LE.get(b, off + 6) >>> 16;               // bytes 8..13
        } else if (n == 7) {                                             // a short frame, 56 bits
            word0 = ((int) INT_LE.get(b, off) & 0xFFFF_FFFFL) | (long) ((int) INT_LE.get(b, off + 3) >>> 8) << 32;
            word1 = 0;
        } else {
            long w0 = 0;
            long w1 = 0;
            for (int i = 0; i < n; i++) {
                long v = b[off + i] & 0xFFL;
                if (i < 8) {
                    w0 |= v << (8 * i);
                } else {
                    w1 |= v << (8 * (i - 8));
                }
            }
            word0 = w0;
            word1 = w1;
        }
    }

    /** A 64-bit hash of a frame's words and length (multiply-xorshift mixing, as in SplitMix64's finaliser). */
    private static long hash(long w0, long w1, int n) {
        long h = w0 * GOLDEN ^ Long.rotateLeft(w1 * 0xC2B2AE3D27D4EB4FL, 31) ^ n;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    private boolean sameFrame(int r, int n) {
        return groups[r + WORD0] == word0 && groups[r + WORD1] == word1 && (groups[r + INFO] & 0xFF) == n;
    }

    /** Writes group {@code r}'s two words (its frame, zero beyond) into {@link #released}; returns its length. */
    private int writeFrame(int r) {
        LONG_LE.set(released, 0, groups[r + WORD0]);
        LONG_LE.set(released, Long.BYTES, groups[r + WORD1]);
        return (int) (groups[r + INFO] & 0xFF);
    }

    private long newGroup(int n, long timestamp12MHz, long timeNanos, int receiverId, long h) {
        if (nextSeq - releasedSeq > mask) {
            allocateGroups((mask + 1) * 2);
        }
        long seq = nextSeq++;
        int g = (int) (seq & mask);
        int r = g * STRIDE;
        groups[r + TIME] = timeNanos;
        groups[r + COUNTER] = timestamp12MHz;
        groups[r + HASH] = h;
        groups[r + WORD0] = word0;
        groups[r + WORD1] = word1;
        if (receiverId >= 0 && receiverId <= MAX_PACKED_ID) {
            groups[r + RECEIVERS] = receiverId + 1;
            groups[r + INFO] = n | 1L << 8;
        } else {
            groups[r + RECEIVERS] = 0;
            groups[r + INFO] = n | 1L << 8 | SPILLED;
            spilled[g] = ReceiverList.of(receiverId);
        }
        return seq;
    }

    private boolean heardBy(int g, int receiverId) {
        int r = g * STRIDE;
        if ((groups[r + INFO] & SPILLED) != 0) {
            return spilled[g].contains(receiverId);
        }
        if (receiverId < 0 || receiverId > MAX_PACKED_ID) {
            return false;
        }
        // a zero byte in packed ^ (id + 1) repeated: some slot holds this id (empty slots are 0, never id + 1)
        long x = groups[r + RECEIVERS] ^ (receiverId + 1) * LOW_BYTES;
        return ((x - LOW_BYTES) & ~x & HIGH_BITS) != 0;
    }

    private void addReceiver(int g, int receiverId) {
        int r = g * STRIDE;
        long info = groups[r + INFO];
        int count = (int) (info >>> 8) & 0xFFFF_FFFF;
        if ((info & SPILLED) != 0) {
            spilled[g] = spilled[g].with(receiverId);
        } else if (count < PACKED_RECEIVERS && receiverId >= 0 && receiverId <= MAX_PACKED_ID) {
            groups[r + RECEIVERS] |= (long) (receiverId + 1) << (8 * count);
        } else {
            spilled[g] = unpack(groups[r + RECEIVERS], count).with(receiverId);
            info |= SPILLED;
        }
        groups[r + INFO] = (info & ~(0xFFFF_FFFFL << 8)) | (long) (count + 1) << 8;
    }

    /**
     * The group's receivers in arrival order: a shared instance for one receiver, a remembered one for a list seen
     * before (lists are immutable, so sharing them is safe).
     */
    private ReceiverList receiverList(int g) {
        int r = g * STRIDE;
        long info = groups[r + INFO];
        if ((info & SPILLED) != 0) {
            return spilled[g];
        }
        long packed = groups[r + RECEIVERS];
        int count = (int) (info >>> 8);
        if (count == 1) {
            return ReceiverList.of((int) packed - 1);
        }
        int m = LIST_CACHE_SIZE - 1;
        int i = (int) ((packed * GOLDEN) >>> 52) & m;
        while (lists[i] != null) {
            if (listKeys[i] == packed) {
                return lists[i];
            }
            i = (i + 1) & m;
        }
        ReceiverList made = unpack(packed, count);
        if (2 * (listCount + 1) <= LIST_CACHE_SIZE) {
            listKeys[i] = packed;
            lists[i] = made;
            listCount++;
        }
        return made;
    }

    private static ReceiverList unpack(long packed, int count) {
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = (int) (packed >>> (8 * i) & 0xFF) - 1;
        }
        return ReceiverList.of(ids);
    }

    private void allocateGroups(int capacity) {
        long[] oldGroups = groups;
        ReceiverList[] oldSpilled = spilled;
        int oldMask = mask;
        groups = new long[capacity * STRIDE];
        spilled = new ReceiverList[capacity];
        mask = capacity - 1;
        if (oldGroups == null) {
            return;
        }
        for (long seq = releasedSeq; seq < nextSeq; seq++) {
            int from = (int) (seq & oldMask);
            int to = (int) (seq & mask);
            System.arraycopy(oldGroups, from * STRIDE, groups, to * STRIDE, STRIDE);
            spilled[to] = oldSpilled[from];
        }
    }

    // ---- the table: tags of frame hashes, values group sequence numbers ----

    private static long tag(long h) {
        return (h >>> 32) | 1;
    }

    private void allocateTable(int capacity) {
        long[] old = table;
        table = new long[capacity];
        tableMask = capacity - 1;
        tableShift = 64 - Integer.numberOfTrailingZeros(capacity);
        tableSize = 0;
        if (old != null) {
            for (long e : old) {
                if (e != 0) {
                    insert(e >>> 32, e);
                }
            }
        }
    }

    /** Home slot of a tag: Fibonacci hashing spreads tags that differ in few bits. */
    private int home(long tag) {
        return (int) ((tag * GOLDEN) >>> tableShift);
    }

    /** The table slot of the group with hash {@code h} (tags compared first, then the group's full hash), or -1. */
    private int find(long h) {
        long tag = tag(h);
        for (int i = home(tag); ; i = (i + 1) & tableMask) {
            long e = table[i];
            if (e == 0) {
                return -1;
            }
            if (e >>> 32 == tag && groups[((int) e & mask) * STRIDE + HASH] == h) {
                return i;
            }
        }
    }

    /** Removes the entry of group {@code seq} (hash {@code h}), unless a later group with that hash replaced it. */
    private void forget(long h, long seq) {
        long want = tag(h) << 32 | (seq & 0xFFFF_FFFFL);
        for (int i = home(tag(h)); ; i = (i + 1) & tableMask) {
            long e = table[i];
            if (e == 0) {
                return;
            }
            if (e == want) {
                delete(i);
                return;
            }
        }
    }

    private void insert(long tag, long seq) {
        if (2 * (tableSize + 1) > tableMask + 1) {
            allocateTable((tableMask + 1) * 2);
        }
        int i = home(tag);
        while (table[i] != 0) {
            i = (i + 1) & tableMask;
        }
        table[i] = tag << 32 | (seq & 0xFFFF_FFFFL);
        tableSize++;
    }

    /** Removes the entry at {@code at}, moving later entries of its probe run back so lookups still find them. */
    private void delete(int at) {
        int m = tableMask;
        int hole = at;
        for (int i = (at + 1) & m; table[i] != 0; i = (i + 1) & m) {
            int home = home(table[i] >>> 32);
            // move entry i into the hole if its home is not cyclically within (hole, i]
            if (((i - home) & m) >= ((i - hole) & m)) {
                table[hole] = table[i];
                hole = i;
            }
        }
        table[hole] = 0;
        tableSize--;
    }
}

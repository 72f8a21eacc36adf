package org.deconflict.engine.table;

import java.io.Serializable;

/**
 * The probing shared by the engine's primitive-keyed hash tables: a power-of-two slot count at most half full, linear
 * probing from a Fibonacci-hashed home slot, growth by doubling, and backward-shift deletion (no tombstones, so probe
 * runs stay short under churn). Subclasses own the slot arrays and their lookups, which differ in how a slot is compared
 * with a key (a key array, the stored object's own key, a pair of keys); they tell this class only whether a slot is
 * occupied, where its entry's home is, and how to move an entry.
 */
public abstract class OpenTable implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final long PHI = 0x9E3779B97F4A7C15L;  // 2^64 / golden ratio: Fibonacci hashing (Knuth, TAOCP vol. 3 §6.4)

    /** Slot count − 1; the slot count is a power of two. */
    private int mask;
    private int size;

    /** Sizes the table for {@code expected} entries at most half full; the subclass then allocates {@link #capacity()} slots. */
    protected OpenTable(int expected) {
        mask = (Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1) - 1;
    }

    /** Number of entries. */
    public final int size() {
        return size;
    }

    /** Number of slots (a power of two). */
    protected final int capacity() {
        return mask + 1;
    }

    /** The home slot of a key. */
    protected final int home(long key) {
        long h = key * PHI;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The home slot of an ordered pair of keys. */
    protected final int home(long first, long second) {
        return home(first * PHI + second);
    }

    /** The slot probed after {@code slot}. */
    protected final int next(int slot) {
        return (slot + 1) & mask;
    }

    /** The first free slot probing from {@code home}. */
    protected final int freeSlot(int home) {
        int i = home;
        while (occupied(i)) {
            i = next(i);
        }
        return i;
    }

    /**
     * Counts an entry the subclass has just stored in a free slot, growing the table when it becomes more than half
     * full; returns true when it grew (slots found before are then stale).
     */
    protected final boolean added() {
        if (++size * 2 <= capacity()) {
            return false;
        }
        mask = mask * 2 + 1;
        rehash(capacity());
        return true;
    }

    /** Empties an occupied slot and shifts back the entries of its probe run that may move into the hole. */
    protected final void removeAt(int slot) {
        int hole = slot;
        clear(hole);
        for (int i = next(hole); occupied(i); i = next(i)) {
            int home = homeOf(i);
            // The entry may fill the hole when its home slot does not lie cyclically in (hole, i].
            boolean movable = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
            if (movable) {
                move(i, hole);
                hole = i;
            }
        }
        size--;
    }

    /** Whether a slot holds an entry. */
    protected abstract boolean occupied(int slot);

    /** The home slot of the entry in an occupied slot. */
    protected abstract int homeOf(int slot);

    /** Empties a slot. */
    protected abstract void clear(int slot);

    /** Moves the entry in slot {@code from} to the free slot {@code to} and empties {@code from}. */
    protected abstract void move(int from, int to);

    /**
     * Replaces the slot arrays by {@code capacity} empty slots and re-stores every entry at {@link #freeSlot} of its
     * {@link #home}; the size is unchanged.
     */
    protected abstract void rehash(int capacity);
}

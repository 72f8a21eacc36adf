package org.deconflict.engine.ingest;

import java.util.Arrays;

/**
 * The receivers that heard one observation, in arrival order (immutable). Several receivers appear when the same frame
 * bytes arrived from N receivers within the duplicate-suppression window.
 */
public final class ReceiverList {

    private static final ReceiverList[] SINGLES = new ReceiverList[256];

    static {
        for (int i = 0; i < SINGLES.length; i++) {
            SINGLES[i] = new ReceiverList(new int[] {i});
        }
    }

    private final int[] ids;

    private ReceiverList(int[] ids) {
        this.ids = ids;
    }

    /** One receiver (shared instances for ids 0..255, so the common case does not allocate). */
    public static ReceiverList of(int receiverId) {
        return receiverId >= 0 && receiverId < SINGLES.length ? SINGLES[receiverId] : new ReceiverList(new int[] {receiverId});
    }

    /** Several receivers; duplicates are dropped, order kept. */
    public static ReceiverList of(int... receiverIds) {
        if (receiverIds.length == 0) {
            throw new IllegalArgumentException("at least one receiver");
        }
        if (receiverIds.length == 1) {
            return of(receiverIds[0]);
        }
        int[] out = new int[receiverIds.length];
        int n = 0;
        outer:
        for (int id : receiverIds) {
            for (int j = 0; j < n; j++) {
                if (out[j] == id) {
                    continue outer;
                }
            }
            out[n++] = id;
        }
        return n == 1 ? of(out[0]) : new ReceiverList(Arrays.copyOf(out, n));
    }

    /** A new list with {@code receiverId} appended (this one if already present). */
    public ReceiverList with(int receiverId) {
        if (contains(receiverId)) {
            return this;
        }
        int[] out = Arrays.copyOf(ids, ids.length + 1);
        out[ids.length] = receiverId;
        return new ReceiverList(out);
    }

    public int size() {
        return ids.length;
    }

    public int get(int index) {
        return ids[index];
    }

    /** The receiver whose copy arrived first. */
    public int first() {
        return ids[0];
    }

    public boolean contains(int receiverId) {
        for (int id : ids) {
            if (id == receiverId) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceiverList r && Arrays.equals(ids, r.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return Arrays.toString(ids);
    }
}

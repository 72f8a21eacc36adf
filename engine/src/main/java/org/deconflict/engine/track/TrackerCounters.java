package org.deconflict.engine.track;

import java.util.EnumMap;
import java.util.Map;

/** Counts of what the tracker did: accepted observations, rejections by reason, track lifecycle. Not thread-safe. */
public final class TrackerCounters {

    private final long[] rejected = new long[RejectReason.values().length];
    long accepted;
    long positionsAccepted;
    long relocations;
    long tracksCreated;
    long tracksExpired;
    long silences;

    void reject(RejectReason reason) {
        rejected[reason.ordinal()]++;
    }

    /** Rejections counted for one reason. */
    public long rejected(RejectReason reason) {
        return rejected[reason.ordinal()];
    }

    /** All rejections. */
    public long rejectedTotal() {
        long t = 0;
        for (long r : rejected) {
            t += r;
        }
        return t;
    }

    /** Rejections by reason (a copy, every reason present). */
    public Map<RejectReason, Long> rejections() {
        Map<RejectReason, Long> m = new EnumMap<>(RejectReason.class);
        for (RejectReason r : RejectReason.values()) {
            m.put(r, rejected[r.ordinal()]);
        }
        return m;
    }

    /** Observations that updated a track (fully or partly). */
    public long accepted() {
        return accepted;
    }

    /** Positions accepted into tracks. */
    public long positionsAccepted() {
        return positionsAccepted;
    }

    /** Tracks moved to a new place after several mutually consistent positions contradicted the old one. */
    public long relocations() {
        return relocations;
    }

    public long tracksCreated() {
        return tracksCreated;
    }

    public long tracksExpired() {
        return tracksExpired;
    }

    /** Silence notifications emitted (no update while the predicted position stayed inside coverage). */
    public long silences() {
        return silences;
    }

    @Override
    public String toString() {
        return "accepted=" + accepted + " positions=" + positionsAccepted + " relocations=" + relocations
                + " created=" + tracksCreated + " expired=" + tracksExpired + " silences=" + silences
                + " rejected=" + rejections();
    }
}

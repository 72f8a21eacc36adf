package org.deconflict.modes.framing;

/** Counters shared by the streaming parsers: frames delivered and rejects by reason. */
public class FramingStats {
    private final long[] rejects = new long[FramingReject.values().length];
    private long frames;
    private long modeAc;

    void reject(FramingReject r) {
        rejects[r.ordinal()]++;
    }

    void frameDelivered() {
        frames++;
    }

    void modeAcDelivered() {
        modeAc++;
    }

    /** Frames handed to the sink (Mode S). */
    public long frames() {
        return frames;
    }

    /** Mode A/C replies seen. */
    public long modeAcFrames() {
        return modeAc;
    }

    public long rejectCount(FramingReject r) {
        return rejects[r.ordinal()];
    }
}

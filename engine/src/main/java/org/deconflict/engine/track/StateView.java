package org.deconflict.engine.track;

import org.deconflict.engine.ingest.TargetKey;

/**
 * A reused {@link TrackView} of a live {@link TrackState} at one update: the values {@link TrackState#snapshot} would
 * copy, read on demand, so handing an update to a listener that does not keep it allocates nothing.
 */
final class StateView implements TrackView {

    private TrackState s;
    private long timeNanos;
    private int receiverId;
    private long adsbFreshNanos;

    /** Points the view at {@code state} after an update at {@code timeNanos} from {@code receiverId}. */
    StateView of(TrackState state, long timeNanos, int receiverId, long adsbFreshNanos) {
        this.s = state;
        this.timeNanos = timeNanos;
        this.receiverId = receiverId;
        this.adsbFreshNanos = adsbFreshNanos;
        return this;
    }

    @Override
    public TargetKey key() {
        return s.key;
    }

    @Override
    public long keyValue() {
        return s.keyValue;
    }

    @Override
    public Object attachment() {
        return s.attachment;
    }

    @Override
    public void attach(Object attachment) {
        s.attachment = attachment;
    }

    @Override
    public long timeNanos() {
        return timeNanos;
    }

    @Override
    public double latDeg() {
        return s.latDeg;
    }

    @Override
    public double lonDeg() {
        return s.lonDeg;
    }

    @Override
    public double altitudeFt() {
        return s.snapshotAltitudeFt();
    }

    @Override
    public double groundSpeedKt() {
        return s.groundSpeedKt;
    }

    @Override
    public double trackDeg() {
        return s.trackDeg;
    }

    @Override
    public double verticalRateFpm() {
        return s.snapshotVerticalRateFpm();
    }

    @Override
    public boolean onGround() {
        return s.onGround;
    }

    @Override
    public String callsignOrName() {
        return s.callsignOrName();
    }

    @Override
    public String nation() {
        return s.nation;
    }

    @Override
    public boolean military() {
        return s.military;
    }

    @Override
    public int category() {
        return s.category;
    }

    @Override
    public TransponderMode transponder() {
        return s.transponder(timeNanos, adsbFreshNanos);
    }

    @Override
    public int nacp() {
        return s.nacp;
    }

    @Override
    public int nic() {
        return s.nic;
    }

    @Override
    public int receiverId() {
        return receiverId;
    }
}

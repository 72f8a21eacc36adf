package org.deconflict.engine.track;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.deconflict.engine.detect.TrackListener;
import org.deconflict.engine.ingest.Observation;
import org.deconflict.engine.ingest.PositionObservation;
import org.deconflict.engine.ingest.TargetKey;

/**
 * One track per target, updated from observations in event time. After every accepted update the listener receives a
 * {@link TrackView} of the track (a reused view: {@link TrackListener#onUpdate(TrackView)} builds the
 * {@link TrackSnapshot} of listeners that take one); {@link #advanceTo(long)} drives silence (nothing heard while the dead-reckoned position is
 * still inside learned coverage) and expiry. Single-threaded; no wall clock.
 */
public final class Tracker {

    private final TrackUpdater updater;
    private final TrackListener listener;
    private final TrackTable tracks = new TrackTable(1024);
    /** Handed to the listener on every update (it builds a snapshot only if it keeps one). */
    private final StateView view = new StateView();
    private long lastScanNanos = Long.MIN_VALUE;
    private long nowNanos = Long.MIN_VALUE;
    /** Sum of what {@link #acceptAll}'s warm-up passes read, kept so the reads are not optimised away. */
    private long warmed;

    /**
     * Observations {@link #acceptAll} warms ahead of applying them: enough independent cache misses to keep the
     * processor's outstanding-miss slots busy, few enough that what they bring in is still cached when used.
     */
    private static final int WARM_AHEAD = 16;
    /** The track states of the positions in the group being warmed (scratch of {@link #warm}). */
    private final TrackState[] positions = new TrackState[WARM_AHEAD];

    /** Tracker with its own counters and coverage model (cells need 3 positions to count as covered). */
    public Tracker(TrackerConfig config, ReceiverRegistry receivers, TrackListener listener) {
        this(new TrackUpdater(config, receivers, new CoverageModel(receivers, 3), TargetIdentifier.standard(),
                new TrackerCounters()), listener);
    }

    public Tracker(TrackUpdater updater, TrackListener listener) {
        this.updater = updater;
        this.listener = listener;
    }

    /**
     * Applies an observation: creates the track if needed, checks plausibility, updates, and notifies the listener.
     * Also advances event time to the observation's time. Returns true when the track accepted it.
     */
    public boolean accept(Observation o) {
        long key = o.target().value();
        int slot = tracks.find(key);
        TrackState s = slot < 0 ? null : tracks.at(slot);
        boolean fresh = s == null;
        if (fresh) {
            if (!updater.canStartTrack(o)) {
                return false;
            }
            s = updater.create(o.target(), o.timeNanos());
        }
        boolean ok = updater.apply(s, o) == TrackUpdater.Outcome.UPDATED;
        if (ok) {
            if (fresh) {
                slot = tracks.add(s);           // a track whose first observation was refused never exists
                updater.counters().tracksCreated++;
            } else {
                tracks.heard(slot, s.lastSeenNanos);
            }
            listener.onUpdate(view.of(s, o.timeNanos(), o.receiverId(), updater.config().aircraftSilenceNanos()));
        }
        if (o.timeNanos() > nowNanos) {
            advanceTo(o.timeNanos());
        }
        return ok;
    }

    /**
     * Applies {@code batch[from..to)} in order, exactly as {@link #accept} one by one would (same listener calls, same
     * results), but first reads, for the next {@value #WARM_AHEAD} at a time, each one's table slot, a field on every
     * cache line of its track's state, and through {@link TrackListener#warm} the listener's record attached to it;
     * then, for the positions among them, the slot their trail appends to and what the listener reaches from that
     * record ({@link TrackListener#warmPartners}). Those reads are independent of each other, so their cache misses
     * overlap, where applied one by one each observation's misses come in series (group prefetching). Returns how many
     * were accepted.
     */
    public int acceptAll(Observation[] batch, int from, int to) {
        int accepted = 0;
        for (int g = from; g < to; g += WARM_AHEAD) {
            int end = Math.min(to, g + WARM_AHEAD);
            if (end - g > 1) {
                warm(batch, g, end);        // a group of one has nothing to overlap its misses with
            }
            for (int i = g; i < end; i++) {
                if (accept(batch[i])) {
                    accepted++;
                }
            }
        }
        return accepted;
    }

    private void warm(Observation[] batch, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            TrackState s = tracks.get(batch[i].target().value());
            if (s != null) {
                sum += s.warm() + listener.warm(s.attachment);
            }
            positions[i - from] = s != null && batch[i] instanceof PositionObservation ? s : null;
        }
        // then, for the positions, what their states lead to, now that the states are arriving: the trail's next
        // slot, and what the listener reaches from its record (the partners of the detectors' track)
        for (int i = 0; i < to - from; i++) {
            TrackState s = positions[i];
            if (s != null) {
                sum += (s.trail == null ? 0 : s.trail.warm()) + listener.warmPartners(s.attachment);
                positions[i] = null;
            }
        }
        warmed += sum;
    }

    /** True when {@link #advanceTo} at {@code timeNanos} would examine the tracks (the silence and expiry scan). */
    public boolean scanDue(long timeNanos) {
        return lastScanNanos == Long.MIN_VALUE || timeNanos - lastScanNanos >= updater.config().scanIntervalNanos();
    }

    /**
     * Moves event time forward: emits onSilent once per quiet spell for targets predicted inside coverage, and
     * onExpired (dropping the track) for targets quiet longer than the expiry time. Examines tracks at most once per
     * configured scan interval.
     */
    public void advanceTo(long timeNanos) {
        nowNanos = Math.max(nowNanos, timeNanos);
        TrackerConfig c = updater.config();
        if (lastScanNanos != Long.MIN_VALUE && timeNanos - lastScanNanos < c.scanIntervalNanos()) {
            return;
        }
        lastScanNanos = timeNanos;
        long leastQuiet = Math.min(Math.min(c.silenceNanos(true), c.silenceNanos(false)),
                Math.min(c.expiryNanos(true), c.expiryNanos(false)));
        if (timeNanos - tracks.heardFloor() <= leastQuiet) {
            return;                             // every track heard recently: the scan below would pass them all
        }
        List<TargetKey> expired = null;
        tracks.restartHeardFloor();             // lowered below by every track the scan keeps
        for (int i = 0, n = tracks.slots(); i < n; i++) {
            TrackState s = tracks.at(i);
            if (s == null) {
                continue;
            }
            long heardNanos = tracks.heardAt(i);
            if (timeNanos - heardNanos <= leastQuiet) {
                tracks.lowerHeardFloor(heardNanos);
                continue;                       // heard recently: neither silent nor expired (no need to open it)
            }
            long quiet = timeNanos - s.lastSeenNanos;
            if (quiet > c.expiryNanos(s.ship)) {
                updater.counters().tracksExpired++;
                if (expired == null) {
                    expired = new ArrayList<>();
                }
                expired.add(s.key);
                continue;
            }
            tracks.lowerHeardFloor(heardNanos);
            if (!s.silentNotified && quiet > c.silenceNanos(s.ship) && s.hasPosition()) {
                double lat = s.predictLatDeg(timeNanos, c.maxPredictNanos());
                double lon = s.predictLonDeg(timeNanos, c.maxPredictNanos());
                if (updater.coverage().coveredByAny(lat, lon, s.altitudeFt())) {
                    s.silentNotified = true;
                    updater.counters().silences++;
                    listener.onSilent(s.key, s.lastSeenNanos, timeNanos);
                }
            }
        }
        if (expired != null) {
            for (TargetKey k : expired) {
                tracks.remove(k.value());
            }
            for (TargetKey k : expired) {
                listener.onExpired(k, timeNanos);
            }
        }
    }

    /** The track of a target, or null. */
    public TrackState get(TargetKey key) {
        return tracks.get(key.value());
    }

    /** Live tracks (read-only view). */
    public Collection<TrackState> tracks() {
        return tracks.view();
    }

    public int size() {
        return tracks.size();
    }

    public TrackerCounters counters() {
        return updater.counters();
    }

    public CoverageModel coverage() {
        return updater.coverage();
    }

    public TrackerConfig config() {
        return updater.config();
    }
}

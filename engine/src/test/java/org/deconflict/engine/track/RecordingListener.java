package org.deconflict.engine.track;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.engine.detect.TrackListener;
import org.deconflict.engine.ingest.TargetKey;

/** Test listener that keeps everything the tracker said. */
public final class RecordingListener implements TrackListener {

    public final List<TrackSnapshot> updates = new ArrayList<>();
    public final List<String> silences = new ArrayList<>();
    public final List<String> expiries = new ArrayList<>();

    @Override
    public void onUpdate(TrackSnapshot s) {
        updates.add(s);
    }

    @Override
    public void onSilent(TargetKey key, long lastSeenNanos, long nowNanos) {
        silences.add(key + "@" + nowNanos / 1_000_000_000L);
    }

    @Override
    public void onExpired(TargetKey key, long nowNanos) {
        expiries.add(key + "@" + nowNanos / 1_000_000_000L);
    }

    public TrackSnapshot last() {
        return updates.get(updates.size() - 1);
    }
}

package org.deconflict.app.pipeline;

import java.util.HashMap;
import java.util.Map;

import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;

/**
 * Remembers who each target is (callsign or ship name, nation, military) from track updates, so events can name their
 * targets even after the track has expired. Engine thread only. A label is rebuilt only when the identity changes.
 */
public final class TargetNames implements PipelineListener {

    private final Map<TargetKey, Entry> names = new HashMap<>();

    private record Entry(String name, String nation, boolean military, String label) {
    }

    @Override
    public void onTrack(TrackSnapshot s) {
        Entry e = names.get(s.key());
        if (e == null || !same(e.name, s.callsignOrName()) || !same(e.nation, s.nation()) || e.military != s.military()) {
            names.put(s.key(), new Entry(s.callsignOrName(), s.nation(), s.military(),
                    label(s.key(), s.callsignOrName(), s.nation(), s.military())));
        }
    }

    /** {@code icao:1510ab "RFF7512" RU military}, or the key alone when nothing is known. */
    public String describe(TargetKey key) {
        Entry e = names.get(key);
        return e == null ? key.toString() : e.label;
    }

    /** The last known callsign or ship name, or null. */
    public String name(TargetKey key) {
        Entry e = names.get(key);
        return e == null ? null : e.name;
    }

    public int size() {
        return names.size();
    }

    private static String label(TargetKey key, String name, String nation, boolean military) {
        StringBuilder sb = new StringBuilder(key.toString());
        if (name != null && !name.isBlank()) {
            sb.append(" \"").append(name).append('"');
        }
        if (nation != null) {
            sb.append(' ').append(nation);
        }
        if (military) {
            sb.append(" military");
        }
        return sb.toString();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}

package org.deconflict.app.pipeline;

import java.util.HashMap;
import java.util.Map;

import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackView;

/**
 * Remembers who each target is (callsign or ship name, nation, military) from track updates, so events can name their
 * targets even after the track has expired. Engine thread only. A label is built only when asked for, and again only
 * after the identity changed.
 */
public final class TargetNames implements PipelineListener {

    private final Map<TargetKey, Entry> names = new HashMap<>();

    /** A target's last known identity; its label is made on first use. */
    private static final class Entry {
        String name;
        String nation;
        boolean military;
        String label;
    }

    @Override
    public void onTrack(TrackView s) {
        Entry e = names.get(s.key());
        if (e == null) {
            e = new Entry();
            names.put(s.key(), e);
        } else if (same(e.name, s.callsignOrName()) && same(e.nation, s.nation()) && e.military == s.military()) {
            return;
        }
        e.name = s.callsignOrName();
        e.nation = s.nation();
        e.military = s.military();
        e.label = null;
    }

    /** {@code icao:1510ab "RFF7512" RU military}, or the key alone when nothing is known. */
    public String describe(TargetKey key) {
        Entry e = names.get(key);
        if (e == null) {
            return key.toString();
        }
        if (e.label == null) {
            e.label = label(key, e.name, e.nation, e.military);
        }
        return e.label;
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

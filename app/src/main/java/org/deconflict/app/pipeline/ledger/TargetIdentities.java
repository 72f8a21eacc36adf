package org.deconflict.app.pipeline.ledger;

import java.util.HashMap;
import java.util.Map;

import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackView;
import org.deconflict.ledger.Incident;

/**
 * Who each live target is (call sign or ship name, nation, military), kept from track updates so an incident can name
 * its participants in the ledger. Engine thread only. A target is forgotten when its track expires: the detectors see
 * the expiry first, so an encounter closed by it is filed before the name goes.
 */
final class TargetIdentities {

    private final Map<TargetKey, Who> known = new HashMap<>();

    private record Who(String name, String nation, boolean military) {
    }

    void onTrack(TrackView s) {
        Who w = known.get(s.key());
        if (w == null || !same(w.name, s.callsignOrName()) || !same(w.nation, s.nation()) || w.military != s.military()) {
            known.put(s.key(), new Who(s.callsignOrName(), s.nation(), s.military()));
        }
    }

    void onExpired(TargetKey key) {
        known.remove(key);
    }

    /**
     * The ledger participant for {@code key}: target id as {@link TargetKey#toString()}, identity (null unknown or
     * blank), nation (ISO 3166-1 alpha-2, null unknown) and kind {@code aircraft}, {@code ship} or {@code radar-track},
     * prefixed {@code military-} when the tracker identified the target as military.
     */
    Incident.Participant participant(TargetKey key) {
        Who w = known.get(key);
        String kind = switch (key.kind()) {
            case AIRCRAFT -> "aircraft";
            case SHIP -> "ship";
            case RADAR -> "radar-track";
        };
        if (w == null) {
            return new Incident.Participant(key.toString(), null, null, kind);
        }
        String name = w.name == null || w.name.isBlank() ? null : w.name;
        return new Incident.Participant(key.toString(), name, w.nation, w.military ? "military-" + kind : kind);
    }

    int size() {
        return known.size();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}

package org.deconflict.app.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.deconflict.app.store.EventRow;
import org.deconflict.app.store.FlightRow;
import org.deconflict.app.store.IncidentRow;
import org.deconflict.app.store.LatLon;
import org.deconflict.app.store.PositionDownsampler;
import org.deconflict.app.store.PositionRow;
import org.deconflict.app.store.Severity;
import org.deconflict.app.store.StoreWriter;
import org.deconflict.app.store.TargetKind;
import org.deconflict.app.store.TargetRow;
import org.deconflict.engine.event.ClosestApproach;
import org.deconflict.engine.event.DarkGap;
import org.deconflict.engine.event.EncounterClosed;
import org.deconflict.engine.event.EncounterOpened;
import org.deconflict.engine.event.EncounterUpdated;
import org.deconflict.engine.event.EngineEvent;
import org.deconflict.engine.event.GnssInterference;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.event.ModeSOnly;
import org.deconflict.engine.event.SpoofingSuspicion;
import org.deconflict.engine.event.TrackPoint;
import org.deconflict.engine.event.TransponderCompliance;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.Trail;
import org.deconflict.engine.track.TrackView;
import org.deconflict.engine.track.TransponderMode;

/**
 * Maps what the engine produces onto store rows: targets (re-written at most once a minute per target, and when their
 * identity changes), positions (the writer down-samples them), every event, incidents with their geometry, and one
 * flight per expired track with its transponder compliance. Engine thread only; the writer commits on its own thread.
 */
public final class StoreSink implements PipelineListener {

    private static final long TARGET_REWRITE_MS = 60_000;
    private static final long EVIDENCE_BEFORE_MS = 120_000;

    private final StoreWriter writer;
    private final Function<TargetKey, Trail> trails;
    private final Map<TargetKey, Seen> seen = new HashMap<>();

    /** Stored names of the transponder modes, by ordinal. */
    private static final String[] TRANSPONDER_NAMES = new String[TransponderMode.values().length];

    static {
        for (TransponderMode m : TransponderMode.values()) {
            TRANSPONDER_NAMES[m.ordinal()] = m.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Per target: its key as stored, when it was first seen and what was last written. */
    private static final class Seen {
        final String keyText;
        final long firstMs;
        long writtenMs;
        boolean positionKept;
        long positionKeptMs;
        String name;
        String nation;
        boolean military;

        Seen(String keyText, long firstMs) {
            this.keyText = keyText;
            this.firstMs = firstMs;
        }
    }

    /** {@code trails} gives the tracker's trail of a live target (null once it has expired). */
    public StoreSink(StoreWriter writer, Function<TargetKey, Trail> trails) {
        this.writer = writer;
        this.trails = trails;
    }

    @Override
    public void onTrack(TrackView s) {
        long ms = s.timeNanos() / 1_000_000L;
        Seen seenBefore = seen.get(s.key());
        Seen st = seenBefore != null ? seenBefore : new Seen(s.key().toString(), ms);
        if (seenBefore == null) {
            seen.put(s.key(), st);
        }
        boolean changed = seenBefore == null || !eq(st.name, s.callsignOrName()) || !eq(st.nation, s.nation())
                || st.military != s.military();
        if (changed || ms - st.writtenMs >= TARGET_REWRITE_MS) {
            st.writtenMs = ms;
            st.name = s.callsignOrName();
            st.nation = s.nation();
            st.military = s.military();
            writer.add(targetRow(s, st.keyText, st.firstMs, ms));
        }
        if (s.hasPosition() && keepPosition(st, ms)) {
            writer.add(new PositionRow(st.keyText, ms, s.latDeg(), s.lonDeg(),
                    s.key().kind() == TargetKey.Kind.SHIP ? null : s.altitudeFt(), s.groundSpeedKt(), s.trackDeg(),
                    TRANSPONDER_NAMES[s.transponder().ordinal()]));
        }
    }

    /** The writer's down-sampling, applied here first so the many positions it would drop are never made into rows. */
    private boolean keepPosition(Seen st, long ms) {
        if (st.positionKept && !PositionDownsampler.keeps(st.positionKeptMs, ms, writer.positionIntervalMs())) {
            writer.positionDropped();
            return false;
        }
        st.positionKept = true;
        st.positionKeptMs = ms;
        return true;
    }

    @Override
    public void onExpired(TargetKey key, long timeNanos) {
        Seen st = seen.remove(key);
        writer.forgetTarget(st != null ? st.keyText : key.toString());
    }

    @Override
    public void onEvent(EngineEvent e) {
        writer.add(eventRow(e));
        if (e instanceof Incident i) {
            writer.add(incidentRow(i));
        } else if (e instanceof TransponderCompliance c) {
            writer.add(new FlightRow(flightId(c.key(), c.startNanos()), c.key().toString(), c.startNanos() / 1_000_000L,
                    c.endNanos() / 1_000_000L, null, c.nation(), c.military(), c.adsbSeconds(), c.modeSOnlySeconds(),
                    c.silentSeconds()));
        }
    }

    @Override
    public void onFinish() {
        writer.flush();
    }

    /** The flight id of a track: its key and start time, stable across runs. */
    public static String flightId(TargetKey key, long startNanos) {
        return key + "@" + startNanos / 1_000_000L;
    }

    private static TargetRow targetRow(TrackView s, String keyText, long firstMs, long lastMs) {
        boolean ship = s.key().kind() == TargetKey.Kind.SHIP;
        return new TargetRow(keyText, ship ? TargetKind.SHIP : TargetKind.AIRCRAFT, s.callsignOrName(),
                s.nation(), s.military(), s.military() ? "identified" : null, category(s.category(), ship), firstMs, lastMs);
    }

    /** ADS-B emitter category as "A3" (stored as 0xA3 by the tracker) or the AIS ship type number. */
    private static String category(int category, boolean ship) {
        if (category == 0) {
            return null;
        }
        return ship ? Integer.toString(category) : Integer.toHexString(category).toUpperCase(java.util.Locale.ROOT);
    }

    private static EventRow eventRow(EngineEvent e) {
        List<String> keys = new ArrayList<>(2);
        String id;
        String severity = null;
        long t = e.timeNanos();
        if (e instanceof Incident i) {
            i.participants().forEach(k -> keys.add(k.toString()));
            id = "incident:" + i.id();
            severity = i.severity().name();
        } else if (e instanceof EncounterOpened o) {
            addPair(keys, o.encounter().a(), o.encounter().b());
            id = "open:" + o.encounter().id();
            severity = o.encounter().severity().name();
        } else if (e instanceof EncounterUpdated u) {
            addPair(keys, u.encounter().a(), u.encounter().b());
            id = "update:" + u.encounter().id() + "@" + t;
            severity = u.encounter().severity().name();
        } else if (e instanceof EncounterClosed c) {
            addPair(keys, c.encounter().a(), c.encounter().b());
            id = "close:" + c.encounter().id();
            severity = c.encounter().severity().name();
        } else if (e instanceof DarkGap g) {
            keys.add(g.key().toString());
            id = "dark:" + g.key() + "@" + t;
        } else if (e instanceof ModeSOnly m) {
            keys.add(m.key().toString());
            id = "modes-only:" + m.key() + "@" + m.firstHeardNanos();
        } else if (e instanceof TransponderCompliance c) {
            keys.add(c.key().toString());
            id = "compliance:" + flightId(c.key(), c.startNanos());
        } else if (e instanceof SpoofingSuspicion s) {
            keys.add(s.key().toString());
            id = "spoof:" + s.key() + ":" + s.reason() + "@" + t;
        } else if (e instanceof GnssInterference g) {
            g.affected().forEach(k -> keys.add(k.toString()));
            id = "gnss:" + g.phase() + ":" + g.centerLatDeg() + "," + g.centerLonDeg() + "@" + g.startNanos();
        } else {
            throw new IllegalArgumentException("unmapped event " + e.kind());
        }
        return new EventRow(id, e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                t / 1_000_000L, keys, severity, EventJson.toJson(e));
    }

    private static void addPair(List<String> keys, TargetKey a, TargetKey b) {
        keys.add(a.toString());
        keys.add(b.toString());
    }

    private IncidentRow incidentRow(Incident i) {
        ClosestApproach c = i.closest();
        List<IncidentRow.Participant> ps = new ArrayList<>(i.participants().size());
        for (TargetKey k : i.participants()) {
            TrackPoint p = c == null ? null : (k.equals(c.a().key()) ? c.a() : c.b());
            LatLon at = p == null ? null : new LatLon(p.latDeg(), p.lonDeg());
            List<LatLon> track = evidence(k, i.startNanos() / 1_000_000L - EVIDENCE_BEFORE_MS, i.endNanos() / 1_000_000L);
            if (at == null) {
                at = track.isEmpty() ? null : track.get(track.size() - 1);
            }
            if (at == null) {
                continue;
            }
            Double alt = p == null || Double.isNaN(p.altitudeFt()) || k.kind() == TargetKey.Kind.SHIP ? null : p.altitudeFt();
            ps.add(new IncidentRow.Participant(k.toString(), at, alt, track.size() == 1 ? List.of() : track));
        }
        return new IncidentRow(i.id(), i.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                Severity.valueOf(i.severity().name()), i.startNanos() / 1_000_000L, i.endNanos() / 1_000_000L, ps,
                finite(i.minHorizontalM()), finite(i.minVerticalFt()), c == null ? null : c.timeNanos() / 1_000_000L,
                EventJson.toJson(i));
    }

    /** The target's trail points within [fromMs, toMs], oldest first. */
    private List<LatLon> evidence(TargetKey k, long fromMs, long toMs) {
        Trail t = trails.apply(k);
        List<LatLon> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        for (int j = 0; j < t.size(); j++) {
            long ms = t.timeNanos(j) / 1_000_000L;
            if (ms >= fromMs && ms <= toMs && !Double.isNaN(t.latDeg(j))) {
                out.add(new LatLon(t.latDeg(j), t.lonDeg(j)));
            }
        }
        return out;
    }

    private static Double finite(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.abs(v);
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}

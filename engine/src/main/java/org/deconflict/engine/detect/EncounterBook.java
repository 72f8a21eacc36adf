package org.deconflict.engine.detect;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.deconflict.engine.event.EncounterClosed;
import org.deconflict.engine.event.EncounterFlag;
import org.deconflict.engine.event.EncounterOpened;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.EncounterUpdated;
import org.deconflict.engine.event.Encounter;
import org.deconflict.engine.event.Incident;
import org.deconflict.engine.ingest.TargetKey;

/**
 * Lifecycle of every pair encounter: opened when a detector's condition first holds, updated at new closest points
 * that matter ({@link DetectionConfig#updateSlantShare}), closed once the condition has been false for
 * {@code closeDelayS} (or a participant is lost), and filed as an {@link Incident} when it closes at or above the
 * incident severity or with a simulated attack profile.
 */
final class EncounterBook implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Result of {@link #observe}. */
    enum Outcome { NONE, OPENED, UPDATED, CONTINUED, CLOSED }

    /** One encounter slot: type and the two keys in ascending order. */
    record PairKey(int type, long lo, long hi) implements Comparable<PairKey>, Serializable {
        /** Written out: the record's generated equals and hashCode dispatch through ObjectMethods on a hot path. */
        @Override
        public boolean equals(Object o) {
            return o instanceof PairKey k && k.lo == lo && k.hi == hi && k.type == type;
        }

        @Override
        public int hashCode() {
            long h = (lo * 0x9E3779B97F4A7C15L + hi) * 0x9E3779B97F4A7C15L + type;
            return (int) (h ^ (h >>> 32));
        }

        @Override
        public int compareTo(PairKey o) {
            int c = Integer.compare(type, o.type);
            if (c == 0) {
                c = Long.compare(lo, o.lo);
            }
            return c != 0 ? c : Long.compare(hi, o.hi);
        }
    }

    private final DetectionConfig config;
    private final TrackMap tracks;
    private final TreeMap<PairKey, OpenEncounter> open = new TreeMap<>();
    private final long closeDelayNanos;
    /**
     * No open encounter goes stale before this time, ns: the least stale-close time the last {@link #sweep} walk
     * found, lowered by every evaluation since. Most sweeps (one per second) then skip the walk.
     */
    long staleFloorNanos = Long.MIN_VALUE;
    private transient Emitter emitter;

    EncounterBook(DetectionConfig config, TrackMap tracks) {
        this.config = config;
        this.tracks = tracks;
        this.closeDelayNanos = seconds(config.closeDelayS());
    }

    void attach(Emitter emitter) {
        this.emitter = emitter;
    }

    int openCount() {
        return open.size();
    }

    /** True when no open encounter goes stale before {@link #staleFloorNanos}, which lets a sweep skip its walk. */
    boolean staleFloorHolds() {
        return open.values().stream().allMatch(e -> staleFloorNanos <= staleCloseAt(e));
    }

    boolean isOpen(EncounterType type, Track a, Track b) {
        OpenPair p = a.pairWith(b.key);
        return p != null && p.get(type) != null;
    }

    /**
     * Feeds one evaluation of a pair (either order). {@code active} says whether the type's condition holds now; the
     * sample carries the geometry at {@code s.tNanos}.
     */
    Outcome observe(Track a, Track b, boolean active, Sample s) {
        OpenPair pair = a.pairWith(b.key);
        OpenEncounter e = pair == null ? null : pair.get(s.type);
        if (e == null && !active) {
            return Outcome.NONE;
        }
        Track lo = a.key < b.key ? a : b;
        Track hi = lo == a ? b : a;
        if (e == null) {
            e = new OpenEncounter(s, lo.key, hi.key, emitter.ownerOf(lo.latAt(s.tNanos), lo.lonAt(s.tNanos)));
            e.merge(s, lo, hi);
            lowerStaleFloor(e);
            open.put(new PairKey(s.type.ordinal(), lo.key, hi.key), e);
            if (pair == null) {
                pair = new OpenPair(lo.key, hi.key);
                lo.addPair(pair);
                hi.addPair(pair);
            }
            pair.put(s.type, e);
            emitter.emit(new EncounterOpened(s.tNanos, e.report(config)), e.ownerCell);
            return Outcome.OPENED;
        }
        if (active) {
            boolean closer = e.merge(s, lo, hi);
            lowerStaleFloor(e);
            if (closer && e.worthReporting(config)) {
                emitter.emit(new EncounterUpdated(s.tNanos, e.report(config)), e.ownerCell);
                return Outcome.UPDATED;
            }
            return Outcome.CONTINUED;
        }
        e.lastEvaluatedNanos = s.tNanos;
        if (s.tNanos - e.lastNanos >= closeDelayNanos) {
            close(new PairKey(s.type.ordinal(), lo.key, hi.key), e, s.tNanos);
            return Outcome.CLOSED;
        }
        lowerStaleFloor(e);
        return Outcome.CONTINUED;
    }

    /**
     * Keeps {@link #staleFloorNanos} below the encounter's stale-close time, which an evaluation moves (back, too,
     * when updates come slightly out of time order).
     */
    private void lowerStaleFloor(OpenEncounter e) {
        staleFloorNanos = Math.min(staleFloorNanos, staleCloseAt(e));
    }

    /**
     * Closes encounters no longer evaluated: a participant stopped updating or left the pair search. The close time
     * is deterministic — the later of (last active + close delay) and (last evaluation + the domain's staleness) — so
     * every partition closes it at the same event time.
     */
    void sweep(long nowNanos) {
        if (nowNanos < staleFloorNanos) {
            return;                             // none is stale yet: no need to walk them all
        }
        List<Map.Entry<PairKey, OpenEncounter>> due = new ArrayList<>();
        long floor = Long.MAX_VALUE;
        for (Map.Entry<PairKey, OpenEncounter> en : open.entrySet()) {
            OpenEncounter e = en.getValue();
            long closeAt = staleCloseAt(e);
            if (nowNanos >= closeAt) {
                due.add(en);
            } else {
                floor = Math.min(floor, closeAt);
            }
        }
        staleFloorNanos = floor;
        for (Map.Entry<PairKey, OpenEncounter> en : due) {
            OpenEncounter e = en.getValue();
            e.flags |= 1 << EncounterFlag.TRACK_LOST.ordinal();
            close(en.getKey(), e, staleCloseAt(e));
        }
    }

    /**
     * Closes every encounter of a target that went silent or expired, at {@code nowNanos}, in the open map's order.
     * Every open encounter is on both its tracks' pair lists, so the target's own list finds them: the cost is what the
     * target has open, not what the whole state has (a walk of the map, per silence or expiry); a key without a
     * track has none open.
     */
    void closeAllOf(long key, long nowNanos) {
        Track t = tracks.get(key);
        if (t == null || t.partnerCount() == 0) {
            return;
        }
        List<Map.Entry<PairKey, OpenEncounter>> due = new ArrayList<>();
        for (int p = 0; p < t.partnerCount(); p++) {
            OpenPair pair = t.pairAt(p);
            for (EncounterType type : EncounterType.values()) {
                OpenEncounter e = pair.get(type);
                if (e != null) {
                    due.add(Map.entry(new PairKey(type.ordinal(), pair.lo, pair.hi), e));
                }
            }
        }
        due.sort(Map.Entry.comparingByKey());
        for (Map.Entry<PairKey, OpenEncounter> en : due) {
            OpenEncounter e = en.getValue();
            e.flags |= 1 << EncounterFlag.TRACK_LOST.ordinal();
            close(en.getKey(), e, Math.max(nowNanos, e.lastNanos));
        }
    }

    /** Closes every open encounter at the end of the input (no flag: nothing was lost, the data simply ended). */
    void closeAll(long nowNanos) {
        for (Map.Entry<PairKey, OpenEncounter> en : new ArrayList<>(open.entrySet())) {
            close(en.getKey(), en.getValue(), Math.max(nowNanos, en.getValue().lastNanos));
        }
    }

    /**
     * The filing policy of {@link DetectionConfig}: an incident is a violation that happened — loss of separation, NMAC,
     * ships within close quarters (by severity), low passes (by severity, attack profile, or a military aircraft over a
     * warship), unless every participant belongs to one nation's forces ({@link EncounterFlag#OWN_FORCES}, filed only with
     * {@code fileOwnForces}). Predictions and advisories (predicted conflict, TCAS TA/RA, ship CPA alarm) are warnings: their
     * encounter events are reported, and the violation that follows them, if any, is the incident.
     */
    private boolean isIncident(Encounter view) {
        if (!config.fileOwnForces() && view.flags().contains(EncounterFlag.OWN_FORCES)) {
            return false;
        }
        return switch (view.type()) {
            case LOSS_OF_SEPARATION, NMAC, SHIP_CLOSE_QUARTERS -> view.severity().atLeast(config.incidentSeverity());
            case LOW_PASS -> {
                DetectionConfig.AirSea a = config.airSea();
                yield view.severity().atLeast(a.incidentSeverity())
                        || view.flags().contains(EncounterFlag.SIMULATED_ATTACK_PROFILE)
                        || (a.fileMilitaryOverWarship() && view.flags().contains(EncounterFlag.OVER_WARSHIP)
                                && view.flags().contains(EncounterFlag.MILITARY_INVOLVED));
            }
            case PREDICTED_CONFLICT, TCAS_TA, TCAS_RA, SHIP_CPA -> false;
        };
    }

    /**
     * An incident goes into a ledger every party must answer, so a separation violation — loss of separation, ships in
     * close quarters — is filed only when the evidence is corroborated: each participant's own position reports placed
     * the pair inside the limit at least twice (the other's dead reckoning, up to the domain's extrapolation limit old,
     * does not count). A lone stray or corrupted position, or two ships heard once each in a busy harbour, stays a
     * warning (its encounter events are still reported). A real
     * violation lasts minutes while both sides report every few seconds (ADS-B airborne position 2 Hz, ICAO Doc 9871;
     * AIS class A under way every 2-10 s, ITU-R M.1371-5 Annex 1 Table 1), much as STCA confirms an alert over several
     * cycles before raising it (EUROCONTROL Specification for STCA, alert confirmation). NMAC and low passes are over
     * within seconds and one side may report rarely (a ship at anchor every 3 min), so they are filed on one sample.
     */
    private static boolean corroborated(OpenEncounter e) {
        return switch (e.type) {
            case LOSS_OF_SEPARATION, SHIP_CLOSE_QUARTERS -> e.reportedInsideTwiceByBoth();
            default -> true;
        };
    }

    private long staleCloseAt(OpenEncounter e) {
        double staleS = e.type.domain() == EncounterType.Domain.SEA_SEA
                ? config.seaSea().maxExtrapolationS() : config.airAir().maxExtrapolationS();
        return Math.max(e.lastNanos + closeDelayNanos, e.lastEvaluatedNanos + seconds(staleS));
    }

    private void close(PairKey k, OpenEncounter e, long tNanos) {
        open.remove(k);
        release(e);
        Encounter view = e.toEncounter(config);
        emitter.emit(new EncounterClosed(tNanos, view), e.ownerCell);
        if (isIncident(view) && corroborated(e)) {
            emitter.emit(new Incident(incidentId(view), tNanos, view.type(), view.startNanos(), view.lastNanos(),
                    List.of(view.a(), view.b()), view.minHorizontalM(), view.minVerticalFt(), view.closest(),
                    view.severity(), view.breaches(), view.flags(), view.id()), e.ownerCell);
        }
    }

    /** Empties the encounter's slot in its pair; the last one closed unlinks the pair from both tracks. */
    private void release(OpenEncounter e) {
        Track lo = tracks.get(e.lo);
        Track hi = tracks.get(e.hi);
        OpenPair pair = lo != null ? lo.pairWith(e.hi) : hi != null ? hi.pairWith(e.lo) : null;
        if (pair != null && pair.clear(e.type)) {
            if (lo != null) {
                lo.removePair(pair);
            }
            if (hi != null) {
                hi.removePair(pair);
            }
        }
    }

    /** First 16 bytes of SHA-256("type|lowKey|highKey|startNanos"), hex. */
    static String incidentId(Encounter e) {
        return incidentId(e.type(), e.a(), e.b(), e.startNanos());
    }

    static String incidentId(EncounterType type, TargetKey a, TargetKey b, long startNanos) {
        TargetKey lo = a.compareTo(b) <= 0 ? a : b;
        TargetKey hi = lo == a ? b : a;
        String text = type.name() + "|" + lo + "|" + hi + "|" + startNanos;
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    static long seconds(double s) {
        return Math.round(s * 1e9);
    }
}

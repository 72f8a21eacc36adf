package org.deconflict.engine.detect;

import java.io.Serializable;

import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.TrackPoint;
import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackView;
import org.deconflict.engine.track.TransponderMode;

/**
 * The detectors' mutable copy of one target: latest kinematics in local metric form, grid membership and the small
 * per-target state of the single-target detectors. Plain fields, no references to shared objects, so a partition's
 * state serialises as a whole.
 */
final class Track extends TrackHead {

    private static final long serialVersionUID = 2L;
    static final long NO_CELL = Long.MIN_VALUE;

    /** Aircraft (or radar) rather than ship: decides grid and detectors. */
    final boolean aircraft;

    long firstNanos;
    long timeNanos;
    boolean hasPosition;
    // The last fix, velocity, metric scale, grid slot and scan mark: in TrackHead (see there)
    double groundSpeedKt = Double.NaN;
    double trackDeg = Double.NaN;
    double verticalRateFpm = Double.NaN;
    boolean velocityKnown;

    /** The grid cell holding this track (its domain's grid), or {@link #NO_CELL}. */
    long cellId = NO_CELL;

    boolean onGround;
    boolean military;
    /** ADS-B emitter category (0xA0..0xD7) or AIS ship type (0..255), as {@link TrackView#category}. */
    short category;
    TransponderMode transponder;
    /** NACp (a 4-bit field of the operational status message, DO-260B §2.2.3.2.7.2) and NIC (0..11), −1 unknown. */
    byte nacp;
    byte nic;
    int receiverId;
    String nation;
    String callsign;

    // Neighbour list (NeighbourScan): the straight-line reference motion fixed at the last rebuild, and the
    // partners found then that may pass the pair screen before the next rebuild. A null list means no valid list
    // (new, off the grid, or deserialised): the next scan rebuilds it.
    long refNanos;
    double refLatDeg;
    double refLonDeg;
    float refVEastMps;
    float refVNorthMps;
    float refAltitudeFt;
    float refVUpFtps;
    /** The reference is the track's first in the grid: it lasts a key-dependent fraction of the horizon. */
    boolean refFirst;
    /** Whole m/s under which the reference speed is counted in the grid's {@code refSpeeds}, or −1 (not counted). */
    int refSpeedBucket = -1;
    transient Track[] near;
    transient int nearCount;
    /**
     * The list's first partner ({@code near[0]}), or null when it has none: most lists hold one, so the pair search
     * reads it here, without a dependent load of the array.
     */
    transient Track near0;
    /** Pairs with open encounters (few: linear scans); lets the pair loops skip pairs with nothing open. */
    private OpenPair[] pairs = NO_PAIRS;
    private int pairCount;
    private static final OpenPair[] NO_PAIRS = new OpenPair[0];

    // Dark flight and compliance
    double adsbSeconds;
    double modeSOnlySeconds;
    double silentSeconds;
    long modeSOnlySinceNanos = -1;
    boolean modeSOnlyReported;
    /** Set while a gap is pending: the fix before it, waiting for the first position after it. */
    LastFix gapBefore;
    long gapHeardAgainNanos;

    // Integrity
    /** Kinematic window: start (time, position), last integration step (time, velocity m/s), integrated metres. */
    long anchorNanos = -1;
    double anchorLat;
    double anchorLon;
    long kinematicStepNanos;
    double stepVEast;
    double stepVNorth;
    double expectEastM;
    double expectNorthM;
    boolean kinematicReported;
    /** The fix before the last implausible jump (duplicate-address test); null until the first jump (rare: kept apart). */
    Fix beforeJump;
    boolean duplicateReported;
    boolean rangeReported;
    boolean goodIntegritySeen;
    boolean collapsed;
    long integrityNanos = -1;
    long gnssCellId = NO_CELL;

    /** A position at a time: ns, degrees. */
    record Fix(long positionNanos, double latDeg, double lonDeg) implements Serializable {
    }

    Track(long key, boolean aircraft, long firstNanos) {
        super(key);
        this.aircraft = aircraft;
        this.firstNanos = firstNanos;
    }

    /** Number of distinct partners with open encounters. */
    int partnerCount() {
        return pairCount;
    }

    /** The open encounters shared with the {@code i}-th partner ({@code i < partnerCount()}). */
    OpenPair pairAt(int i) {
        return pairs[i];
    }

    /** The {@code i}-th partner key ({@code i < partnerCount()}). */
    long partnerAt(int i) {
        return pairs[i].other(key);
    }

    /** True when an encounter of this type is open with any partner. */
    boolean hasOpen(EncounterType type) {
        for (int i = 0; i < pairCount; i++) {
            if (pairs[i].get(type) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when an encounter with {@code partner} is open. */
    boolean hasOpenWith(long partner) {
        return pairWith(partner) != null;
    }

    /** The open encounters shared with {@code partner}, or null when none is open. */
    OpenPair pairWith(long partner) {
        for (int i = 0; i < pairCount; i++) {
            if (pairs[i].other(key) == partner) {
                return pairs[i];
            }
        }
        return null;
    }

    void addPair(OpenPair p) {
        if (pairCount == pairs.length) {
            pairs = java.util.Arrays.copyOf(pairs, Math.max(4, pairCount * 2));
        }
        pairs[pairCount++] = p;
    }

    void removePair(OpenPair p) {
        for (int i = 0; i < pairCount; i++) {
            if (pairs[i] == p) {
                pairs[i] = pairs[--pairCount];
                pairs[pairCount] = null;
                return;
            }
        }
    }

    /** Aircraft and radar tracks share the air domain; ships the sea domain. */
    static boolean isAircraft(TargetKey key) {
        return key.kind() != TargetKey.Kind.SHIP;
    }

    /**
     * True when the snapshot brings a new position: the first one, a moved one, or any AIS report or radar track
     * update (both always carry a position). An aircraft's update that carries its previous position (a velocity or
     * Mode S reply after a silence) is not a new fix, whatever its transponder mode.
     */
    boolean freshPosition(TrackView s) {
        return s.hasPosition() && (!hasPosition || s.latDeg() != latDeg || s.lonDeg() != lonDeg
                || s.transponder() == TransponderMode.AIS
                || (s.transponder() == TransponderMode.NONE && s.key().kind() == TargetKey.Kind.RADAR));
    }

    /** Copies a snapshot in; the position time moves only with a {@link #freshPosition fresh position}. */
    void apply(TrackView s) {
        timeNanos = s.timeNanos();
        if (s.hasPosition()) {
            if (freshPosition(s)) {
                positionNanos = s.timeNanos();
            }
            if (!hasPosition || s.latDeg() != latDeg) {         // CellScheme's two scales, one sine and root
                double phi = Math.toRadians(s.latDeg());
                double w = CellScheme.radiusTerm(Math.sin(phi));
                double rootW = Math.sqrt(w);
                mPerDegLat = CellScheme.metresPerDegLat(w, rootW);
                mPerDegLon = CellScheme.metresPerDegLon(phi, rootW);
            }
            hasPosition = true;
            latDeg = s.latDeg();
            lonDeg = Geo.normalize180(s.lonDeg());
        }
        altitudeFt = aircraft ? s.altitudeFt() : (Double.isNaN(s.altitudeFt()) ? 0 : s.altitudeFt());
        boolean sameVelocity = sameVelocity(s);
        groundSpeedKt = s.groundSpeedKt();
        trackDeg = s.trackDeg();
        verticalRateFpm = s.verticalRateFpm();
        velocityKnown = !Double.isNaN(groundSpeedKt) && !Double.isNaN(trackDeg);
        if (velocityKnown) {
            if (!sameVelocity) {
                vEastMps = eastMps(groundSpeedKt, trackDeg);
                vNorthMps = northMps(groundSpeedKt, trackDeg);
            }
        } else {
            vEastMps = 0;
            vNorthMps = 0;
        }
        vUpFtps = Double.isNaN(verticalRateFpm) ? 0 : verticalRateFpm / 60;
        onGround = s.onGround();
        military = s.military();
        category = categoryOf(s.category());
        transponder = s.transponder();
        nacp = qualityOf(s.nacp());
        nic = qualityOf(s.nic());
        receiverId = s.receiverId();
        if (s.nation() != null) {
            nation = s.nation();
        }
        if (s.callsignOrName() != null) {
            callsign = s.callsignOrName();
        }
    }

    /**
     * True when the view reports, bit for bit, the known velocity this track holds, so its components
     * ({@link #vEastMps}, {@link #vNorthMps}) are what {@link #eastMps}/{@link #northMps} would compute again.
     */
    boolean sameVelocity(TrackView s) {
        return velocityKnown
                && Double.doubleToRawLongBits(s.groundSpeedKt()) == Double.doubleToRawLongBits(groundSpeedKt)
                && Double.doubleToRawLongBits(s.trackDeg()) == Double.doubleToRawLongBits(trackDeg);
    }

    /**
     * Reads a field on every cache line the track spans, for a warm-up ahead of an update ({@link Detectors#warm}); the
     * sum means nothing. An update touches all of its ~380 bytes, six or seven lines depending on where the object
     * starts; fields no more than 64 bytes apart in the layout, from the first to the last, cannot skip a line,
     * wherever it starts. HotSpot lays a superclass's fields out first, but orders the rest differently across
     * releases (JDK 17 puts references last, JDK 25 first), so these fields are spaced so in both.
     * {@code WarmLayoutTest} checks the spacing on the running JVM's layout (and names these fields: keep the two
     * lists equal).
     */
    long warm() {
        return cellIndex + Double.doubleToRawLongBits(vNorthMps) + scanMark + Double.doubleToRawLongBits(groundSpeedKt)
                + Double.doubleToRawLongBits(modeSOnlySeconds) + Double.doubleToRawLongBits(stepVEast)
                + Float.floatToRawIntBits(refVUpFtps) + (collapsed ? 1 : 0) + (beforeJump == null ? 0 : 1);
    }

    /** A category as held: 0 (unknown) for a value no category field can carry, rather than a wrapped one. */
    static short categoryOf(int category) {
        return category >= 0 && category <= 0xFF ? (short) category : 0;
    }

    /** NACp or NIC as held: −1 (unknown) for a value outside 0..15, rather than a wrapped one. */
    static byte qualityOf(int quality) {
        return quality >= 0 && quality <= 15 ? (byte) quality : -1;
    }

    /** East component (m/s) of a ground speed (kt) along a true track (degrees). */
    static double eastMps(double groundSpeedKt, double trackDeg) {
        return groundSpeedKt * Geo.MPS_PER_KT * Math.sin(Math.toRadians(trackDeg));
    }

    /** North component (m/s) of a ground speed (kt) along a true track (degrees). */
    static double northMps(double groundSpeedKt, double trackDeg) {
        return groundSpeedKt * Geo.MPS_PER_KT * Math.cos(Math.toRadians(trackDeg));
    }

    /** Seconds from the last position to {@code tNanos}. */
    double ageS(long tNanos) {
        return (tNanos - positionNanos) / 1e9;
    }

    /** Dead-reckoned latitude at {@code tNanos}, degrees. */
    double latAt(long tNanos) {
        return latDeg + vNorthMps * ageS(tNanos) / mPerDegLat;
    }

    /** Dead-reckoned longitude at {@code tNanos}, degrees. */
    double lonAt(long tNanos) {
        return mPerDegLon > 0 ? Geo.normalize180(lonDeg + vEastMps * ageS(tNanos) / mPerDegLon) : lonDeg;
    }

    /** Dead-reckoned altitude at {@code tNanos}, feet. */
    double altitudeAt(long tNanos) {
        return altitudeFt + vUpFtps * ageS(tNanos);
    }

    TargetKey targetKey() {
        return new TargetKey(key);
    }

    /** The state at {@code tNanos} (dead-reckoned when later than the last position). */
    TrackPoint pointAt(long tNanos) {
        boolean extrapolated = tNanos != positionNanos;
        return new TrackPoint(targetKey(), tNanos, extrapolated ? latAt(tNanos) : latDeg,
                extrapolated ? lonAt(tNanos) : lonDeg, extrapolated ? altitudeAt(tNanos) : altitudeFt,
                groundSpeedKt, trackDeg, verticalRateFpm, extrapolated);
    }

    /**
     * Both are military units (aircraft or warships) of the same known nation. ICAO Annex 2 §3.1.8: separation within a
     * formation is its flight leader's responsibility, so such pairs are reported, not filed.
     */
    static boolean ownForces(Track a, Track b) {
        return a.warship() && b.warship() && a.nation != null && a.nation.equals(b.nation);
    }

    /** Warship: military, or AIS ship type 35 "military operations" (ITU-R M.1371-5 Table 53). */
    boolean warship() {
        return military || (!aircraft && category == 35);
    }
}

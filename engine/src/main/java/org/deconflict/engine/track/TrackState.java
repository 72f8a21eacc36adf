package org.deconflict.engine.track;

import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.ingest.Emergency;
import org.deconflict.engine.ingest.PositionSource;
import org.deconflict.engine.ingest.TargetKey;

/**
 * Everything the tracker knows about one target, in primitives (≈ 0.4 KB without the trail): separable per target
 * and serialisable with {@link TrackStateCodec}, so it can live in keyed state (e.g. Flink) as well as in
 * {@link Tracker}. Unknown numbers are NaN (doubles) or -1 (ints); times are event-time nanoseconds, 0 = never.
 * Mutated only by {@link TrackUpdater}.
 */
public final class TrackState extends TrackStateHead {

    long firstSeenNanos;
    // −1 unknown, a byte each: SIL (2 bits) and the ADS-B version number (3 bits) of the operational status message
    // (DO-260B §2.2.3.2.7.2), the capability CA (3 bits) of the DF11/17 header (ICAO Annex 10 Vol IV §3.1.2.5.2.2.1)
    byte sil = -1;
    byte adsbVersion = -1;
    byte capability = -1;
    int squawk = -1;
    Emergency emergency = Emergency.NONE;
    int imo = -1;
    short lengthM = -1;
    short beamM = -1;
    MilitaryReason militaryReason = MilitaryReason.NONE;
    String militaryDetail;
    int positionsRejected;
    boolean duplicateAddress;
    double candLatDeg = Double.NaN;
    double candLonDeg = Double.NaN;
    long candFirstNanos;
    long candLastNanos;

    /** A fresh state for a target (the tracker fills nation/military on creation). */
    public TrackState(TargetKey key) {
        super(key);
    }

    /**
     * Reads a field on every cache line the state spans, for {@link Tracker#acceptAll}'s warm-up; the sum means
     * nothing. An update and the detectors' reads through its view reach all of its ~280 bytes, five lines or six
     * depending on where the object starts; fields no more than 64 bytes apart in the layout, from the first to the
     * last, cannot skip a line. The layout differs across HotSpot releases, so these fields are spaced so in the
     * layouts of JDK 17 and JDK 25. {@code WarmLayoutTest} checks the spacing on the running JVM's layout (and names
     * these fields: keep the two lists equal).
     */
    long warm() {
        return lastReceiverId + lastAltitudeNanos + Double.doubleToRawLongBits(headingDeg) + (nation == null ? 0 : 1)
                + beamM + (duplicateAddress ? 1 : 0) + (militaryDetail == null ? 0 : 1);
    }

    /** Builds the immutable snapshot handed to listeners; transponder mode judged at {@code timeNanos}. */
    public TrackSnapshot snapshot(long timeNanos, int receiverId, long adsbFreshNanos) {
        return new TrackSnapshot(key, timeNanos, latDeg, lonDeg, snapshotAltitudeFt(), groundSpeedKt, trackDeg,
                snapshotVerticalRateFpm(), onGround, callsignOrName(), nation, military, category,
                transponder(timeNanos, adsbFreshNanos), nacp, nic, receiverId);
    }

    /** Altitude as listeners see it: 0 for a ship (unless an airborne AIS station), else {@link #altitudeFt()}. */
    double snapshotAltitudeFt() {
        return ship && !airborneAis ? 0 : altitudeFt();
    }

    /** Vertical rate as listeners see it: 0 for a ship (unless an airborne AIS station). */
    double snapshotVerticalRateFpm() {
        return ship && !airborneAis ? 0 : verticalRateFpm;
    }

    /** How the target is heard at {@code nowNanos}: AIS for ships, ADS-B while ADS-B positions are fresh. */
    public TransponderMode transponder(long nowNanos, long adsbFreshNanos) {
        if (ship) {
            return TransponderMode.AIS;
        }
        if (lastAdsbPositionNanos != 0 && nowNanos - lastAdsbPositionNanos <= adsbFreshNanos) {
            return TransponderMode.ADSB;
        }
        return lastModeSNanos != 0 ? TransponderMode.MODE_S_ONLY : TransponderMode.NONE;
    }

    /** Latitude dead-reckoned to {@code timeNanos} along the last track and ground speed (capped at maxNanos). */
    public double predictLatDeg(long timeNanos, long maxNanos) {
        double d = predictDistanceM(timeNanos, maxNanos);
        return d == 0 ? latDeg : Geo.destinationLatDeg(latDeg, lonDeg, trackDeg, d);
    }

    /** Longitude dead-reckoned like {@link #predictLatDeg}. */
    public double predictLonDeg(long timeNanos, long maxNanos) {
        double d = predictDistanceM(timeNanos, maxNanos);
        return d == 0 ? lonDeg : Geo.destinationLonDeg(latDeg, lonDeg, trackDeg, d);
    }

    private double predictDistanceM(long timeNanos, long maxNanos) {
        if (Double.isNaN(groundSpeedKt) || Double.isNaN(trackDeg) || lastPositionNanos == 0) {
            return 0;
        }
        long dt = Math.min(Math.max(0, timeNanos - lastPositionNanos), maxNanos);
        return groundSpeedKt * Geo.MPS_PER_KT * dt / 1e9;
    }

    /** True when no position arrived for longer than the coast time at {@code nowNanos}. */
    public boolean coasting(long nowNanos, TrackerConfig config) {
        return lastPositionNanos != 0 && nowNanos - lastPositionNanos > config.coastNanos(ship);
    }

    /** Pressure altitude if known, else geometric, else NaN. */
    public double altitudeFt() {
        return Double.isNaN(baroAltitudeFt) ? geomAltitudeFt : baroAltitudeFt;
    }

    /** Callsign for aircraft; ship name (falling back to the call sign) for ships. */
    public String callsignOrName() {
        return ship && name != null ? name : callsign;
    }

    public TargetKey key() { return key; }
    public boolean hasPosition() { return lastPositionNanos != 0; }
    public long firstSeenNanos() { return firstSeenNanos; }
    public long lastSeenNanos() { return lastSeenNanos; }
    public long lastPositionNanos() { return lastPositionNanos; }
    public double latDeg() { return latDeg; }
    public double lonDeg() { return lonDeg; }
    public double baroAltitudeFt() { return baroAltitudeFt; }
    public double geomAltitudeFt() { return geomAltitudeFt; }
    public double groundSpeedKt() { return groundSpeedKt; }
    public double trackDeg() { return trackDeg; }
    public double verticalRateFpm() { return verticalRateFpm; }
    public double headingDeg() { return headingDeg; }
    public boolean onGround() { return onGround; }
    public PositionSource positionSource() { return positionSource; }
    public int lastReceiverId() { return lastReceiverId; }
    public int nic() { return nic; }
    public int nacp() { return nacp; }
    public int sil() { return sil; }
    public int adsbVersion() { return adsbVersion; }
    public int category() { return category; }
    /** Mode A code as four octal digits read as decimal (7700), -1 unknown. */
    public int squawk() { return squawk; }
    public Emergency emergency() { return emergency; }
    public String callsign() { return callsign; }
    public String name() { return name; }
    public int imo() { return imo; }
    public int lengthM() { return lengthM; }
    public int beamM() { return beamM; }
    public String nation() { return nation; }
    public boolean military() { return military; }
    public MilitaryReason militaryReason() { return militaryReason; }
    public String militaryDetail() { return militaryDetail; }
    public Identification identification() {
        return new Identification(nation, military, militaryReason, militaryDetail);
    }
    /** Exponentially averaged message rate in messages per second. */
    public double messageRateHz() { return messageRateHz; }
    public long messageCount() { return messageCount; }
    public int positionsRejected() { return positionsRejected; }
    /** True once two consistent position streams were seen for this key far apart. */
    public boolean duplicateAddress() { return duplicateAddress; }
    /** Recent accepted positions (null until the first position). */
    public Trail trail() { return trail; }
}

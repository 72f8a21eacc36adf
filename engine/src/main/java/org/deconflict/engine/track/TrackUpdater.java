package org.deconflict.engine.track;

import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.ingest.CapabilityObservation;
import org.deconflict.engine.ingest.Channel;
import org.deconflict.engine.ingest.Emergency;
import org.deconflict.engine.ingest.IdentityObservation;
import org.deconflict.engine.ingest.Observation;
import org.deconflict.engine.ingest.PositionObservation;
import org.deconflict.engine.ingest.PositionSource;
import org.deconflict.engine.ingest.ReceiverList;
import org.deconflict.engine.ingest.ReplyObservation;
import org.deconflict.engine.ingest.StatusObservation;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.ingest.VelocityObservation;

/**
 * Applies one observation to one {@link TrackState}: plausibility checks (speed, radio horizon, duplicate address,
 * altitude), then the update. Holds no per-target state itself, so the same logic serves the in-process
 * {@link Tracker} and keyed operators elsewhere. Counts every rejection by reason. Not thread-safe.
 */
public final class TrackUpdater {

    /** Outcome of {@link #apply}. */
    public enum Outcome {
        /** The track changed; listeners should see a snapshot. */
        UPDATED,
        /** The observation was refused (reason counted). */
        REJECTED
    }

    private final TrackerConfig config;
    private final ReceiverRegistry receivers;
    private final CoverageModel coverage;
    private final TargetIdentifier identifier;
    private final TrackerCounters counters;
    /** What one message adds to the message-rate estimate, Hz (1 / rate time constant). */
    private final double rateStepHz;

    public TrackUpdater(TrackerConfig config, ReceiverRegistry receivers, CoverageModel coverage,
                        TargetIdentifier identifier, TrackerCounters counters) {
        this.config = config;
        this.receivers = receivers;
        this.coverage = coverage;
        this.identifier = identifier;
        this.counters = counters;
        this.rateStepHz = 1e9 / config.rateTimeConstantNanos();
    }

    /** A new state for a target, with nation and military status from its address or MMSI (not yet counted). */
    public TrackState create(TargetKey key, long timeNanos) {
        TrackState s = new TrackState(key);
        s.firstSeenNanos = timeNanos;
        if (key.kind() == TargetKey.Kind.AIRCRAFT && key.icaoAssigned()) {
            Identification id = identifier.identifyAddress(key.icaoAddress());
            s.nation = id.nation();
            if (id.military()) {
                markMilitary(s, id.reason(), id.detail());
            }
        } else if (key.kind() == TargetKey.Kind.SHIP) {
            s.nation = identifier.nationOfMmsi(key.mmsiNumber());
            s.airborneAis = key.mmsiNumber() / 1_000_000 == 111;   // 111MIDxxx SAR aircraft, ITU-R M.585-9 Annex 1
        }
        return s;
    }

    /** True when the observation could start a track (a position must at least be valid and within the horizon). */
    public boolean canStartTrack(Observation o) {
        if (o instanceof PositionObservation p) {
            RejectReason r = invalidOrBeyondHorizon(p);
            if (r != null) {
                counters.reject(r);
                return false;
            }
        }
        return true;
    }

    /** Applies the observation to the state. */
    public Outcome apply(TrackState s, Observation o) {
        long t = o.timeNanos();
        if (o.channel() == Channel.MILITARY_ES) {
            markMilitary(s, MilitaryReason.DF19, "heard on DF19 military extended squitter");
        }
        RejectReason reason;
        if (o instanceof PositionObservation p) {
            reason = position(s, p);
        } else if (o instanceof VelocityObservation v) {
            reason = velocity(s, v);
        } else if (o instanceof IdentityObservation i) {
            reason = identity(s, i);
        } else if (o instanceof StatusObservation st) {
            reason = status(s, st);
        } else if (o instanceof ReplyObservation r) {
            reason = reply(s, r);
        } else {
            reason = capability(s, (CapabilityObservation) o);
        }
        if (reason != null) {
            counters.reject(reason);
            if (o instanceof PositionObservation) {
                s.positionsRejected++;
            }
            return Outcome.REJECTED;
        }
        heard(s, t, o.receivers());
        if (o.channel().modeS()) {
            s.lastModeSNanos = Math.max(s.lastModeSNanos, t);
        }
        counters.accepted++;
        return Outcome.UPDATED;
    }

    private void heard(TrackState s, long t, ReceiverList receivers) {
        if (s.messageCount > 0 && t > s.lastSeenNanos) {
            double decay = Math.exp(-(double) (t - s.lastSeenNanos) / config.rateTimeConstantNanos());
            s.messageRateHz = s.messageRateHz * decay + rateStepHz;
        } else if (s.messageCount == 0) {
            s.messageRateHz = rateStepHz;
        } else {
            s.messageRateHz += rateStepHz;
        }
        s.messageCount++;
        s.lastSeenNanos = Math.max(s.lastSeenNanos, t);
        s.lastReceiverId = receivers.first();
        s.silentNotified = false;
    }

    private RejectReason position(TrackState s, PositionObservation p) {
        RejectReason bad = invalidOrBeyondHorizon(p);
        if (bad != null) {
            return bad;
        }
        long t = p.timeNanos();
        if (s.lastPositionNanos != 0 && t < s.lastPositionNanos) {
            return RejectReason.OUT_OF_ORDER;
        }
        if (p.source() == PositionSource.AIS && !Double.isNaN(p.altitudeFt())) {
            s.airborneAis = true;
        }
        boolean relocate = false;
        if (s.lastPositionNanos != 0) {
            double allowedM = allowedM(s, p, t - s.lastPositionNanos);
            if (Geo.distanceUpperBoundM(s.latDeg, s.lonDeg, p.latDeg(), p.lonDeg()) > allowedM       // cheap first
                    && Geo.distanceM(s.latDeg, s.lonDeg, p.latDeg(), p.lonDeg()) > allowedM) {
                RejectReason r = contradicting(s, p);
                if (r != null) {
                    return r;
                }
                relocate = true;
            } else if (s.candCount > 0 && t - s.candLastNanos > config.candidateTimeoutNanos()) {
                s.candCount = 0;
            }
        }
        if (relocate) {
            counters.relocations++;
            if (s.trail != null) {
                s.trail.clear();
            }
            s.candCount = 0;
        }
        s.latDeg = p.latDeg();
        s.lonDeg = p.lonDeg();
        s.lastPositionNanos = t;
        s.positionSource = p.source();
        if (p.source().adsb()) {
            s.lastAdsbPositionNanos = t;
            s.onGround = p.onGround();
        }
        if (p.nic() >= 0) {
            s.nic = p.nic();
        }
        if (p.nacp() >= 0) {
            s.nacp = p.nacp();
        }
        if (!Double.isNaN(p.altitudeFt())) {
            RejectReason altBad = altitude(s, p.altitudeFt(), p.geometric(), t);
            if (altBad != null) {
                counters.reject(altBad);
            }
        }
        if (s.trail == null) {
            s.trail = new Trail(config.trailCapacity());
        }
        if (s.trail.size() == 0 || t - s.trail.lastTimeNanos() >= config.trailMinIntervalNanos()) {
            s.trail.add(t, s.latDeg, s.lonDeg, s.altitudeFt());
        }
        ReceiverList rl = p.receivers();
        for (int i = 0; i < rl.size(); i++) {
            coverage.learn(rl.get(i), s.latDeg, s.lonDeg, s.altitudeFt());
        }
        counters.positionsAccepted++;
        return null;
    }

    /**
     * A position too far from the track: either the start/continuation of a second consistent stream (after
     * {@code relocateAfter} fixes with no good fix in between the track moves: returns null), a duplicate address
     * (both streams alive), or an implausible jump.
     */
    private RejectReason contradicting(TrackState s, PositionObservation p) {
        long t = p.timeNanos();
        boolean continues = s.candCount > 0 && t >= s.candLastNanos
                && t - s.candLastNanos <= config.candidateTimeoutNanos()
                && Geo.distanceM(s.candLatDeg, s.candLonDeg, p.latDeg(), p.lonDeg()) <= allowedM(s, p, t - s.candLastNanos);
        if (!continues) {
            s.candCount = 1;
            s.candFirstNanos = t;
            s.candLastNanos = t;
            s.candLatDeg = p.latDeg();
            s.candLonDeg = p.lonDeg();
            return RejectReason.IMPLAUSIBLE_SPEED;
        }
        s.candCount++;
        s.candLastNanos = t;
        s.candLatDeg = p.latDeg();
        s.candLonDeg = p.lonDeg();
        if (s.lastPositionNanos > s.candFirstNanos) {
            s.duplicateAddress = true;          // the old track kept getting good fixes while the second stream ran
            return RejectReason.DUPLICATE_ADDRESS;
        }
        return s.candCount >= config.relocateAfter() ? null : RejectReason.IMPLAUSIBLE_SPEED;
    }

    private double allowedM(TrackState s, PositionObservation p, long dtNanos) {
        double maxKt;
        if (s.ship && !s.airborneAis) {
            maxKt = config.maxShipSpeedKt();
        } else if (p.onGround() && s.onGround) {
            maxKt = config.maxSurfaceSpeedKt();
        } else {
            maxKt = config.maxAirborneSpeedKt();
        }
        return maxKt * Geo.MPS_PER_KT * Math.max(0, dtNanos) / 1e9 + config.positionSlackM();
    }

    private RejectReason invalidOrBeyondHorizon(PositionObservation p) {
        double lat = p.latDeg(), lon = p.lonDeg();
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) || (lat == 0 && lon == 0)) {
            return RejectReason.INVALID_POSITION;
        }
        ReceiverList rl = p.receivers();
        for (int i = 0; i < rl.size(); i++) {
            ReceiverSite site = receivers.find(rl.get(i));
            if (site == null || !site.horizonBound()) {
                continue;
            }
            boolean ais = p.channel() == Channel.AIS;
            double targetM = ais ? config.assumedShipAntennaM()
                    : Double.isNaN(p.altitudeFt()) ? config.assumedAircraftHeightM() : p.altitudeFt() * Geo.M_PER_FT;
            if (ais && !Double.isNaN(p.altitudeFt())) {
                targetM = p.altitudeFt() * Geo.M_PER_FT;   // AIS SAR aircraft report altitude
            }
            double limitM = Geo.radioHorizonM(site.antennaHeightM(), targetM)
                    * (ais ? config.horizonFactorShip() : config.horizonFactorAir()) + config.positionSlackM();
            if (Geo.distanceUpperBoundM(site.latDeg(), site.lonDeg(), lat, lon) > limitM      // cheap first
                    && Geo.distanceM(site.latDeg(), site.lonDeg(), lat, lon) > limitM) {
                return RejectReason.BEYOND_HORIZON;
            }
        }
        return null;
    }

    /** Applies an altitude with range and rate checks; returns the reason when it is dropped. */
    private RejectReason altitude(TrackState s, double altFt, boolean geometric, long t) {
        if (altFt < config.minAltitudeFt() || altFt > config.maxAltitudeFt()) {
            return RejectReason.IMPLAUSIBLE_ALTITUDE;
        }
        double prev = geometric ? s.geomAltitudeFt : s.baroAltitudeFt;
        if (!Double.isNaN(prev) && s.lastAltitudeNanos != 0 && t >= s.lastAltitudeNanos) {
            double dtMin = (t - s.lastAltitudeNanos) / 60e9;
            if (Math.abs(altFt - prev) > config.maxVerticalRateFpm() * dtMin + config.altitudeSlackFt()) {
                return RejectReason.ALTITUDE_JUMP;
            }
        }
        if (geometric) {
            s.geomAltitudeFt = altFt;
        } else {
            s.baroAltitudeFt = altFt;
        }
        s.lastAltitudeNanos = Math.max(s.lastAltitudeNanos, t);
        return null;
    }

    private RejectReason velocity(TrackState s, VelocityObservation v) {
        double limit = s.ship && !s.airborneAis ? config.maxShipSpeedKt() : config.maxAirborneSpeedKt();
        if (!Double.isNaN(v.groundSpeedKt()) && (v.groundSpeedKt() < 0 || v.groundSpeedKt() > limit)) {
            return RejectReason.IMPLAUSIBLE_VELOCITY;
        }
        if (v.timeNanos() < s.lastVelocityNanos) {
            return RejectReason.OUT_OF_ORDER;
        }
        s.lastVelocityNanos = v.timeNanos();
        if (!Double.isNaN(v.groundSpeedKt())) {
            s.groundSpeedKt = v.groundSpeedKt();
        }
        if (!Double.isNaN(v.trackDeg())) {
            s.trackDeg = v.trackDeg();
        }
        if (!Double.isNaN(v.verticalRateFpm())) {
            s.verticalRateFpm = v.verticalRateFpm();
        }
        if (!Double.isNaN(v.headingDeg())) {
            s.headingDeg = v.headingDeg();
        }
        return null;
    }

    private RejectReason identity(TrackState s, IdentityObservation i) {
        if (i.callsign() != null && !i.callsign().isEmpty()) {
            s.callsign = i.callsign();
            String evidence = s.ship ? null : identifier.militaryCallsign(i.callsign());
            if (evidence != null) {
                markMilitary(s, MilitaryReason.CALLSIGN, evidence);
                if (s.nation == null) {
                    s.nation = identifier.callsignNation(i.callsign());
                }
            }
        }
        if (i.name() != null && !i.name().isEmpty()) {
            s.name = i.name();
            String evidence = identifier.militaryShipName(i.name());
            if (evidence != null) {
                markMilitary(s, MilitaryReason.AIS_NAME, evidence);
            }
        }
        if (i.category() > 0) {
            s.category = i.category();
            String evidence = s.ship ? identifier.militaryShipType(i.category()) : null;
            if (evidence != null) {
                markMilitary(s, MilitaryReason.AIS_SHIP_TYPE, evidence);
            }
        }
        if (i.imo() > 0) {
            s.imo = i.imo();
        }
        if (i.toBowM() >= 0 && i.toSternM() >= 0 && i.toBowM() + i.toSternM() > 0) {
            s.lengthM = (short) Math.min(Short.MAX_VALUE, i.toBowM() + i.toSternM());
        }
        if (i.toPortM() >= 0 && i.toStarboardM() >= 0 && i.toPortM() + i.toStarboardM() > 0) {
            s.beamM = (short) Math.min(Short.MAX_VALUE, i.toPortM() + i.toStarboardM());
        }
        return null;
    }

    private RejectReason status(TrackState s, StatusObservation st) {
        if (st.squawk() >= 0) {
            s.squawk = st.squawk();
        }
        Emergency e = st.emergency();
        s.emergency = e != Emergency.NONE ? e : Emergency.ofSquawk(s.squawk);
        return null;
    }

    private RejectReason reply(TrackState s, ReplyObservation r) {
        if (!Double.isNaN(r.altitudeFt())) {
            RejectReason bad = altitude(s, r.altitudeFt(), false, r.timeNanos());
            if (bad != null) {
                return bad;
            }
        }
        if (r.squawk() >= 0) {
            s.squawk = r.squawk();
            if (s.emergency == Emergency.NONE || Emergency.ofSquawk(r.squawk()) != Emergency.NONE) {
                s.emergency = Emergency.ofSquawk(r.squawk());
            }
        }
        if (r.capability() >= 0) {
            s.capability = (byte) r.capability();
        }
        if (r.onGround() && s.lastAdsbPositionNanos == 0) {
            s.onGround = true;
        }
        return null;
    }

    private RejectReason capability(TrackState s, CapabilityObservation c) {
        if (c.adsbVersion() >= 0) {
            s.adsbVersion = (byte) c.adsbVersion();
        }
        if (c.nacp() >= 0) {
            s.nacp = c.nacp();
        }
        if (c.sil() >= 0) {
            s.sil = (byte) c.sil();
        }
        return null;
    }

    private static void markMilitary(TrackState s, MilitaryReason reason, String detail) {
        if (!s.military) {
            s.military = true;
            s.militaryReason = reason;
            s.militaryDetail = detail;
        }
    }

    public TrackerConfig config() {
        return config;
    }

    public CoverageModel coverage() {
        return coverage;
    }

    public TrackerCounters counters() {
        return counters;
    }
}

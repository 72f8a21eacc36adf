package org.deconflict.sim.emit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.deconflict.ais.AisEncoder;
import org.deconflict.ais.AisMessage;
import org.deconflict.engine.geo.Geo;
import org.deconflict.modes.AltitudeCode;
import org.deconflict.sim.EmissionSink;
import org.deconflict.sim.Protocol;
import org.deconflict.sim.motion.Mover;
import org.deconflict.sim.motion.ShipMover;
import org.deconflict.sim.scenario.IncidentSpec;
import org.deconflict.sim.scenario.RadarSpec;
import org.deconflict.sim.scenario.ReceiverSpec;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.TransponderMode;
import org.deconflict.sim.truth.IncidentMeter;
import org.deconflict.sim.truth.SensorCoverage;
import org.deconflict.sim.truth.TargetProbe;
import org.deconflict.sim.truth.TruthIncident;
import org.deconflict.sim.truth.TruthKind;
import org.deconflict.sim.truth.TruthSink;
import org.deconflict.sim.truth.TruthThresholds;
import org.deconflict.sim.world.SimAircraft;
import org.deconflict.sim.world.SimShip;
import org.deconflict.sim.world.World;

/**
 * The discrete-event core of a run: one queue of streams (each aircraft's squitter kinds and radar replies, each
 * ship's AIS reports, the truth meters), processed in time order; every transmission is encoded once and offered to
 * every receiver, whose receptions pass through a {@link ReceptionBuffer} so they come out in true-time order.
 */
public final class Generator {

    private static final int AC_POS = 0, AC_VEL = 1, AC_IDENT = 2, AC_STATUS = 3, AC_DF11 = 4, AC_RADAR0 = 5;
    private static final int SHIP_POS = 0, SHIP_STATIC = 1;
    /**
     * Frame cache kinds: identification, operational status, DF11, velocity, DF4 and DF5 replies, then DF20 and DF21
     * for each Comm-B register.
     */
    private static final int CACHE_IDENT = 0, CACHE_STATUS = 1, CACHE_DF11 = 2, CACHE_VELOCITY = 3, CACHE_REPLY0 = 4,
            CACHE_COMM_B0 = 6, CACHE_KINDS = CACHE_COMM_B0 + 2 * CommBRegisters.COUNT;
    /** AIS slot length: 2,250 slots per minute per channel (ITU-R M.1371-5 Annex 2 §3.1.1.1). */
    private static final long AIS_SLOT_NANOS = 60_000_000_000L / 2250;
    /** Spacing of the roll-call replies inside one beam dwell, ns (dwell of a 2.4° beam at 4.8 s per turn ≈ 32 ms). */
    private static final long REPLY_SPACING_NANOS = 1_500_000L;
    /** Turn rate above which a ship counts as "changing course" for Table 1 (our choice: 6°/min). */
    private static final double CHANGING_COURSE_DEG_S = 0.1;

    private final Scenario sc;
    private final boolean emit;
    private final long startNanos;
    private final long end;
    private final long truthPeriodNanos;
    private final TruthSink truth;
    private final List<SimAircraft> aircraft;
    private final List<SimShip> ships;
    private final List<RadarSpec> radars;
    private final ReceiverModel[] receivers;
    private final double[][] radarUnit;
    private final double[] radarPhase;
    private final int acStride;
    private final int shipBase;
    private final int meterBase;
    private final int truthId;
    private final List<IncidentMeter> meters = new ArrayList<>();
    private final EventQueue queue = new EventQueue();
    private final ReceptionBuffer pending = new ReceptionBuffer();
    private final SplittableRandom rng;
    private final boolean[] oddNext;
    private final long[] identMb;
    /** Comm-B replies sent so far per aircraft: picks the register of the next one. */
    private final int[] commBReplies;
    private final CommBRegisters commBFields = new CommBRegisters();
    private final FrameCache cache;
    private final int[] squawk;
    private final int[] aisChannel;
    private final ModeSTransmitter modeS = new ModeSTransmitter();
    private final AisTransmitter ais = new AisTransmitter();
    private final AisEncoder[] aisEncoders;
    private final String[] receiverNames;
    private final double[] unit = new double[3];
    /** The Mode S receivers covering the last prepared target position ({@link #prepareTarget}). */
    private final ReceiverModel[] covering;
    private final double[] coveringLoss;
    private final long[] coveringDelayNanos;
    private final int[] coveringSignal;
    private int coveringCount;
    private long framesOut;

    /**
     * @param emit  false for a truth-only run (motion and meters, no frames: much faster)
     * @param truth receives periodic true positions and the incidents; may be null
     */
    public Generator(Scenario sc, World world, long seed, boolean emit, double truthPeriodS, TruthSink truth) {
        this.sc = sc;
        this.emit = emit;
        this.startNanos = sc.startNanos();
        this.end = sc.endNanos();
        this.truthPeriodNanos = Math.round(truthPeriodS * 1e9);
        this.truth = truth;
        this.aircraft = world.aircraft();
        this.ships = world.ships();
        this.radars = sc.radars();
        this.rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.receivers = new ReceiverModel[sc.receivers().size()];
        for (int i = 0; i < receivers.length; i++) {
            ReceiverSpec r = sc.receivers().get(i);
            receivers[i] = new ReceiverModel(r, sc.startNanos(), rng.split());
        }
        this.covering = new ReceiverModel[receivers.length];
        this.coveringLoss = new double[receivers.length];
        this.coveringDelayNanos = new long[receivers.length];
        this.coveringSignal = new int[receivers.length];
        this.radarUnit = new double[radars.size()][3];
        this.radarPhase = new double[radars.size()];
        for (int r = 0; r < radars.size(); r++) {
            ReceiverModel.unit(radars.get(r).lat(), radars.get(r).lon(), radarUnit[r]);
            radarPhase[r] = rng.nextDouble();
        }
        this.acStride = AC_RADAR0 + radars.size();
        this.shipBase = aircraft.size() * acStride;
        this.meterBase = shipBase + ships.size() * 2;
        this.oddNext = new boolean[aircraft.size()];
        this.identMb = new long[aircraft.size()];
        this.commBReplies = new int[aircraft.size()];
        this.cache = new FrameCache(aircraft.size(), CACHE_KINDS);
        this.squawk = aircraft.stream().mapToInt(SimAircraft::squawkDigits).toArray();
        this.aisChannel = new int[ships.size()];
        this.aisEncoders = new AisEncoder[receivers.length];
        this.receiverNames = new String[receivers.length];
        for (int i = 0; i < receivers.length; i++) {
            aisEncoders[i] = new AisEncoder();
            ReceiverSpec r = sc.receivers().get(i);
            receiverNames[i] = r.name() == null ? "rx" + r.id() : r.name();
        }
        buildMeters();
        this.truthId = meterBase + meters.size();
        schedule();
    }

    /** Frames delivered so far (all receivers). */
    public long framesOut() {
        return framesOut;
    }

    private void buildMeters() {
        SensorCoverage coverage = new SensorCoverage(sc.receivers(), sc.radars());
        Map<String, TargetProbe> probes = new HashMap<>();
        for (SimAircraft a : aircraft) {
            probes.put(a.key(), TargetProbe.of(a, coverage));
        }
        for (SimShip s : ships) {
            probes.put(s.key(), TargetProbe.of(s, coverage));
        }
        for (IncidentSpec spec : sc.incidents()) {
            TruthKind kind = TruthKind.valueOf(spec.kind());
            List<String> p = spec.participants();
            if (kind.pairwise()) {
                if (p.size() != 2) {
                    throw new IllegalArgumentException(kind + " needs exactly two participants: " + p);
                }
                meters.add(new IncidentMeter(kind, p, spec.note(), probe(probes, p.get(0)), probe(probes, p.get(1)),
                        TruthThresholds.DEFAULTS));
            } else {
                TargetProbe target = probe(probes, p.get(0));
                if (kind == TruthKind.MODE_S_ONLY && !target.isAircraft()) {
                    throw new IllegalArgumentException(kind + " applies to aircraft only: " + p.get(0));
                }
                meters.add(new IncidentMeter(kind, p, spec.note(), target));
            }
        }
    }

    private static TargetProbe probe(Map<String, TargetProbe> probes, String key) {
        TargetProbe p = probes.get(key);
        if (p == null) {
            throw new IllegalArgumentException("incident participant not in the scenario: " + key);
        }
        return p;
    }

    private void schedule() {
        long start = sc.startNanos();
        if (emit) {
            for (int i = 0; i < aircraft.size(); i++) {
                long t0 = Math.max(start, aircraft.get(i).mover().startNanos());
                int base = i * acStride;
                queue.add(t0 + uniform(0, ReportingIntervals.ES_POSITION_MAX), base + AC_POS);
                queue.add(t0 + uniform(0, ReportingIntervals.ES_VELOCITY_MAX), base + AC_VEL);
                queue.add(t0 + uniform(0, ReportingIntervals.ES_IDENT_MAX), base + AC_IDENT);
                queue.add(t0 + uniform(0, ReportingIntervals.ES_STATUS_MAX), base + AC_STATUS);
                queue.add(t0 + uniform(0, ReportingIntervals.DF11_MAX), base + AC_DF11);
                for (int r = 0; r < radars.size(); r++) {
                    queue.add(t0 + uniform(0, Math.round(radars.get(r).rotationS() * 1e9)), base + AC_RADAR0 + r);
                }
            }
            for (int j = 0; j < ships.size(); j++) {
                long t0 = Math.max(start, ships.get(j).mover().startNanos());
                queue.add(t0 + uniform(0, 10_000_000_000L), shipBase + 2 * j + SHIP_POS);
                queue.add(t0 + uniform(0, ReportingIntervals.AIS_STATIC), shipBase + 2 * j + SHIP_STATIC);
            }
        }
        for (int k = 0; k < meters.size(); k++) {
            queue.add(start, meterBase + k);
        }
        if (truth != null) {
            queue.add(start, truthId);
        }
    }

    /**
     * Processes the next event, delivering every reception that can no longer be preceded by another; false when
     * the scenario is over (all receptions then delivered, incidents handed to the truth sink).
     */
    public boolean next(EmissionSink sink) {
        if (queue.isEmpty() || queue.peekTime() >= end) {
            framesOut += pending.release(Long.MAX_VALUE, sink);
            return false;
        }
        long t = queue.peekTime();
        int id = queue.peekId();
        queue.poll();
        framesOut += pending.release(t, sink);
        long nextT;
        if (id < shipBase) {
            nextT = aircraftEvent(id / acStride, id % acStride, t);
        } else if (id < meterBase) {
            nextT = shipEvent((id - shipBase) / 2, (id - shipBase) % 2, t);
        } else if (id < truthId) {
            nextT = meters.get(id - meterBase).sample(t);
        } else {
            truthPositions(t);
            nextT = t + truthPeriodNanos;
        }
        if (nextT >= 0) {
            queue.add(nextT, id);
        }
        return true;
    }

    /** Runs to the end. */
    public void run(EmissionSink sink) {
        while (next(sink)) {
            // all work happens in next()
        }
        if (truth != null) {
            incidents().forEach(truth::incident);
        }
    }

    /** The designed incidents that actually occurred, measured so far (complete after the run). */
    public List<TruthIncident> incidents() {
        List<TruthIncident> out = new ArrayList<>();
        for (IncidentMeter m : meters) {
            TruthIncident i = m.result();
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }

    /** Handles one aircraft stream; returns the next time of the stream or -1 when the aircraft is gone. */
    private long aircraftEvent(int i, int kind, long t) {
        SimAircraft a = aircraft.get(i);
        Mover m = a.mover();
        if (!m.sample(t)) {
            return m.ended() ? -1 : Math.max(t + 1, m.startNanos());
        }
        TransponderMode mode = a.transponderAt(t);
        boolean adsb = mode == TransponderMode.ADSB;
        switch (kind) {
            case AC_POS -> {
                if (adsb) {
                    byte[] f = modeS.position(a, m.sampleLatDeg(), m.sampleLonDeg(), m.sampleAltFt(), oddNext[i]);
                    oddNext[i] = !oddNext[i];
                    broadcastModeS(t, m, f);
                }
                return t + uniform(ReportingIntervals.ES_POSITION_MIN, ReportingIntervals.ES_POSITION_MAX);
            }
            case AC_VEL -> {
                if (adsb) {
                    long key = ModeSTransmitter.velocityKey(m.speedKt(), m.trackDeg(), m.verticalRateFpm());
                    byte[] f = cache.get(i, CACHE_VELOCITY, key);
                    broadcastModeS(t, m, f != null ? f : cache.put(i, CACHE_VELOCITY, key, modeS.velocity(a, key)));
                }
                return t + uniform(ReportingIntervals.ES_VELOCITY_MIN, ReportingIntervals.ES_VELOCITY_MAX);
            }
            case AC_IDENT -> {
                if (adsb) {
                    byte[] f = cache.get(i, CACHE_IDENT, 0);
                    broadcastModeS(t, m, f != null ? f : cache.put(i, CACHE_IDENT, 0, modeS.identification(a)));
                }
                return t + uniform(ReportingIntervals.ES_IDENT_MIN, ReportingIntervals.ES_IDENT_MAX);
            }
            case AC_STATUS -> {
                if (adsb) {
                    byte[] f = cache.get(i, CACHE_STATUS, 0);
                    broadcastModeS(t, m, f != null ? f : cache.put(i, CACHE_STATUS, 0, modeS.operationalStatus(a)));
                }
                return t + uniform(ReportingIntervals.ES_STATUS_MIN, ReportingIntervals.ES_STATUS_MAX);
            }
            case AC_DF11 -> {
                if (mode != TransponderMode.OFF) {
                    byte[] f = cache.get(i, CACHE_DF11, 0);
                    broadcastModeS(t, m, f != null ? f : cache.put(i, CACHE_DF11, 0, modeS.acquisition(a)));
                }
                return t + uniform(ReportingIntervals.DF11_MIN, ReportingIntervals.DF11_MAX);
            }
            default -> {
                return radarScan(i, a, m, kind - AC_RADAR0, mode, t);
            }
        }
    }

    /**
     * One beam dwell of radar {@code r} on the aircraft: if it is in coverage and its transponder answers, the burst
     * of roll-call replies {@link #REPLY_SPACING_NANOS} apart; returns the time of the next dwell.
     */
    private long radarScan(int i, SimAircraft a, Mover m, int r, TransponderMode mode, long t) {
        RadarSpec radar = radars.get(r);
        double lat = m.sampleLatDeg(), lon = m.sampleLonDeg();
        if (mode != TransponderMode.OFF) {
            double[] ru = radarUnit[r];
            ReceiverModel.unit(lat, lon, unit);
            double groundM = ReceiverModel.arcM(ru[0] * unit[0] + ru[1] * unit[1] + ru[2] * unit[2]);
            double heightM = Math.max(0, m.sampleAltFt()) * Geo.M_PER_FT;
            if (groundM <= Math.min(radar.rangeNm() * Geo.M_PER_NM, Geo.radioHorizonM(SensorCoverage.RADAR_ANTENNA_M, heightM))) {
                cover(m);
                boolean commB = radar.extractsCommB();
                boolean adsb = mode == TransponderMode.ADSB;
                commBFields.newDwell();
                // the 13-bit altitude code the encoder puts in the frame: same code, same bytes (25 ft steps)
                long altKey = AltitudeCode.encodeAc13Q((int) Math.round(m.sampleAltFt()));
                for (int k = 0; k < radar.replies(); k++) {
                    int reply = commB ? k % 4 : k % 2;          // DF4, DF5, then with Comm-B DF20, DF21
                    boolean identity = (reply & 1) == 1;
                    long key = identity ? 0 : altKey;
                    byte[] f;
                    if (reply < 2) {
                        int kind = CACHE_REPLY0 + reply;
                        f = cache.get(i, kind, key);
                        if (f == null) {
                            f = cache.put(i, kind, key, modeS.surveillanceReply(a, squawk[i], identity, m.sampleAltFt()));
                        }
                    } else {
                        int register = CommBRegisters.register(a, commBReplies[i]++);
                        long mb = commBFields.mb(register, a, adsb, identMb(i, a));
                        int kind = CACHE_COMM_B0 + 2 * register + (identity ? 1 : 0);
                        f = cache.get(i, kind, key, mb);
                        if (f == null) {
                            f = cache.put(i, kind, key, mb, modeS.commBReply(a, squawk[i], identity, m.sampleAltFt(), mb));
                        }
                    }
                    deliverModeS(t + k * REPLY_SPACING_NANOS, f);
                }
            }
        }
        long period = Math.round(radar.rotationS() * 1e9);
        double phase = radarPhase[r] + Geo.bearingDeg(radar.lat(), radar.lon(), lat, lon) / 360.0;
        long base = startNanos + Math.round((phase - Math.floor(phase)) * period);
        long k = Math.floorDiv(t + period / 2 - base, period) + 1;
        return base + k * period;
    }

    /** BDS 2,0 MB field of aircraft {@code i}, computed once. */
    private long identMb(int i, SimAircraft a) {
        if (identMb[i] == 0) {
            identMb[i] = ModeSTransmitter.identificationMb(a);
        }
        return identMb[i];
    }

    private void broadcastModeS(long t, Mover m, byte[] f) {
        prepareTarget(m);
        deliverModeS(t, f);
    }

    /**
     * Geometry of the transmitting aircraft for every Mode S receiver, worked out once per position (a burst of
     * replies shares it): which receivers cover it, with their loss probability, propagation delay and signal byte.
     */
    private void prepareTarget(Mover m) {
        ReceiverModel.unit(m.sampleLatDeg(), m.sampleLonDeg(), unit);
        cover(m);
    }

    /** {@link #prepareTarget} with {@link #unit} already set to the sample position. */
    private void cover(Mover m) {
        double heightM = Math.max(0, m.sampleAltFt()) * Geo.M_PER_FT;
        double horizonM = ReceiverModel.targetHorizonM(heightM);
        int n = 0;
        for (int i = 0; i < receivers.length; i++) {
            ReceiverModel r = receivers[i];
            double loss = r.modeS ? r.lossProbability(unit[0], unit[1], unit[2], heightM, horizonM, false)
                    : ReceiverModel.OUT_OF_COVERAGE;
            if (loss != ReceiverModel.OUT_OF_COVERAGE) {
                covering[n] = r;
                coveringLoss[n] = loss;
                coveringDelayNanos[n] = r.delayNanos();
                coveringSignal[n] = r.signalLevel();
                n++;
            }
        }
        coveringCount = n;
    }

    /**
     * Offers frame {@code f} sent at {@code t} from the prepared position to every covering Mode S receiver, each
     * drawing its loss; every reception refers to the same array (encoded once, never written again).
     */
    private void deliverModeS(long t, byte[] f) {
        for (int k = 0; k < coveringCount; k++) {
            ReceiverModel r = covering[k];
            if (r.draw(coveringLoss[k])) {
                long rx = t + coveringDelayNanos[k];
                pending.add(rx, r.id, r.clockNanos(rx), Protocol.MODE_S, f, 0, f.length, coveringSignal[k]);
            }
        }
    }

    /** Handles one ship stream; returns the next time or -1 when the ship is gone. */
    private long shipEvent(int j, int kind, long t) {
        SimShip s = ships.get(j);
        ShipMover m = s.mover();
        if (!m.sample(t)) {
            return m.ended() ? -1 : Math.max(t + 1, m.startNanos());
        }
        boolean on = s.aisOnAt(t);
        if (kind == SHIP_POS) {
            if (on) {
                broadcastAis(t, s, List.of(ais.position(s, m, t)), channel(j));
            }
            boolean stopped = m.navStatus() != ShipMover.UNDER_WAY;
            long interval = s.classB() ? ReportingIntervals.classB(m.speedKt())
                    : ReportingIntervals.classA(m.speedKt(), stopped, Math.abs(m.turnRateDegS()) > CHANGING_COURSE_DEG_S);
            return slotAligned(t + interval);
        }
        if (on) {
            broadcastAis(t, s, ais.staticData(s, t), channel(j));
        }
        return slotAligned(t + ReportingIntervals.AIS_STATIC);
    }

    private char channel(int j) {
        return (aisChannel[j]++ & 1) == 0 ? 'A' : 'B';
    }

    private long slotAligned(long t) {
        return startNanos + Math.floorDiv(t - startNanos + AIS_SLOT_NANOS - 1, AIS_SLOT_NANOS) * AIS_SLOT_NANOS;
    }

    /** Offers AIS messages to every AIS receiver; each encodes them with its own sequence ids and tag block. */
    private void broadcastAis(long t, SimShip s, List<AisMessage> messages, char channel) {
        Mover m = s.mover();
        ReceiverModel.unit(m.sampleLatDeg(), m.sampleLonDeg(), unit);
        double heightM = s.aisAntennaM();
        double horizonM = ReceiverModel.targetHorizonM(heightM);
        for (int i = 0; i < receivers.length; i++) {
            ReceiverModel r = receivers[i];
            if (r.ais && r.hears(unit[0], unit[1], unit[2], heightM, horizonM, true)) {
                long rx = t + r.delayNanos();
                long clock = r.clockNanos(rx);
                for (AisMessage msg : messages) {
                    for (String sentence : aisEncoders[i].encode(msg, channel, receiverNames[i], Math.floorDiv(clock, 1_000_000L))) {
                        byte[] b = sentence.getBytes(StandardCharsets.US_ASCII);
                        pending.add(rx, r.id, clock, Protocol.AIS, b, 0, b.length, 0);
                    }
                }
            }
        }
    }

    private void truthPositions(long t) {
        for (SimAircraft a : aircraft) {
            Mover m = a.mover();
            if (m.sample(t)) {
                truth.position(t, a.key(), a.callsign(), m.sampleLatDeg(), m.sampleLonDeg(), m.sampleAltFt(),
                        m.speedKt(), m.trackDeg(), a.transponderAt(t).name());
            }
        }
        for (SimShip s : ships) {
            Mover m = s.mover();
            if (m.sample(t)) {
                truth.position(t, s.key(), s.name(), m.sampleLatDeg(), m.sampleLonDeg(), 0, m.speedKt(),
                        m.trackDeg(), s.aisOnAt(t) ? "AIS" : "OFF");
            }
        }
    }

    private long uniform(long min, long max) {
        return min + (long) (rng.nextDouble() * (max - min));
    }
}

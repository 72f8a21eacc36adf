package org.deconflict.engine.ingest;

import java.util.function.Consumer;

import org.deconflict.modes.AltitudeCode;
import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.ModeSView;
import org.deconflict.modes.adsb.Adsb;
import org.deconflict.modes.adsb.AdsbMessage;
import org.deconflict.modes.adsb.AirbornePosition;
import org.deconflict.modes.adsb.AdsbVersionTable;
import org.deconflict.modes.adsb.AirborneVelocity;
import org.deconflict.modes.adsb.EmergencyStatus;
import org.deconflict.modes.adsb.Identification;
import org.deconflict.modes.adsb.OperationalStatus;
import org.deconflict.modes.adsb.SurfacePosition;
import org.deconflict.modes.commb.AircraftIdentification;
import org.deconflict.modes.commb.Bds;
import org.deconflict.modes.commb.BdsInference;
import org.deconflict.modes.cpr.PositionResolver;
import org.deconflict.modes.message.AllCallReply;
import org.deconflict.modes.message.AltitudeReply;
import org.deconflict.modes.message.CommBReply;
import org.deconflict.modes.message.ExtendedSquitter;
import org.deconflict.modes.message.IdentityReply;
import org.deconflict.modes.message.LongAcas;
import org.deconflict.modes.message.MilitarySquitter;
import org.deconflict.modes.message.ModeSMessage;
import org.deconflict.modes.message.ShortAcas;

/**
 * Turns Mode S frames or decoded {@link ModeSMessage}s into {@link Observation}s: CPR positions resolved per aircraft
 * by the modes module's {@link PositionResolver} (global pair first, then local), ADS-B version and NIC from the
 * decoder's per-aircraft table, DF18 control field mapped to TIS-B/ADS-R channels, DF19 flagged as military, and
 * replies without position (DF0/4/5/11/16/20/21) kept as presence. One instance per stream; not thread-safe.
 */
public final class ModeSAdapter {

    /** Flag kept on resolver keys of non-ICAO addresses so they never share CPR state with an ICAO address. */
    private static final int NON_ICAO_RESOLVER_BIT = 1 << 24;

    private final ModeSDecoder decoder;
    private final PositionResolver resolver;
    private final Consumer<Observation> sink;
    private final double[] pos = new double[2];
    private final ModeSView view = new ModeSView();
    private final AircraftKeys keys = new AircraftKeys();
    private long frames;
    private long rejectedFrames;
    private long observations;
    private long ignored;

    /**
     * Stream defaults: decoder with address filter and 1-bit correction; resolver without a receiver reference, its
     * speed limits raised to the tracker's (2 000 kt airborne, 250 kt surface) so that the tracker, which counts its
     * rejections by reason, makes the plausibility decision.
     */
    public ModeSAdapter(Consumer<Observation> sink) {
        this(new ModeSDecoder(ModeSDecoder.Options.stream()), new PositionResolver(resolverDefaults()), sink);
    }

    /** The modes resolver's defaults with the tracker's speed limits (see {@code TrackerConfig.defaults()}). */
    public static PositionResolver.Config resolverDefaults() {
        PositionResolver.Config d = PositionResolver.Config.defaults();
        return new PositionResolver.Config(d.receiverLatDeg(), d.receiverLonDeg(), d.maxRangeM(), d.airbornePairNanos(),
                d.surfacePairNanos(), 2000, 250, d.referenceMaxAgeNanos());
    }

    public ModeSAdapter(ModeSDecoder decoder, PositionResolver resolver, Consumer<Observation> sink) {
        this.decoder = decoder;
        this.resolver = resolver;
        this.sink = sink;
    }

    /**
     * Decodes one frame and emits its observations. {@code timestamp12MHz} -1 when unknown; {@code timeNanos} event
     * time; {@code receivers} every receiver that heard these bytes. Bad frames are counted by the decoder.
     */
    public void frame(byte[] frame, long timestamp12MHz, long timeNanos, ReceiverList receivers) {
        frame(frame, 0, frame.length, timestamp12MHz, timeNanos, receivers);
    }

    /**
     * As {@link #frame(byte[], long, long, ReceiverList)} for the {@code len} bytes at {@code off}: decoded through
     * the modes module's zero-allocation view, with records built only for ADS-B content and Comm-B identification, so
     * the replies that make up most of the traffic cost no allocation beyond their observation. Emits exactly what
     * {@link #accept} emits for the decoded record.
     */
    public void frame(byte[] buf, int off, int len, long timestamp12MHz, long timeNanos, ReceiverList receivers) {
        frames++;
        if (decoder.decode(buf, off, len, timestamp12MHz, timeNanos, view) != null) {
            rejectedFrames++;
            return;
        }
        ModeSView v = view;
        int icao = v.icao();
        int df = v.df();
        int f = v.bits6to8();
        switch (df) {
            case 17, 18 -> {
                boolean icaoAddress = df == 17 || f == 0 || f == 2 || f == 6; // DO-260B Table 2-11
                TargetKey key = keys.of(icao, icaoAddress ? AddressType.ICAO : AddressType.NON_ICAO);
                adsb(key, icaoAddress, adsbOf(v), timeNanos, receivers, channelOf(df, f));
            }
            case 19 -> {
                TargetKey key = keys.of(icao, AddressType.ICAO);
                if (f == 0) {            // AF 0: ADS-B (ICAO Annex 10 Vol IV §3.1.2.8.8)
                    adsb(key, true, adsbOf(v), timeNanos, receivers, Channel.MILITARY_ES);
                } else {
                    emit(new ReplyObservation(key, timeNanos, receivers, Channel.MILITARY_ES, 19, Double.NaN, -1, -1,
                            false));
                }
            }
            case 4 -> emit(reply(icao, timeNanos, receivers, 4, altitudeFt(v), -1, -1, onGroundFs(f)));
            case 5 -> emit(reply(icao, timeNanos, receivers, 5, Double.NaN, v.squawk(), -1, onGroundFs(f)));
            case 0, 16 -> emit(reply(icao, timeNanos, receivers, df, altitudeFt(v), -1, -1,
                    ((v.header() >>> 26) & 1) == 1));  // VS, bit 6: on the ground (Annex 10 Vol IV §3.1.2.8.2.1)
            // CA 4: on the ground (ICAO Annex 10 Vol IV §3.1.2.5.2.2.1)
            case 11 -> emit(reply(icao, timeNanos, receivers, 11, Double.NaN, -1, f, f == 4));
            case 20, 21 -> {
                emit(reply(icao, timeNanos, receivers, df, df == 20 ? altitudeFt(v) : Double.NaN,
                        df == 21 ? v.squawk() : -1, -1, onGroundFs(f)));
                String callsign = commBCallsign(v);
                if (callsign != null) {
                    emit(IdentityObservation.aircraft(keys.of(icao, AddressType.ICAO), timeNanos, receivers,
                            Channel.MODE_S, callsign, 0));
                }
            }
            default -> ignored++;        // DF24 Comm-D: no surveillance content
        }
    }

    /** The ADS-B message of an accepted DF17/18/19 frame, with the aircraft's version and NIC supplements. */
    private AdsbMessage adsbOf(ModeSView v) {
        if (!v.hasAdsb()) {
            return null;
        }
        AdsbVersionTable versions = decoder.adsbVersions();
        int icao = v.icao();
        return Adsb.decode(v.mb(), versions.version(icao), versions.nicSupplementA(icao),
                versions.nicSupplementC(icao));
    }

    /**
     * The callsign of a DF20/21 reply whose register is BDS 2,0 alone (inferred or named by overlay), stripped, or
     * null. BDS 2,0 starts with 0x20 (ICAO Doc 9871 Table A-2-32), so other replies skip register inference.
     */
    private static String commBCallsign(ModeSView v) {
        if ((v.mb() >>> 48) != 0x20 && v.overlayBds() != 0x20) {
            return null;
        }
        if (Bds.single(v.bdsCandidates()) != Bds.BDS20
                || !(BdsInference.decode(Bds.BDS20, v.mb()) instanceof AircraftIdentification id)
                || id.callsign().isBlank()) {
            return null;
        }
        return id.callsign().strip();
    }

    private static double altitudeFt(ModeSView v) {
        int alt = v.altitudeFt();
        return alt == AltitudeCode.UNAVAILABLE ? Double.NaN : alt;
    }

    /** Emits the observations of one decoded message. */
    public void accept(ModeSMessage m, ReceiverList receivers) {
        long t = m.frame().timeNanos();
        int icao = m.icao();
        if (m instanceof ExtendedSquitter es) {
            TargetKey key = keys.of(icao, es.icaoAddress() ? AddressType.ICAO : AddressType.NON_ICAO);
            adsb(key, es.icaoAddress(), es.adsb(), t, receivers, channelOf(m.df(), es.capability()));
        } else if (m instanceof MilitarySquitter ms) {
            TargetKey key = keys.of(icao, AddressType.ICAO);
            if (ms.adsb() != null) {
                adsb(key, true, ms.adsb(), t, receivers, Channel.MILITARY_ES);
            } else {
                emit(new ReplyObservation(key, t, receivers, Channel.MILITARY_ES, 19, Double.NaN, -1, -1, false));
            }
        } else if (m instanceof AltitudeReply ar) {
            emit(reply(icao, t, receivers, 4, nan(ar.altitudeFt()), -1, -1, onGroundFs(ar.flightStatus())));
        } else if (m instanceof IdentityReply ir) {
            emit(reply(icao, t, receivers, 5, Double.NaN, ir.squawk(), -1, onGroundFs(ir.flightStatus())));
        } else if (m instanceof ShortAcas sa) {
            emit(reply(icao, t, receivers, 0, nan(sa.altitudeFt()), -1, -1, sa.verticalStatus() == 1));
        } else if (m instanceof LongAcas la) {
            emit(reply(icao, t, receivers, 16, nan(la.altitudeFt()), -1, -1, la.verticalStatus() == 1));
        } else if (m instanceof AllCallReply ac) {
            // CA 4: on the ground (ICAO Annex 10 Vol IV §3.1.2.5.2.2.1)
            emit(reply(icao, t, receivers, 11, Double.NaN, -1, ac.capability(), ac.capability() == 4));
        } else if (m instanceof CommBReply cb) {
            emit(reply(icao, t, receivers, m.df(), nan(cb.altitudeFt()), cb.squawk() == null ? -1 : cb.squawk(), -1,
                    onGroundFs(cb.flightStatus())));
            if (cb.register() instanceof AircraftIdentification id && !id.callsign().isBlank()) {
                emit(IdentityObservation.aircraft(keys.of(icao, AddressType.ICAO), t, receivers, Channel.MODE_S,
                        id.callsign().strip(), 0));
            }
        } else {
            ignored++;                   // DF24 Comm-D: no surveillance content
        }
    }

    private void adsb(TargetKey key, boolean icaoAddress, AdsbMessage a, long t, ReceiverList rl, Channel ch) {
        int resolverKey = key.icaoAddress() | (icaoAddress ? 0 : NON_ICAO_RESOLVER_BIT);
        if (a == null) {
            ignored++;                   // DF18 CF 3/4/7, DF19 AF 0 without ADS-B content
        } else if (a instanceof AirbornePosition p) {
            PositionResolver.Outcome o = resolver.resolve(resolverKey, false, p.odd(), p.latCpr(), p.lonCpr(), t, pos);
            if (o == PositionResolver.Outcome.GLOBAL || o == PositionResolver.Outcome.LOCAL) {
                PositionSource src = o == PositionResolver.Outcome.GLOBAL
                        ? PositionSource.ADSB_AIRBORNE_GLOBAL : PositionSource.ADSB_AIRBORNE_LOCAL;
                double alt = p.altitudeFt() == null ? Double.NaN : p.altitudeFt();
                emit(new PositionObservation(key, t, rl, ch, src, pos[0], pos[1], alt, p.gnssAltitude(), false, p.nic(), -1));
            }
        } else if (a instanceof SurfacePosition p) {
            PositionResolver.Outcome o = resolver.resolve(resolverKey, true, p.odd(), p.latCpr(), p.lonCpr(), t, pos);
            if (o == PositionResolver.Outcome.GLOBAL || o == PositionResolver.Outcome.LOCAL) {
                PositionSource src = o == PositionResolver.Outcome.GLOBAL
                        ? PositionSource.ADSB_SURFACE_GLOBAL : PositionSource.ADSB_SURFACE_LOCAL;
                emit(new PositionObservation(key, t, rl, ch, src, pos[0], pos[1], Double.NaN, false, true, p.nic(), -1));
            }
            if (p.groundSpeedKt() != null || p.groundTrackDeg() != null) {
                emit(new VelocityObservation(key, t, rl, ch, nan(p.groundSpeedKt()), nan(p.groundTrackDeg()), 0, false,
                        Double.NaN, Double.NaN, Double.NaN));
            }
        } else if (a instanceof AirborneVelocity v) {
            emit(new VelocityObservation(key, t, rl, ch, nan(v.groundSpeedKt()), nan(v.trackDeg()),
                    nan(v.verticalRateFpm()), !v.verticalRateBaro(), nan(v.headingDeg()), nan(v.airspeedKt()), Double.NaN));
        } else if (a instanceof Identification id) {
            emit(IdentityObservation.aircraft(key, t, rl, ch, id.callsign().strip(), category(id.typecode(), id.category())));
        } else if (a instanceof EmergencyStatus e) {
            emit(new StatusObservation(key, t, rl, ch, e.squawk(), Emergency.ofCode(e.emergencyState())));
        } else if (a instanceof OperationalStatus os) {
            emit(new CapabilityObservation(key, t, rl, ch, os.version(), os.nacP(), os.sil()));
        } else {
            ignored++;                   // target state, ACAS RA broadcast, test and reserved formats
        }
    }

    /**
     * ADS-B emitter category as 0xA0..0xD7: TC4 = set A, TC3 = B, TC2 = C, TC1 = D, code 1-7 (DO-260B
     * §2.2.3.2.5.2 Table 2-13); code 0 ("no category information") gives 0.
     */
    static int category(int typecode, int code) {
        if (code == 0 || typecode < 1 || typecode > 4) {
            return 0;
        }
        return ((0xA + (4 - typecode)) << 4) | code;
    }

    /** DF17, or DF18 by its CF (DO-260B Table 2-11), to a channel. */
    private static Channel channelOf(int df, int cf) {
        if (df == 17) {
            return Channel.ADSB;
        }
        return switch (cf) {
            case 2, 3, 5 -> Channel.TISB;
            case 6 -> Channel.ADSR;
            default -> Channel.ADSB_NON_TRANSPONDER;
        };
    }

    /** FS 1 and 3 mean on the ground (ICAO Annex 10 Vol IV §3.1.2.6.5.1). */
    private static boolean onGroundFs(int fs) {
        return fs == 1 || fs == 3;
    }

    private ReplyObservation reply(int icao, long t, ReceiverList rl, int df, double altFt, int squawk,
                                          int capability, boolean onGround) {
        return new ReplyObservation(keys.of(icao, AddressType.ICAO), t, rl, Channel.MODE_S, df, altFt, squawk,
                capability, onGround);
    }

    private static double nan(Number n) {
        return n == null ? Double.NaN : n.doubleValue();
    }

    private void emit(Observation o) {
        observations++;
        sink.accept(o);
    }

    public ModeSDecoder decoder() {
        return decoder;
    }

    /** CPR outcomes are counted here ({@link PositionResolver#count}). */
    public PositionResolver resolver() {
        return resolver;
    }

    public long frames() {
        return frames;
    }

    /** Frames the decoder refused (reasons in {@code decoder().rejectCount}). */
    public long rejectedFrames() {
        return rejectedFrames;
    }

    public long observations() {
        return observations;
    }

    /** Decoded messages without surveillance content for the tracker. */
    public long ignored() {
        return ignored;
    }
}

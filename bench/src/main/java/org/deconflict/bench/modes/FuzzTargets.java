package org.deconflict.bench.modes;

import java.util.SplittableRandom;

import org.deconflict.modes.AltitudeCode;
import org.deconflict.modes.Bits;
import org.deconflict.modes.Callsign;
import org.deconflict.modes.Crc24;
import org.deconflict.modes.ErrorCorrection;
import org.deconflict.modes.IdentityCode;
import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.ModeSView;
import org.deconflict.modes.RejectReason;
import org.deconflict.modes.adsb.Adsb;
import org.deconflict.modes.adsb.AdsbVersionTable;
import org.deconflict.modes.commb.Bds;
import org.deconflict.modes.commb.BdsInference;
import org.deconflict.modes.commb.HeadingAndSpeedReport;
import org.deconflict.modes.commb.SelectedVerticalIntention;
import org.deconflict.modes.commb.TrackAndTurnReport;
import org.deconflict.modes.cpr.Cpr;
import org.deconflict.modes.cpr.PositionResolver;
import org.deconflict.modes.framing.SbsWriter;
import org.deconflict.modes.json.ModeSFields;
import org.deconflict.modes.message.ModeSMessage;

/**
 * Every public frame-level entry point of the {@code modes} library, driven by one fuzz input: both decoders (stream
 * settings with 2-bit correction and the address filter; frame settings), the zero-allocation view and all its
 * accessors, the ADS-B and Comm-B field accessors on the MB/ME field whatever the frame holds, every register's record
 * decode, the record API with JSON and SBS output, the CPR resolver (with and without a receiver) and the raw CPR
 * functions on values taken from the frame, and decoding at an offset and with wrong lengths and offsets. Returns a
 * checksum so nothing is optimised away.
 */
public final class FuzzTargets {
    private final ModeSDecoder stream = new ModeSDecoder(ModeSDecoder.Options.stream().withMaxCorrectedBits(2));
    private final ModeSDecoder frames = new ModeSDecoder(ModeSDecoder.Options.frames());
    private final ModeSView view = new ModeSView();
    private final PositionResolver resolver = new PositionResolver();
    private final PositionResolver nearReceiver = new PositionResolver(
            PositionResolver.Config.defaults().withReceiver(55.6, 12.6, 300_000));
    private final AdsbVersionTable versions = new AdsbVersionTable();
    private final double[] pos = new double[2];
    private final byte[] shifted = new byte[64];
    private final SplittableRandom rnd;
    /** One input in this many also goes through the text outputs. */
    private static final int TEXT_EVERY = 8;
    private long time;
    private boolean text;
    /** Frames accepted by either decoder. */
    public long accepted;

    public FuzzTargets(long seed) {
        rnd = new SplittableRandom(seed);
    }

    /**
     * Runs one frame-sized input through every entry point; the text outputs (JSON, SBS, toString), which cost
     * far more than decoding, on one input in {@value #TEXT_EVERY}.
     */
    public long frame(byte[] f) {
        time += 1 + rnd.nextInt(2_000_000_000);
        text = rnd.nextInt(TEXT_EVERY) == 0;
        long s = viewPath(stream, f, 0, f.length) + viewPath(frames, f, 0, f.length);
        s += recordPath(stream, f) + recordPath(frames, f);
        // the same bytes at an offset inside a larger buffer, and out-of-range offsets and lengths
        int off = rnd.nextInt(shifted.length - Math.min(f.length, 20));
        System.arraycopy(f, 0, shifted, off, Math.min(f.length, shifted.length - off));
        s += viewPath(frames, shifted, off, f.length);
        s += check(frames.decode(shifted, rnd.nextInt(-3, 70), rnd.nextInt(-3, 20), -1, time, view));
        s += check(frames.decode(f, f.length == 0 ? 0 : rnd.nextInt(f.length), f.length, -1, time, view));
        s += rawCpr(f) + rawFields(f);
        return s;
    }

    private static long check(RejectReason r) {
        return r == null ? 1 : r.ordinal();
    }

    private long viewPath(ModeSDecoder d, byte[] b, int off, int len) {
        RejectReason r = d.decode(b, off, len, time / 83, time, view);
        if (r != null) {
            return r.ordinal();
        }
        accepted++;
        ModeSView v = view;
        long s = v.df() + v.icao() + v.header() + v.parity() + v.mb() + v.bits6to8() + v.downlinkRequest()
                + v.utilityMessage() + v.altitudeFt() + v.squawk() + v.bdsCandidates() + v.typecode() + v.length()
                + v.correctedBits() + v.overlayBds() + v.frame()[0] + v.hex().length() + (v.hasAdsb() ? 1 : 0);
        s += me(v.mb()) + mb(v.mb(), v.altitudeFt(), text);
        if (v.hasAdsb()) {
            long me = v.mb();
            int tc = Adsb.typecode(me);
            boolean surface = tc >= 5 && tc <= 8;
            if (surface || (tc >= 9 && tc <= 18) || (tc >= 20 && tc <= 22)) {
                for (PositionResolver p : new PositionResolver[] {resolver, nearReceiver}) {
                    PositionResolver.Outcome o = p.resolve(v.icao(), surface, Adsb.cprOdd(me), Adsb.cprLat(me),
                            Adsb.cprLon(me), time, pos);
                    s += o.ordinal() + (long) pos[0];
                }
            }
        }
        ModeSMessage m = v.toMessage(d.adsbVersions());
        return s + m.frame().length() + (text ? ModeSFields.toJson(m).length() : 0);
    }

    private long recordPath(ModeSDecoder d, byte[] f) {
        ModeSDecoder.Result r = d.decode(f, time);
        if (!r.accepted()) {
            return r.reason().ordinal();
        }
        ModeSMessage m = r.message();
        if (!text) {
            return m.frame().icao();
        }
        String sbs = SbsWriter.line(m, pos[0], pos[1], time);
        return m.hashCode() + m.toString().length() + ModeSFields.toJson(m).length() + (sbs == null ? 0 : sbs.length())
                + m.frame().hex().length();
    }

    /** Every ADS-B accessor on a 56-bit field, whatever it holds. */
    private long me(long me) {
        long s = Adsb.typecode(me) + Adsb.subtype(me) + Adsb.cprLat(me) + Adsb.cprLon(me) + Adsb.airborneAltitudeFt(me)
                + Adsb.surveillanceStatus(me) + Adsb.nicSupplementB(me) + Adsb.movement(me)
                + (long) Adsb.movementKt(Adsb.movement(me)) + (long) Adsb.surfaceTrackDeg(me) + Adsb.velocityEastKt(me)
                + Adsb.velocityNorthKt(me) + Adsb.groundSpeedKt(me) + (long) Adsb.trackDeg(me) + Adsb.airspeedKt(me)
                + (long) Adsb.headingDeg(me) + Adsb.verticalRateFpm(me) + Adsb.geoMinusBaroFt(me) + Adsb.nacV(me)
                + Adsb.opStatusVersion(me) + Adsb.opStatusNicA(me) + Adsb.opStatusNicC(me) + Callsign.decode(me).length();
        versions.observe((int) me & 0xFFFFFF, me);
        int version = (int) (me >>> 2) % 3;
        s += Adsb.decode(me, version, (int) me & 1, (int) (me >>> 1) & 1).typecode();
        return s;
    }

    /** Register inference and every register's accessors and record decode on a 56-bit field. */
    private static long mb(long mb, int altitudeFt, boolean records) {
        long s = BdsInference.candidates(mb, altitudeFt, true) + BdsInference.candidates(mb, AltitudeCode.UNAVAILABLE,
                false);
        for (Bds b : Bds.values()) {
            s += records ? BdsInference.decode(b, mb).hashCode() : 0;
        }
        s += SelectedVerticalIntention.selectedAltitudeMcpFt(mb) + SelectedVerticalIntention.selectedAltitudeFmsFt(mb)
                + (long) SelectedVerticalIntention.baroPressureSettingHpa(mb) + (long) TrackAndTurnReport.rollDeg(mb)
                + (long) TrackAndTurnReport.trueTrackDeg(mb) + TrackAndTurnReport.groundSpeedKt(mb)
                + (long) TrackAndTurnReport.trackRateDegPerS(mb) + TrackAndTurnReport.trueAirspeedKt(mb)
                + (long) HeadingAndSpeedReport.magneticHeadingDeg(mb) + HeadingAndSpeedReport.indicatedAirspeedKt(mb)
                + (long) HeadingAndSpeedReport.mach(mb);
        return s + Bds.names(s == 0 ? 0 : (int) (mb & 0x1FF)).length();
    }

    /** CPR math on values taken from the frame, including values outside 17 bits and odd references. */
    private long rawCpr(byte[] f) {
        if (f.length < 8) {
            return 0;
        }
        long w = Bits.field(f, 0, 1, 56);
        int a = (int) (w & 0x1FFFF);
        int b = (int) ((w >>> 17) & 0x1FFFF);
        int c = (int) ((w >>> 34) & 0x1FFFF);
        int d = rnd.nextInt(8) == 0 ? (int) w : (int) ((w >>> 20) & 0x1FFFF);
        double refLat = rnd.nextInt(10) == 0 ? Double.NaN : (a / 131072.0 - 0.5) * 200;
        double refLon = rnd.nextInt(10) == 0 ? Double.POSITIVE_INFINITY : (b / 131072.0 - 0.5) * 400;
        long s = Cpr.globalAirborne(a, b, c, d, (w & 1) == 1, pos) ? 1 : 0;
        s += Cpr.globalSurface(a, b, c, d, (w & 2) == 2, refLat, refLon, pos) ? 1 : 0;
        Cpr.local(a, b, (w & 4) == 4, (w & 8) == 8, refLat, refLon, pos);
        s += Cpr.nl(refLat) + Cpr.encode(refLat, refLon, (w & 1) == 1, (w & 2) == 2) + (long) Cpr.normalizeLon(refLon);
        return s + (long) PositionResolver.distanceM(refLat, refLon, pos[0], pos[1]);
    }

    /** Field decoders and error correction on raw values from the frame. */
    private long rawFields(byte[] f) {
        if (f.length < 4) {
            return 0;
        }
        int v = Bits.get(f, 0, 1, 32);
        long s = AltitudeCode.decodeAc13(v & 0x1FFF) + AltitudeCode.decodeAc12(v & 0xFFF) + AltitudeCode.gillham(v & 0x1FFF)
                + IdentityCode.decode(v & 0x1FFF) + AltitudeCode.encodeAc13Q(v) + IdentityCode.encode(v % 10000);
        if (f.length == 7 || f.length == 14) {
            byte[] g = f.clone();
            s += ErrorCorrection.correct(g, 0, g.length, Crc24.residual(g, 0, g.length), 2);
        }
        return s;
    }
}

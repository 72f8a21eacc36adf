package org.deconflict.bench.modes;

import org.deconflict.modes.AltitudeCode;
import org.deconflict.modes.Callsign;
import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.ModeSView;
import org.deconflict.modes.adsb.Adsb;
import org.deconflict.modes.adsb.AdsbVersionTable;
import org.deconflict.modes.adsb.Nic;
import org.deconflict.modes.commb.AcasActiveResolution;
import org.deconflict.modes.commb.Bds;
import org.deconflict.modes.commb.DataLinkCapability;
import org.deconflict.modes.commb.GicbCapability;
import org.deconflict.modes.commb.HeadingAndSpeedReport;
import org.deconflict.modes.commb.MeteoHazardReport;
import org.deconflict.modes.commb.MeteoRoutineReport;
import org.deconflict.modes.commb.SelectedVerticalIntention;
import org.deconflict.modes.commb.TrackAndTurnReport;
import org.deconflict.modes.cpr.PositionResolver;

/**
 * Our zero-allocation path: decoder into a reused {@link ModeSView}, then every field the record API would hold for
 * the corpus' message kinds read through the accessors on the view's words (header FS/CA, DR, UM, altitude or
 * squawk; ADS-B identification, airborne/surface position incl. NIC, velocity incl. ground speed and track; Comm-B
 * register inference and every field of the register when one fits), CPR positions through {@link PositionResolver}.
 * Returns a checksum so no work is optimised away.
 */
public final class OursZeroAlloc {
    private final ModeSDecoder decoder = new ModeSDecoder(ModeSDecoder.Options.frames());
    private final AdsbVersionTable versions = decoder.adsbVersions();
    private final ModeSView v = new ModeSView();
    private final PositionResolver resolver = new PositionResolver();
    private final double[] pos = new double[2];
    private static final int BDS40 = Bds.BDS40.mask();
    private static final int BDS50 = Bds.BDS50.mask();
    private static final int BDS60 = Bds.BDS60.mask();
    /** Positions resolved and frames decoded so far. */
    public long positions;
    public long frames;

    /** Decodes every frame of {@code corpus} as pass number {@code pass}; returns a checksum. */
    public long decodePass(BenchFrames corpus, int pass) {
        byte[][] fs = corpus.frames;
        frames += fs.length;
        long s = 0;
        for (int i = 0; i < fs.length; i++) {
            s += decode(fs[i], corpus.timeNanos(pass, i));
        }
        return s;
    }

    /** Decodes one frame fully; {@code timeNanos} is its event time. */
    public long decode(byte[] f, long timeNanos) {
        if (decoder.decode(f, 0, f.length, -1, timeNanos, v) != null) {
            return 1;
        }
        long sum = v.icao() + v.bits6to8();
        switch (v.df()) {
            case 0, 16 -> sum += v.altitudeFt();
            case 4 -> sum += v.altitudeFt() + header();
            case 5 -> sum += v.squawk() + header();
            case 17, 18, 19 -> sum += v.hasAdsb() ? adsb(v.mb(), timeNanos) : v.mb();
            case 20, 21 -> sum += header() + commB();
            default -> sum += v.mb();
        }
        return sum;
    }

    private long header() {
        return v.downlinkRequest() * 64L + v.utilityMessage();
    }

    private long adsb(long me, long t) {
        int tc = Adsb.typecode(me);
        if (tc >= 1 && tc <= 4) {
            long s = Adsb.subtype(me);
            for (int i = 0; i < 8; i++) {
                s += Callsign.charAt(me, i);
            }
            return s;
        }
        boolean surface = tc >= 5 && tc <= 8;
        if (surface || (tc >= 9 && tc <= 18) || (tc >= 20 && tc <= 22)) {
            int icao = v.icao();
            long s = Adsb.utcSynchronized(me) ? 1 : 0;
            if (surface) {
                s += bits(Adsb.movementKt(Adsb.movement(me))) + bits(Adsb.surfaceTrackDeg(me))
                        + Nic.surface(tc, versions.version(icao), versions.nicSupplementA(icao),
                                versions.nicSupplementC(icao));
            } else {
                int nicB = Adsb.nicSupplementB(me);
                s += Adsb.airborneAltitudeFt(me) + Adsb.surveillanceStatus(me)
                        + Nic.airborne(tc, versions.version(icao), versions.nicSupplementA(icao), nicB);
            }
            PositionResolver.Outcome o = resolver.resolve(icao, surface, Adsb.cprOdd(me), Adsb.cprLat(me),
                    Adsb.cprLon(me), t, pos);
            if (o == PositionResolver.Outcome.GLOBAL || o == PositionResolver.Outcome.LOCAL) {
                positions++;
                s += bits(pos[0]) + bits(pos[1]);
            }
            return s;
        }
        if (tc == 19) {
            int st = Adsb.subtype(me);
            long s = (Adsb.intentChange(me) ? 1 : 0) + (Adsb.ifrCapable(me) ? 2 : 0) + Adsb.nacV(me)
                    + (Adsb.verticalRateBaro(me) ? 4 : 0) + Adsb.verticalRateFpm(me) + Adsb.geoMinusBaroFt(me);
            if (st == 1 || st == 2) {
                s += Adsb.velocityEastKt(me) + Adsb.velocityNorthKt(me) + Adsb.groundSpeedKt(me)
                        + bits(Adsb.trackDeg(me));
            } else if (st == 3 || st == 4) {
                s += Adsb.airspeedKt(me) + (Adsb.trueAirspeed(me) ? 1 : 0) + bits(Adsb.headingDeg(me));
            }
            return s;
        }
        return Adsb.opStatusVersion(me) + tc + me;
    }

    private long commB() {
        long s = v.df() == 20 ? v.altitudeFt() : v.squawk();
        int mask = v.bdsCandidates();
        s += mask;
        long mb = v.mb();
        // one register fits: the common three compared on the mask itself (no lookup between the inference and
        // this branch, which real traffic makes unpredictable), Bds.single for the rest
        if (mask == BDS40) {
            s += SelectedVerticalIntention.selectedAltitudeMcpFt(mb) + SelectedVerticalIntention.selectedAltitudeFmsFt(mb)
                    + bits(SelectedVerticalIntention.baroPressureSettingHpa(mb)) + SelectedVerticalIntention.modeBits(mb)
                    + SelectedVerticalIntention.targetAltitudeSource(mb);
        } else if (mask == BDS50) {
            s += bits(TrackAndTurnReport.rollDeg(mb)) + bits(TrackAndTurnReport.trueTrackDeg(mb))
                    + TrackAndTurnReport.groundSpeedKt(mb) + bits(TrackAndTurnReport.trackRateDegPerS(mb))
                    + TrackAndTurnReport.trueAirspeedKt(mb);
        } else if (mask == BDS60) {
            s += bits(HeadingAndSpeedReport.magneticHeadingDeg(mb)) + HeadingAndSpeedReport.indicatedAirspeedKt(mb)
                    + bits(HeadingAndSpeedReport.mach(mb)) + HeadingAndSpeedReport.baroVerticalRateFpm(mb)
                    + HeadingAndSpeedReport.inertialVerticalRateFpm(mb);
        } else if (Integer.bitCount(mask) == 1) {
            s += rareRegister(Bds.single(mask), mb);
        }
        return s == AltitudeCode.UNAVAILABLE ? 0 : s;
    }

    /** A double's exact bits for the checksum (a cast to long would cost a conversion the decode does not need). */
    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    /** Every field of the registers real traffic seldom holds (1,0 1,7 2,0 3,0 4,4 4,5). */
    private static long rareRegister(Bds single, long mb) {
        long s = 0;
        switch (single) {
            case BDS10 -> s += (DataLinkCapability.overlayCapable(mb) ? 1 : 0) + DataLinkCapability.subnetworkVersion(mb)
                    + DataLinkCapability.capabilityBits(mb) + DataLinkCapability.dteStatus(mb);
            case BDS17 -> s += GicbCapability.servedBits(mb);
            case BDS20 -> {
                for (int i = 0; i < 8; i++) {
                    s += Callsign.charAt(mb, i);
                }
            }
            case BDS30 -> s += AcasActiveResolution.activeRa(mb) + AcasActiveResolution.racRecord(mb)
                    + (AcasActiveResolution.raTerminated(mb) ? 1 : 0) + (AcasActiveResolution.multipleThreat(mb) ? 2 : 0)
                    + AcasActiveResolution.threatType(mb) + AcasActiveResolution.threatIdentity(mb);
            case BDS44 -> s += MeteoRoutineReport.figureOfMerit(mb) + MeteoRoutineReport.windSpeedKt(mb)
                    + bits(MeteoRoutineReport.windDirectionDeg(mb)) + bits(MeteoRoutineReport.staticAirTemperatureC(mb))
                    + MeteoRoutineReport.staticPressureHpa(mb) + MeteoRoutineReport.turbulence(mb)
                    + bits(MeteoRoutineReport.humidityPercent(mb));
            case BDS45 -> {
                for (int h = 0; h < 5; h++) {
                    s += MeteoHazardReport.level(mb, h);
                }
                s += bits(MeteoHazardReport.staticAirTemperatureC(mb)) + MeteoHazardReport.staticPressureHpa(mb)
                        + MeteoHazardReport.radioHeightFt(mb);
            }
            default -> s += mb;
        }
        return s;
    }
}

package org.deconflict.bench.modes;

import org.deconflict.modes.AltitudeCode;
import org.deconflict.modes.Callsign;
import org.deconflict.modes.ModeS;
import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.ModeSView;
import org.deconflict.modes.adsb.Adsb;
import org.deconflict.modes.commb.Bds;
import org.deconflict.modes.commb.HeadingAndSpeedReport;
import org.deconflict.modes.commb.SelectedVerticalIntention;
import org.deconflict.modes.commb.TrackAndTurnReport;
import org.deconflict.modes.cpr.PositionResolver;

/**
 * Our zero-allocation path: decoder into a reused {@link ModeSView}, every field read through the static
 * accessors, CPR positions through {@link PositionResolver}. Returns a checksum so no work is optimised away.
 */
public final class OursZeroAlloc {
    private final ModeSDecoder decoder = new ModeSDecoder(ModeSDecoder.Options.frames());
    private final ModeSView v = new ModeSView();
    private final PositionResolver resolver = new PositionResolver();
    private final double[] pos = new double[2];
    public long positions;

    /** Decodes one frame fully; {@code timeNanos} is its event time. */
    public long decode(byte[] f, long timeNanos) {
        if (decoder.decode(f, 0, f.length, -1, timeNanos, v) != null) {
            return 1;
        }
        byte[] b = v.frame();
        long sum = v.icao();
        switch (v.df()) {
            case 0, 4, 16 -> sum += v.altitudeFt();
            case 5 -> sum += v.squawk();
            case 11 -> sum += ModeS.bits6to8(b, 0);
            case 17, 18, 19 -> sum += adsb(b, timeNanos);
            case 20, 21 -> sum += commB(b);
            default -> sum += 3;
        }
        return sum;
    }

    private long adsb(byte[] b, long t) {
        int tc = v.typecode();
        if (tc >= 1 && tc <= 4) {
            long s = Adsb.subtype(b, 0);
            for (int i = 0; i < 8; i++) {
                s += Callsign.CHARSET.charAt(org.deconflict.modes.Bits.get(b, 0, 41 + 6 * i, 6));
            }
            return s;
        }
        if ((tc >= 9 && tc <= 18) || (tc >= 20 && tc <= 22) || (tc >= 5 && tc <= 8)) {
            boolean surface = tc <= 8;
            long s = surface ? (long) Adsb.movementKt(org.deconflict.modes.Bits.get(b, 0, 38, 7))
                    + (long) Adsb.surfaceTrackDeg(b, 0) : Adsb.airborneAltitudeFt(b, 0);
            PositionResolver.Outcome o = resolver.resolve(v.icao(), surface, Adsb.cprOdd(b, 0), Adsb.cprLat(b, 0),
                    Adsb.cprLon(b, 0), t, pos);
            if (o == PositionResolver.Outcome.GLOBAL || o == PositionResolver.Outcome.LOCAL) {
                positions++;
                s += (long) (pos[0] * 1e5) + (long) (pos[1] * 1e5);
            }
            return s;
        }
        if (tc == 19) {
            int st = Adsb.subtype(b, 0);
            long s = Adsb.verticalRateFpm(b, 0) + Adsb.geoMinusBaroFt(b, 0);
            if (st <= 2) {
                int ve = Adsb.velocityEastKt(b, 0);
                int vn = Adsb.velocityNorthKt(b, 0);
                if (ve != Adsb.NA && vn != Adsb.NA) {
                    s += (long) Math.sqrt((double) ve * ve + (double) vn * vn) + (long) Math.atan2(ve, vn);
                }
            } else {
                s += Adsb.airspeedKt(b, 0) + (long) Adsb.headingDeg(b, 0);
            }
            return s;
        }
        return Adsb.opStatusVersion(b, 0) + tc;
    }

    private long commB(byte[] b) {
        long s = v.df() == 20 ? v.altitudeFt() : v.squawk();
        int mask = v.bdsCandidates();
        s += mask;
        Bds single = Bds.single(mask);
        long mb = v.mb();
        if (single == Bds.BDS40) {
            s += SelectedVerticalIntention.selectedAltitudeMcpFt(mb) + SelectedVerticalIntention.selectedAltitudeFmsFt(mb)
                    + (long) SelectedVerticalIntention.baroPressureSettingHpa(mb);
        } else if (single == Bds.BDS50) {
            s += (long) TrackAndTurnReport.rollDeg(mb) + (long) TrackAndTurnReport.trueTrackDeg(mb)
                    + TrackAndTurnReport.groundSpeedKt(mb) + (long) TrackAndTurnReport.trackRateDegPerS(mb)
                    + TrackAndTurnReport.trueAirspeedKt(mb);
        } else if (single == Bds.BDS60) {
            s += (long) HeadingAndSpeedReport.magneticHeadingDeg(mb) + HeadingAndSpeedReport.indicatedAirspeedKt(mb)
                    + (long) (HeadingAndSpeedReport.mach(mb) * 1000);
        } else if (single == Bds.BDS20) {
            for (int i = 0; i < 8; i++) {
                s += Callsign.CHARSET.charAt((int) (mb >>> (42 - 6 * i)) & 0x3F);
            }
        }
        return s == AltitudeCode.UNAVAILABLE ? 0 : s;
    }
}

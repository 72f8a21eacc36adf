package org.deconflict.bench.modes;

import org.deconflict.modes.AltitudeCode;
import org.deconflict.modes.Bits;
import org.deconflict.modes.Callsign;
import org.deconflict.modes.ModeS;
import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.ModeSView;
import org.deconflict.modes.adsb.Adsb;
import org.deconflict.modes.adsb.AdsbVersionTable;
import org.deconflict.modes.adsb.Nic;
import org.deconflict.modes.commb.Bds;
import org.deconflict.modes.commb.HeadingAndSpeedReport;
import org.deconflict.modes.commb.SelectedVerticalIntention;
import org.deconflict.modes.commb.TrackAndTurnReport;
import org.deconflict.modes.cpr.PositionResolver;

/**
 * Our zero-allocation path: decoder into a reused {@link ModeSView}, then every field the record API would hold for
 * the corpus' message kinds read through the static accessors (header FS/CA, DR, UM; ADS-B identification,
 * airborne/surface position incl. NIC, velocity incl. ground speed and track; Comm-B register inference and the
 * fields of registers 2,0 4,0 5,0 6,0), CPR positions through {@link PositionResolver}. Returns a checksum so no
 * work is optimised away.
 */
public final class OursZeroAlloc {
    /** ME field start: message bit 33 is ME bit 1. DO-260B §2.2.3.2. */
    private static final int ME = 32;

    private final ModeSDecoder decoder = new ModeSDecoder(ModeSDecoder.Options.frames());
    private final AdsbVersionTable versions = decoder.adsbVersions();
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
        long sum = v.icao() + ModeS.bits6to8(b, 0);
        switch (v.df()) {
            case 0, 16 -> sum += v.altitudeFt();
            case 4 -> sum += v.altitudeFt() + header(b);
            case 5 -> sum += v.squawk() + header(b);
            case 17, 18, 19 -> sum += v.hasAdsb() ? adsb(b, timeNanos) : v.mb();
            case 20, 21 -> sum += header(b) + commB(b);
            default -> sum += v.mb();
        }
        return sum;
    }

    private static long header(byte[] b) {
        return ModeS.downlinkRequest(b, 0) * 64L + ModeS.utilityMessage(b, 0);
    }

    private long adsb(byte[] b, long t) {
        int tc = v.typecode();
        if (tc >= 1 && tc <= 4) {
            long s = Adsb.subtype(b, 0);
            for (int i = 0; i < 8; i++) {
                s += Callsign.CHARSET.charAt(Bits.get(b, 0, ME + 9 + 6 * i, 6));
            }
            return s;
        }
        boolean surface = tc >= 5 && tc <= 8;
        if (surface || (tc >= 9 && tc <= 18) || (tc >= 20 && tc <= 22)) {
            int icao = v.icao();
            long s = Bits.bit(b, 0, ME + 21); // time flag
            if (surface) {
                s += (long) Adsb.movementKt(Bits.get(b, 0, ME + 6, 7)) + (long) Adsb.surfaceTrackDeg(b, 0)
                        + Nic.surface(tc, versions.version(icao), versions.nicSupplementA(icao),
                                versions.nicSupplementC(icao));
            } else {
                int nicB = Bits.bit(b, 0, ME + 8);
                s += Adsb.airborneAltitudeFt(b, 0) + Bits.get(b, 0, ME + 6, 2)
                        + Nic.airborne(tc, versions.version(icao), versions.nicSupplementA(icao), nicB);
            }
            PositionResolver.Outcome o = resolver.resolve(icao, surface, Adsb.cprOdd(b, 0), Adsb.cprLat(b, 0),
                    Adsb.cprLon(b, 0), t, pos);
            if (o == PositionResolver.Outcome.GLOBAL || o == PositionResolver.Outcome.LOCAL) {
                positions++;
                s += (long) (pos[0] * 1e5) + (long) (pos[1] * 1e5);
            }
            return s;
        }
        if (tc == 19) {
            int st = Adsb.subtype(b, 0);
            // intent change, IFR capability, NUCr/NACv, vertical rate source, vertical rate, GNSS-baro difference
            long s = Bits.get(b, 0, ME + 9, 5) + Bits.bit(b, 0, ME + 36) + Adsb.verticalRateFpm(b, 0)
                    + Adsb.geoMinusBaroFt(b, 0);
            if (st == 1 || st == 2) {
                int ve = Adsb.velocityEastKt(b, 0);
                int vn = Adsb.velocityNorthKt(b, 0);
                if (ve != Adsb.NA && vn != Adsb.NA) {
                    double trk = Math.toDegrees(Math.atan2(ve, vn));
                    s += ve + vn + (long) Math.sqrt((double) ve * ve + (double) vn * vn)
                            + (long) (trk < 0 ? trk + 360 : trk);
                }
            } else if (st == 3 || st == 4) {
                s += Adsb.airspeedKt(b, 0) + Bits.bit(b, 0, ME + 25) + (long) Adsb.headingDeg(b, 0);
            }
            return s;
        }
        return Adsb.opStatusVersion(b, 0) + tc + v.mb();
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

package org.deconflict.modes.adsb;

import org.deconflict.modes.AltitudeCode;
import org.deconflict.modes.Callsign;
import org.deconflict.modes.IdentityCode;

/**
 * Allocation-free field accessors for the 56-bit ADS-B ME field held in a long (message bits 33-88, e.g.
 * {@code ModeSView.mb()}; DO-260B §2.2.3.2), the same on a frame in a {@code byte[]} at {@code off}, and
 * {@link #decode} building the matching {@link AdsbMessage} record. Unavailable values: {@link #NA} for ints,
 * NaN for doubles.
 */
public final class Adsb {
    /** Marker for "not available" integer values. */
    public static final int NA = Integer.MIN_VALUE;
    /** Feet per metre (1 ft = 0.3048 m exactly). */
    private static final double FT_PER_M = 1 / 0.3048;

    private Adsb() {
    }

    /** Type code, ME bits 1-5. */
    public static int typecode(long me) {
        return Me.get(me, 1, 5);
    }

    /** Subtype / category field, ME bits 6-8. */
    public static int subtype(long me) {
        return Me.get(me, 6, 3);
    }

    // ---- positions (TC5-8, 9-18, 20-22) ----

    /** Surveillance status, airborne position ME bits 6-7 (0 none, 1 permanent alert, 2 temporary alert, 3 SPI). */
    public static int surveillanceStatus(long me) {
        return Me.get(me, 6, 2);
    }

    /** NIC supplement B, airborne position ME bit 8. */
    public static int nicSupplementB(long me) {
        return Me.bit(me, 8);
    }

    /** Time synchronisation flag T (ME bit 21): the position is at an exact UTC 0.2 s epoch. */
    public static boolean utcSynchronized(long me) {
        return Me.flag(me, 21);
    }

    /** Surface movement code, ME bits 6-12 (see {@link #movementKt(int)}). */
    public static int movement(long me) {
        return Me.get(me, 6, 7);
    }

    /** CPR format F (ME bit 22): true = odd. */
    public static boolean cprOdd(long me) {
        return Me.flag(me, 22);
    }

    /** 17-bit CPR latitude, ME bits 23-39. */
    public static int cprLat(long me) {
        return Me.get(me, 23, 17);
    }

    /** 17-bit CPR longitude, ME bits 40-56. */
    public static int cprLon(long me) {
        return Me.get(me, 40, 17);
    }

    /** Airborne altitude in ft (TC9-18 barometric, TC20-22 GNSS height converted from m), or {@link #NA}. */
    public static int airborneAltitudeFt(long me) {
        int tc = typecode(me);
        int code = Me.get(me, 9, 12);
        if (tc >= 20 && tc <= 22) {
            return code == 0 ? NA : (int) Math.round(code * FT_PER_M);
        }
        int alt = AltitudeCode.decodeAc12(code);
        return alt == AltitudeCode.UNAVAILABLE ? NA : alt;
    }

    /** Surface movement code (ME bits 6-12) to ground speed in kt (DO-260B Table 2-21 lower bounds); NaN if unavailable. */
    public static double movementKt(int mov) {
        if (mov == 0 || mov > 124) {
            return Double.NaN;
        }
        if (mov == 1) {
            return 0;
        }
        if (mov <= 8) {
            return 0.125 + (mov - 2) * 0.125;
        }
        if (mov <= 12) {
            return 1 + (mov - 9) * 0.25;
        }
        if (mov <= 38) {
            return 2 + (mov - 13) * 0.5;
        }
        if (mov <= 93) {
            return 15 + (mov - 39);
        }
        if (mov <= 108) {
            return 70 + (mov - 94) * 2;
        }
        if (mov <= 123) {
            return 100 + (mov - 109) * 5;
        }
        return 175;
    }

    /** Surface ground track in degrees (ME 14-20, 360/128 LSB), NaN when the status bit (ME 13) is clear. */
    public static double surfaceTrackDeg(long me) {
        return Me.flag(me, 13) ? Me.get(me, 14, 7) * 360.0 / 128 : Double.NaN;
    }

    // ---- velocity (TC19) ----

    /** Intent change flag, ME bit 9. */
    public static boolean intentChange(long me) {
        return Me.flag(me, 9);
    }

    /** IFR capability flag, ME bit 10. */
    public static boolean ifrCapable(long me) {
        return Me.flag(me, 10);
    }

    /** NACv (v1/v2) or NUCr (v0), ME bits 11-13. */
    public static int nacV(long me) {
        return Me.get(me, 11, 3);
    }

    /** Ground speed in kt from the east/north components (subtypes 1-2), truncated as pyModeS v2; or {@link #NA}. */
    public static int groundSpeedKt(long me) {
        int ve = velocityEastKt(me);
        int vn = velocityNorthKt(me);
        return ve == NA || vn == NA ? NA : (int) Math.sqrt((double) ve * ve + (double) vn * vn);
    }

    /** Ground track in degrees true 0..360 from the east/north components (subtypes 1-2), NaN when not available. */
    public static double trackDeg(long me) {
        int ve = velocityEastKt(me);
        int vn = velocityNorthKt(me);
        if (ve == NA || vn == NA) {
            return Double.NaN;
        }
        return TrackAngle.degrees(ve, vn);
    }

    /** Airspeed type (subtypes 3-4, ME bit 25): true airspeed when set, else indicated. */
    public static boolean trueAirspeed(long me) {
        return Me.flag(me, 25);
    }

    /** Vertical rate source (ME bit 36): barometric when set, else GNSS. */
    public static boolean verticalRateBaro(long me) {
        return Me.flag(me, 36);
    }

    /** East velocity component in kt (subtypes 1-2), or {@link #NA}. */
    public static int velocityEastKt(long me) {
        return component(me, 14);
    }

    /** North velocity component in kt (subtypes 1-2), or {@link #NA}. */
    public static int velocityNorthKt(long me) {
        return component(me, 25);
    }

    private static int component(long me, int signBit) {
        int st = subtype(me);
        int v = Me.get(me, signBit + 1, 10);
        if ((st != 1 && st != 2) || v == 0) {
            return NA;
        }
        int kt = (v - 1) * (st == 2 ? 4 : 1); // subtype 2: supersonic, 4 kt LSB (DO-260B §2.2.3.2.6.2)
        return Me.negateIf(me, signBit, kt);
    }

    /** Airspeed in kt (subtypes 3-4), or {@link #NA}. */
    public static int airspeedKt(long me) {
        int st = subtype(me);
        int v = Me.get(me, 26, 10);
        if ((st != 3 && st != 4) || v == 0) {
            return NA;
        }
        return (v - 1) * (st == 4 ? 4 : 1);
    }

    /** Heading in degrees (subtypes 3-4, 360/1024 LSB), NaN when not available. */
    public static double headingDeg(long me) {
        int st = subtype(me);
        if ((st != 3 && st != 4) || !Me.flag(me, 14)) {
            return Double.NaN;
        }
        return Me.get(me, 15, 10) * 360.0 / 1024;
    }

    /** Vertical rate in ft/min (64 ft/min LSB), or {@link #NA}. */
    public static int verticalRateFpm(long me) {
        int v = Me.get(me, 38, 9);
        if (v == 0) {
            return NA;
        }
        int fpm = (v - 1) * 64;
        return Me.negateIf(me, 37, fpm);
    }

    /** GNSS height minus barometric altitude in ft (25 ft LSB), or {@link #NA}. */
    public static int geoMinusBaroFt(long me) {
        int v = Me.get(me, 50, 7);
        if (v == 0) {
            return NA;
        }
        int ft = (v - 1) * 25;
        return Me.negateIf(me, 49, ft);
    }

    // ---- operational status (TC31) ----

    /** ADS-B version number, TC31 ME bits 41-43. */
    public static int opStatusVersion(long me) {
        return Me.get(me, 41, 3);
    }

    /** NIC supplement A, TC31 ME bit 44. */
    public static int opStatusNicA(long me) {
        return Me.bit(me, 44);
    }

    /** NIC supplement C (surface subtype, version 2: capability class ME bit 20), else 0. */
    public static int opStatusNicC(long me) {
        return subtype(me) == 1 && opStatusVersion(me) == 2 ? Me.bit(me, 20) : 0;
    }

    /**
     * Decodes the ME field into a record. {@code version}, {@code nicA}, {@code nicC}
     * come from the sender's last TC31 (see {@link AdsbVersionTable}); they only affect NIC.
     */
    public static AdsbMessage decode(long me, int version, int nicA, int nicC) {
        int tc = typecode(me);
        if (tc >= 1 && tc <= 4) {
            return new Identification(tc, subtype(me), Callsign.decode(me).strip());
        }
        if (tc >= 5 && tc <= 8) {
            int mov = movement(me);
            double gs = movementKt(mov);
            double trk = surfaceTrackDeg(me);
            return new SurfacePosition(tc, mov, Double.isNaN(gs) ? null : gs, Double.isNaN(trk) ? null : trk,
                    utcSynchronized(me), cprOdd(me), cprLat(me), cprLon(me), Nic.surface(tc, version, nicA, nicC));
        }
        if ((tc >= 9 && tc <= 18) || (tc >= 20 && tc <= 22)) {
            int alt = airborneAltitudeFt(me);
            int nicB = nicSupplementB(me);
            return new AirbornePosition(tc, surveillanceStatus(me), nicB, alt == NA ? null : alt, tc >= 20,
                    utcSynchronized(me), cprOdd(me), cprLat(me), cprLon(me),
                    Nic.airborne(tc, version, nicA, nicB));
        }
        return switch (tc) {
            case 19 -> velocity(me);
            case 23 -> new TestMessage(subtype(me),
                    subtype(me) == 7 ? IdentityCode.decode(Me.get(me, 9, 13)) : null);
            case 28 -> status(me);
            case 29 -> targetState(me);
            case 31 -> operationalStatus(me);
            default -> other(me);
        };
    }

    private static OtherAdsb other(long me) {
        return new OtherAdsb(typecode(me), me);
    }

    private static AdsbMessage velocity(long me) {
        int st = subtype(me);
        if (st < 1 || st > 4) {
            return other(me);
        }
        Integer east = null;
        Integer north = null;
        Integer gs = null;
        Double trk = null;
        Integer as = null;
        Boolean tas = null;
        Double hdg = null;
        if (st <= 2) {
            int ve = velocityEastKt(me);
            int vn = velocityNorthKt(me);
            if (ve != NA && vn != NA) {
                east = ve;
                north = vn;
                gs = groundSpeedKt(me);
                trk = trackDeg(me);
            }
        } else {
            int a = airspeedKt(me);
            as = a == NA ? null : a;
            tas = trueAirspeed(me);
            double h = headingDeg(me);
            hdg = Double.isNaN(h) ? null : h;
        }
        int vr = verticalRateFpm(me);
        int dh = geoMinusBaroFt(me);
        return new AirborneVelocity(st, intentChange(me), ifrCapable(me), nacV(me), east, north, gs, trk, as, tas, hdg,
                vr == NA ? null : vr, verticalRateBaro(me), dh == NA ? null : dh);
    }

    private static AdsbMessage status(long me) {
        int st = subtype(me);
        if (st == 1) {
            return new EmergencyStatus(Me.get(me, 9, 3), IdentityCode.decode(Me.get(me, 12, 13)));
        }
        if (st == 2) {
            return new AcasRaBroadcast(Me.get(me, 9, 14), Me.get(me, 23, 4), Me.flag(me, 27),
                    Me.flag(me, 28), Me.get(me, 29, 2), Me.get(me, 31, 26));
        }
        return other(me);
    }

    private static AdsbMessage targetState(long me) {
        int st = Me.get(me, 6, 2);
        if (st == 1) { // DO-260B §2.2.3.2.7.1 (version 2)
            int alt = Me.get(me, 10, 11);
            int baro = Me.get(me, 21, 9);
            boolean modes = Me.flag(me, 47);
            return new TargetStateStatus(1, alt == 0 ? null : (alt - 1) * 32, Me.flag(me, 9),
                    baro == 0 ? null : (baro - 1) * 0.8 + 800,
                    Me.flag(me, 30) ? Me.get(me, 31, 9) * 180.0 / 256 : null, Me.get(me, 40, 4),
                    Me.flag(me, 44), Me.get(me, 45, 2), modes ? Me.flag(me, 48) : null,
                    modes ? Me.flag(me, 49) : null, modes ? Me.flag(me, 50) : null,
                    modes ? Me.flag(me, 52) : null, modes ? Me.flag(me, 54) : null,
                    Me.flag(me, 53), null, null); // ME 53 TCAS/ACAS operational: outside the mode bits ME 47 gates
        }
        if (st == 0) { // DO-260A §2.2.3.2.7.1 (version 1)
            boolean vertical = Me.get(me, 8, 2) != 0;
            boolean horizontal = Me.get(me, 26, 2) != 0;
            // ME 52 is "TCAS/ACAS not operational", ME 53 "resolution advisory active" (DO-260A capability/mode codes)
            return new TargetStateStatus(0, vertical ? Me.get(me, 16, 10) * 100 - 1000 : null,
                    vertical ? Me.get(me, 8, 2) == 3 : null, null,
                    horizontal ? (double) Me.get(me, 28, 9) : null, Me.get(me, 40, 4), Me.flag(me, 44),
                    Me.get(me, 45, 2), null, null, null, null, null, !Me.flag(me, 52), Me.get(me, 54, 3),
                    Me.flag(me, 53));
        }
        return other(me);
    }

    private static AdsbMessage operationalStatus(long me) {
        int st = subtype(me);
        if (st > 1) {
            return other(me);
        }
        boolean surface = st == 1;
        int version = opStatusVersion(me);
        boolean v2 = version == 2;
        return new OperationalStatus(st, version, surface ? Me.get(me, 9, 12) : Me.get(me, 9, 16),
                Me.get(me, 25, 16), opStatusNicA(me), surface ? opStatusNicC(me) : null,
                Me.get(me, 45, 4), (!surface && v2) ? Me.get(me, 49, 2) : null, Me.get(me, 51, 2),
                v2 ? Me.flag(me, 55) : null, surface ? null : Me.flag(me, 53),
                surface ? Me.flag(me, 53) : null, Me.flag(me, 54), surface ? Me.get(me, 21, 4) : null);
    }

    // ---- the same on the frame at {@code off} (reads its ME field) ----

    /** As {@link #typecode(long)} on the frame at {@code off}. */
    public static int typecode(byte[] b, int off) {
        return typecode(Me.of(b, off));
    }

    /** As {@link #subtype(long)} on the frame at {@code off}. */
    public static int subtype(byte[] b, int off) {
        return subtype(Me.of(b, off));
    }

    /** As {@link #cprOdd(long)} on the frame at {@code off}. */
    public static boolean cprOdd(byte[] b, int off) {
        return cprOdd(Me.of(b, off));
    }

    /** As {@link #cprLat(long)} on the frame at {@code off}. */
    public static int cprLat(byte[] b, int off) {
        return cprLat(Me.of(b, off));
    }

    /** As {@link #cprLon(long)} on the frame at {@code off}. */
    public static int cprLon(byte[] b, int off) {
        return cprLon(Me.of(b, off));
    }

    /** As {@link #airborneAltitudeFt(long)} on the frame at {@code off}. */
    public static int airborneAltitudeFt(byte[] b, int off) {
        return airborneAltitudeFt(Me.of(b, off));
    }

    /** As {@link #surfaceTrackDeg(long)} on the frame at {@code off}. */
    public static double surfaceTrackDeg(byte[] b, int off) {
        return surfaceTrackDeg(Me.of(b, off));
    }

    /** As {@link #velocityEastKt(long)} on the frame at {@code off}. */
    public static int velocityEastKt(byte[] b, int off) {
        return velocityEastKt(Me.of(b, off));
    }

    /** As {@link #velocityNorthKt(long)} on the frame at {@code off}. */
    public static int velocityNorthKt(byte[] b, int off) {
        return velocityNorthKt(Me.of(b, off));
    }

    /** As {@link #airspeedKt(long)} on the frame at {@code off}. */
    public static int airspeedKt(byte[] b, int off) {
        return airspeedKt(Me.of(b, off));
    }

    /** As {@link #headingDeg(long)} on the frame at {@code off}. */
    public static double headingDeg(byte[] b, int off) {
        return headingDeg(Me.of(b, off));
    }

    /** As {@link #verticalRateFpm(long)} on the frame at {@code off}. */
    public static int verticalRateFpm(byte[] b, int off) {
        return verticalRateFpm(Me.of(b, off));
    }

    /** As {@link #geoMinusBaroFt(long)} on the frame at {@code off}. */
    public static int geoMinusBaroFt(byte[] b, int off) {
        return geoMinusBaroFt(Me.of(b, off));
    }

    /** As {@link #opStatusVersion(long)} on the frame at {@code off}. */
    public static int opStatusVersion(byte[] b, int off) {
        return opStatusVersion(Me.of(b, off));
    }

    /** As {@link #opStatusNicA(long)} on the frame at {@code off}. */
    public static int opStatusNicA(byte[] b, int off) {
        return opStatusNicA(Me.of(b, off));
    }

    /** As {@link #opStatusNicC(long)} on the frame at {@code off}. */
    public static int opStatusNicC(byte[] b, int off) {
        return opStatusNicC(Me.of(b, off));
    }

    /** As {@link #decode(long, int, int, int)} on the frame at {@code off}. */
    public static AdsbMessage decode(byte[] b, int off, int version, int nicA, int nicC) {
        return decode(Me.of(b, off), version, nicA, nicC);
    }
}

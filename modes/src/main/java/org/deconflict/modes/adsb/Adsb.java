package org.deconflict.modes.adsb;

import org.deconflict.modes.AltitudeCode;
import org.deconflict.modes.Callsign;
import org.deconflict.modes.IdentityCode;

/**
 * Allocation-free field accessors for ADS-B ME fields of a frame at {@code off} (DO-260B §2.2.3.2), and
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
    public static int typecode(byte[] b, int off) {
        return Me.get(b, off, 1, 5);
    }

    /** Subtype / category field, ME bits 6-8. */
    public static int subtype(byte[] b, int off) {
        return Me.get(b, off, 6, 3);
    }

    // ---- positions (TC5-8, 9-18, 20-22) ----

    /** CPR format F (ME bit 22): true = odd. */
    public static boolean cprOdd(byte[] b, int off) {
        return Me.flag(b, off, 22);
    }

    /** 17-bit CPR latitude, ME bits 23-39. */
    public static int cprLat(byte[] b, int off) {
        return Me.get(b, off, 23, 17);
    }

    /** 17-bit CPR longitude, ME bits 40-56. */
    public static int cprLon(byte[] b, int off) {
        return Me.get(b, off, 40, 17);
    }

    /** Airborne altitude in ft (TC9-18 barometric, TC20-22 GNSS height converted from m), or {@link #NA}. */
    public static int airborneAltitudeFt(byte[] b, int off) {
        int tc = typecode(b, off);
        int code = Me.get(b, off, 9, 12);
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
    public static double surfaceTrackDeg(byte[] b, int off) {
        return Me.flag(b, off, 13) ? Me.get(b, off, 14, 7) * 360.0 / 128 : Double.NaN;
    }

    // ---- velocity (TC19) ----

    /** East velocity component in kt (subtypes 1-2), or {@link #NA}. */
    public static int velocityEastKt(byte[] b, int off) {
        return component(b, off, 14);
    }

    /** North velocity component in kt (subtypes 1-2), or {@link #NA}. */
    public static int velocityNorthKt(byte[] b, int off) {
        return component(b, off, 25);
    }

    private static int component(byte[] b, int off, int signBit) {
        int st = subtype(b, off);
        int v = Me.get(b, off, signBit + 1, 10);
        if ((st != 1 && st != 2) || v == 0) {
            return NA;
        }
        int kt = (v - 1) * (st == 2 ? 4 : 1); // subtype 2: supersonic, 4 kt LSB (DO-260B §2.2.3.2.6.2)
        return Me.flag(b, off, signBit) ? -kt : kt;
    }

    /** Airspeed in kt (subtypes 3-4), or {@link #NA}. */
    public static int airspeedKt(byte[] b, int off) {
        int st = subtype(b, off);
        int v = Me.get(b, off, 26, 10);
        if ((st != 3 && st != 4) || v == 0) {
            return NA;
        }
        return (v - 1) * (st == 4 ? 4 : 1);
    }

    /** Heading in degrees (subtypes 3-4, 360/1024 LSB), NaN when not available. */
    public static double headingDeg(byte[] b, int off) {
        int st = subtype(b, off);
        if ((st != 3 && st != 4) || !Me.flag(b, off, 14)) {
            return Double.NaN;
        }
        return Me.get(b, off, 15, 10) * 360.0 / 1024;
    }

    /** Vertical rate in ft/min (64 ft/min LSB), or {@link #NA}. */
    public static int verticalRateFpm(byte[] b, int off) {
        int v = Me.get(b, off, 38, 9);
        if (v == 0) {
            return NA;
        }
        int fpm = (v - 1) * 64;
        return Me.flag(b, off, 37) ? -fpm : fpm;
    }

    /** GNSS height minus barometric altitude in ft (25 ft LSB), or {@link #NA}. */
    public static int geoMinusBaroFt(byte[] b, int off) {
        int v = Me.get(b, off, 50, 7);
        if (v == 0) {
            return NA;
        }
        int ft = (v - 1) * 25;
        return Me.flag(b, off, 49) ? -ft : ft;
    }

    // ---- operational status (TC31) ----

    /** ADS-B version number, TC31 ME bits 41-43. */
    public static int opStatusVersion(byte[] b, int off) {
        return Me.get(b, off, 41, 3);
    }

    /** NIC supplement A, TC31 ME bit 44. */
    public static int opStatusNicA(byte[] b, int off) {
        return Me.bit(b, off, 44);
    }

    /** NIC supplement C (surface subtype, version 2: capability class ME bit 20), else 0. */
    public static int opStatusNicC(byte[] b, int off) {
        return subtype(b, off) == 1 && opStatusVersion(b, off) == 2 ? Me.bit(b, off, 20) : 0;
    }

    /**
     * Decodes the ME field of the frame at {@code off} into a record. {@code version}, {@code nicA}, {@code nicC}
     * come from the sender's last TC31 (see {@link AdsbVersionTable}); they only affect NIC.
     */
    public static AdsbMessage decode(byte[] b, int off, int version, int nicA, int nicC) {
        int tc = typecode(b, off);
        if (tc >= 1 && tc <= 4) {
            return new Identification(tc, subtype(b, off), Callsign.decode(b, off, Me.OFFSET + 9).strip());
        }
        if (tc >= 5 && tc <= 8) {
            int mov = Me.get(b, off, 6, 7);
            double gs = movementKt(mov);
            double trk = surfaceTrackDeg(b, off);
            return new SurfacePosition(tc, mov, Double.isNaN(gs) ? null : gs, Double.isNaN(trk) ? null : trk,
                    Me.flag(b, off, 21), cprOdd(b, off), cprLat(b, off), cprLon(b, off),
                    Nic.surface(tc, version, nicA, nicC));
        }
        if ((tc >= 9 && tc <= 18) || (tc >= 20 && tc <= 22)) {
            int alt = airborneAltitudeFt(b, off);
            int nicB = Me.bit(b, off, 8);
            return new AirbornePosition(tc, Me.get(b, off, 6, 2), nicB, alt == NA ? null : alt, tc >= 20,
                    Me.flag(b, off, 21), cprOdd(b, off), cprLat(b, off), cprLon(b, off),
                    Nic.airborne(tc, version, nicA, nicB));
        }
        return switch (tc) {
            case 19 -> velocity(b, off);
            case 23 -> new TestMessage(subtype(b, off),
                    subtype(b, off) == 7 ? IdentityCode.decode(Me.get(b, off, 9, 13)) : null);
            case 28 -> status(b, off);
            case 29 -> targetState(b, off);
            case 31 -> operationalStatus(b, off);
            default -> other(b, off);
        };
    }

    private static OtherAdsb other(byte[] b, int off) {
        return new OtherAdsb(typecode(b, off), org.deconflict.modes.Bits.field(b, off, Me.OFFSET + 1, 56));
    }

    private static AdsbMessage velocity(byte[] b, int off) {
        int st = subtype(b, off);
        if (st < 1 || st > 4) {
            return other(b, off);
        }
        Integer east = null;
        Integer north = null;
        Integer gs = null;
        Double trk = null;
        Integer as = null;
        Boolean tas = null;
        Double hdg = null;
        if (st <= 2) {
            int ve = velocityEastKt(b, off);
            int vn = velocityNorthKt(b, off);
            if (ve != NA && vn != NA) {
                east = ve;
                north = vn;
                gs = (int) Math.sqrt((double) ve * ve + (double) vn * vn); // truncated, as pyModeS v2
                double t = Math.toDegrees(Math.atan2(ve, vn));
                trk = t < 0 ? t + 360 : t;
            }
        } else {
            int a = airspeedKt(b, off);
            as = a == NA ? null : a;
            tas = Me.flag(b, off, 25);
            double h = headingDeg(b, off);
            hdg = Double.isNaN(h) ? null : h;
        }
        int vr = verticalRateFpm(b, off);
        int dh = geoMinusBaroFt(b, off);
        return new AirborneVelocity(st, Me.flag(b, off, 9), Me.flag(b, off, 10), Me.get(b, off, 11, 3), east, north,
                gs, trk, as, tas, hdg, vr == NA ? null : vr, Me.flag(b, off, 36), dh == NA ? null : dh);
    }

    private static AdsbMessage status(byte[] b, int off) {
        int st = subtype(b, off);
        if (st == 1) {
            return new EmergencyStatus(Me.get(b, off, 9, 3), IdentityCode.decode(Me.get(b, off, 12, 13)));
        }
        if (st == 2) {
            return new AcasRaBroadcast(Me.get(b, off, 9, 14), Me.get(b, off, 23, 4), Me.flag(b, off, 27),
                    Me.flag(b, off, 28), Me.get(b, off, 29, 2), Me.get(b, off, 31, 26));
        }
        return other(b, off);
    }

    private static AdsbMessage targetState(byte[] b, int off) {
        int st = Me.get(b, off, 6, 2);
        if (st == 1) { // DO-260B §2.2.3.2.7.1 (version 2)
            int alt = Me.get(b, off, 10, 11);
            int baro = Me.get(b, off, 21, 9);
            boolean modes = Me.flag(b, off, 47);
            return new TargetStateStatus(1, alt == 0 ? null : (alt - 1) * 32, Me.flag(b, off, 9),
                    baro == 0 ? null : (baro - 1) * 0.8 + 800,
                    Me.flag(b, off, 30) ? Me.get(b, off, 31, 9) * 180.0 / 256 : null, Me.get(b, off, 40, 4),
                    Me.flag(b, off, 44), Me.get(b, off, 45, 2), modes ? Me.flag(b, off, 48) : null,
                    modes ? Me.flag(b, off, 49) : null, modes ? Me.flag(b, off, 50) : null,
                    modes ? Me.flag(b, off, 52) : null, modes ? Me.flag(b, off, 54) : null,
                    modes ? Me.flag(b, off, 53) : null, null);
        }
        if (st == 0) { // DO-260A §2.2.3.2.7.1 (version 1)
            boolean vertical = Me.get(b, off, 8, 2) != 0;
            boolean horizontal = Me.get(b, off, 26, 2) != 0;
            return new TargetStateStatus(0, vertical ? Me.get(b, off, 16, 10) * 100 - 1000 : null,
                    vertical ? Me.get(b, off, 8, 2) == 3 : null, null,
                    horizontal ? (double) Me.get(b, off, 28, 9) : null, Me.get(b, off, 40, 4), Me.flag(b, off, 44),
                    Me.get(b, off, 45, 2), null, null, null, null, null, null, Me.get(b, off, 54, 3));
        }
        return other(b, off);
    }

    private static AdsbMessage operationalStatus(byte[] b, int off) {
        int st = subtype(b, off);
        if (st > 1) {
            return other(b, off);
        }
        boolean surface = st == 1;
        int version = opStatusVersion(b, off);
        boolean v2 = version == 2;
        return new OperationalStatus(st, version, surface ? Me.get(b, off, 9, 12) : Me.get(b, off, 9, 16),
                Me.get(b, off, 25, 16), opStatusNicA(b, off), surface ? opStatusNicC(b, off) : null,
                Me.get(b, off, 45, 4), (!surface && v2) ? Me.get(b, off, 49, 2) : null, Me.get(b, off, 51, 2),
                v2 ? Me.flag(b, off, 55) : null, surface ? null : Me.flag(b, off, 53),
                surface ? Me.flag(b, off, 53) : null, Me.flag(b, off, 54), surface ? Me.get(b, off, 21, 4) : null);
    }
}

package org.deconflict.modes.encode;

import org.deconflict.modes.AltitudeCode;
import org.deconflict.modes.Bits;
import org.deconflict.modes.Callsign;
import org.deconflict.modes.Crc24;
import org.deconflict.modes.IdentityCode;
import org.deconflict.modes.cpr.Cpr;

/**
 * Builds valid Mode S frames, the inverse of the decoder: DF11 all-call, DF17/18 extended squitters (identification,
 * airborne and surface position with CPR, velocity, operational status) with parity, and DF4/5/20/21 replies whose
 * parity is the CRC xor the aircraft address (address/parity, ICAO Annex 10 Vol IV §3.1.2.3.3.2), and the 56-bit MB
 * fields of Comm-B registers 1,0 1,7 2,0 3,0 4,0 5,0 6,0 (ICAO Doc 9871 Appendix A). Field layouts as in the decoder
 * (DO-260B §2.2.3.2). Each frame method returns a new 7- or 14-byte array.
 */
public final class ModeSEncoder {
    /** Feet per metre (1 ft = 0.3048 m). */
    private static final double FT_PER_M = 1 / 0.3048;

    private ModeSEncoder() {
    }

    // ---- surveillance and Comm-B replies (address/parity) ----

    /** DF11 all-call reply: capability {@code ca}, address, II/SI code {@code interrogatorCode} (0 = none) in parity. */
    public static byte[] allCall(int ca, int icao, int interrogatorCode) {
        byte[] f = new byte[7];
        f[0] = (byte) ((11 << 3) | (ca & 7));
        Bits.put(f, 0, 9, 24, icao);
        Crc24.writeParity(f, 0, 7, Crc24.compute(f, 0, 4) ^ (interrogatorCode & 0x7F));
        return f;
    }

    /** DF4 altitude reply: flight status, DR, UM, altitude in ft (25 ft Q-bit code; {@code Integer.MIN_VALUE} = none). */
    public static byte[] altitudeReply(int fs, int dr, int um, int altitudeFt, int icao) {
        return surveillance(4, fs, dr, um, ac13(altitudeFt), 0, icao, false);
    }

    /** DF5 identity reply with squawk digits ABCD as a decimal int (e.g. 7700). */
    public static byte[] identityReply(int fs, int dr, int um, int squawk, int icao) {
        return surveillance(5, fs, dr, um, IdentityCode.encode(squawk), 0, icao, false);
    }

    /** DF20 Comm-B altitude reply carrying the 56-bit {@code mb} field. */
    public static byte[] commBAltitudeReply(int fs, int dr, int um, int altitudeFt, long mb, int icao) {
        return surveillance(20, fs, dr, um, ac13(altitudeFt), mb, icao, true);
    }

    /** DF21 Comm-B identity reply carrying the 56-bit {@code mb} field. */
    public static byte[] commBIdentityReply(int fs, int dr, int um, int squawk, long mb, int icao) {
        return surveillance(21, fs, dr, um, IdentityCode.encode(squawk), mb, icao, true);
    }

    private static int ac13(int altitudeFt) {
        return altitudeFt == Integer.MIN_VALUE ? 0 : AltitudeCode.encodeAc13Q(altitudeFt);
    }

    private static byte[] surveillance(int df, int fs, int dr, int um, int code13, long mb, int icao, boolean longFrame) {
        int len = longFrame ? 14 : 7;
        byte[] f = new byte[len];
        f[0] = (byte) ((df << 3) | (fs & 7));
        Bits.put(f, 0, 9, 5, dr);
        Bits.put(f, 0, 14, 6, um);
        Bits.put(f, 0, 20, 13, code13);
        if (longFrame) {
            Bits.put(f, 0, 33, 56, mb);
        }
        Crc24.writeParity(f, 0, len, Crc24.compute(f, 0, len - 3) ^ (icao & 0xFFFFFF));
        return f;
    }

    /** BDS 2,0 MB field for a callsign (ICAO Doc 9871 Table A-2-32). */
    public static long mbIdentification(String callsign) {
        byte[] tmp = new byte[14];
        Bits.put(tmp, 0, 33, 8, 0x20);
        Callsign.encode(tmp, 0, 41, callsign);
        return Bits.field(tmp, 0, 33, 56);
    }

    /**
     * BDS 1,0 data link capability MB field (ICAO Doc 9871 Table A-2-16): overlay command capability (MB 15), Mode S
     * subnetwork version (17-23), enhanced protocol (24), specific services (25), uplink / downlink ELM throughput
     * (26-28, 29-32), aircraft identification (33), squitter (34), surveillance identifier (35) and common usage
     * GICB report (36) capabilities, DTE status (41-56). Continuation flag and the ACAS bits (16, 37-40) are 0.
     */
    public static long mbDataLinkCapability(boolean overlayCapable, int subnetworkVersion, boolean enhancedProtocol,
            boolean specificServices, int uplinkElm, int downlinkElm, boolean aircraftIdCapable,
            boolean squitterCapable, boolean surveillanceIdentifierCapable, boolean commonUsageGicbReport,
            int dteStatus) {
        long mb = mbField(1, 8, 0x10);
        mb |= mbField(15, 1, overlayCapable ? 1 : 0);
        mb |= mbField(17, 7, subnetworkVersion);
        mb |= mbField(24, 1, enhancedProtocol ? 1 : 0);
        mb |= mbField(25, 1, specificServices ? 1 : 0);
        mb |= mbField(26, 3, uplinkElm);
        mb |= mbField(29, 4, downlinkElm);
        mb |= mbField(33, 1, aircraftIdCapable ? 1 : 0);
        mb |= mbField(34, 1, squitterCapable ? 1 : 0);
        mb |= mbField(35, 1, surveillanceIdentifierCapable ? 1 : 0);
        mb |= mbField(36, 1, commonUsageGicbReport ? 1 : 0);
        return mb | mbField(41, 16, dteStatus);
    }

    /** Registers of the BDS 1,7 capability bits MB 1..28, as BDS codes (-1 = bit not assigned). Doc 9871 Table A-2-23. */
    private static final int[] GICB_REGISTER_BY_BIT = {0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x20, 0x21, 0x40, 0x41,
        0x42, 0x43, 0x44, 0x45, 0x48, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x5F, 0x60, -1, -1, 0xE1, 0xE2};

    /**
     * BDS 1,7 common usage GICB capability MB field (ICAO Doc 9871 Table A-2-23): one bit per served register, given
     * as BDS codes (0x40 for BDS 4,0); a register that has no bit in the table is refused.
     */
    public static long mbGicbCapability(int... registerCodes) {
        long mb = 0;
        for (int code : registerCodes) {
            int bit = -1;
            for (int i = 0; i < GICB_REGISTER_BY_BIT.length && bit < 0; i++) {
                bit = GICB_REGISTER_BY_BIT[i] == code ? i + 1 : -1;
            }
            if (bit < 0) {
                throw new IllegalArgumentException("no BDS 1,7 capability bit for register " + Integer.toHexString(code));
            }
            mb |= mbField(bit, 1, 1);
        }
        return mb;
    }

    /**
     * BDS 3,0 ACAS active resolution advisory MB field (ICAO Doc 9871 Table A-2-48): active RAs (MB 9-22), RA
     * complements (23-26), RA terminated (27), multiple threat (28), threat type (29-30), threat identity (31-56:
     * for type 1 the 24-bit address in MB 31-54).
     */
    public static long mbAcasActiveResolution(int activeRa, int racRecord, boolean raTerminated,
            boolean multipleThreat, int threatType, int threatIdentity) {
        long mb = mbField(1, 8, 0x30);
        mb |= mbField(9, 14, activeRa);
        mb |= mbField(23, 4, racRecord);
        mb |= mbField(27, 1, raTerminated ? 1 : 0);
        mb |= mbField(28, 1, multipleThreat ? 1 : 0);
        mb |= mbField(29, 2, threatType);
        return mb | mbField(31, 26, threatIdentity);
    }

    /**
     * BDS 4,0 selected vertical intention MB field (ICAO Doc 9871 Table A-2-64): MCP/FCU and FMS selected altitudes
     * in ft (16 ft steps, {@code Integer.MIN_VALUE} = not available), barometric pressure setting in hPa (0.1 hPa
     * steps above 800 hPa, NaN = not available), VNAV / altitude hold / approach mode bits 2..0 (-1 = not
     * available) and target altitude source 0-3 (-1 = not available). Each status bit is set with its field.
     */
    public static long mbSelectedVerticalIntention(int mcpAltitudeFt, int fmsAltitudeFt, double baroSettingHpa,
            int modeBits, int targetAltitudeSource) {
        long mb = 0;
        if (mcpAltitudeFt != Integer.MIN_VALUE) {
            mb |= mbField(1, 1, 1) | mbField(2, 12, clamp(Math.round(mcpAltitudeFt / 16.0), 0, 4095));
        }
        if (fmsAltitudeFt != Integer.MIN_VALUE) {
            mb |= mbField(14, 1, 1) | mbField(15, 12, clamp(Math.round(fmsAltitudeFt / 16.0), 0, 4095));
        }
        if (!Double.isNaN(baroSettingHpa)) {
            mb |= mbField(27, 1, 1) | mbField(28, 12, clamp(Math.round((baroSettingHpa - 800) * 10), 0, 4095));
        }
        if (modeBits >= 0) {
            mb |= mbField(48, 1, 1) | mbField(49, 3, modeBits);
        }
        if (targetAltitudeSource >= 0) {
            mb |= mbField(54, 1, 1) | mbField(55, 2, targetAltitudeSource);
        }
        return mb;
    }

    /**
     * BDS 5,0 track and turn report MB field (ICAO Doc 9871 Table A-2-80): roll angle in degrees (right wing down
     * positive, 45/256° steps), true track in degrees (90/512° steps), ground speed in kt (2 kt steps), track angle
     * rate in °/s (8/256 °/s steps), true airspeed in kt (2 kt steps); NaN = not available (status bit clear).
     */
    public static long mbTrackAndTurn(double rollDeg, double trueTrackDeg, double groundSpeedKt,
            double trackRateDegS, double trueAirspeedKt) {
        long mb = 0;
        if (!Double.isNaN(rollDeg)) {
            mb |= mbField(1, 1, 1) | mbField(2, 10, signed(rollDeg * 256 / 45, 9));
        }
        if (!Double.isNaN(trueTrackDeg)) {
            mb |= mbField(12, 1, 1) | mbField(13, 11, angle(trueTrackDeg, 10));
        }
        if (!Double.isNaN(groundSpeedKt)) {
            mb |= mbField(24, 1, 1) | mbField(25, 10, clamp(Math.round(groundSpeedKt / 2), 0, 1023));
        }
        if (!Double.isNaN(trackRateDegS)) {
            mb |= mbField(35, 1, 1) | mbField(36, 10, signed(trackRateDegS * 256 / 8, 9));
        }
        if (!Double.isNaN(trueAirspeedKt)) {
            mb |= mbField(46, 1, 1) | mbField(47, 10, clamp(Math.round(trueAirspeedKt / 2), 0, 1023));
        }
        return mb;
    }

    /**
     * BDS 6,0 heading and speed report MB field (ICAO Doc 9871 Table A-2-96): magnetic heading in degrees (90/512°
     * steps), indicated airspeed in kt (1 kt steps), Mach (2.048/512 steps), barometric and inertial vertical rates
     * in ft/min (32 ft/min steps); NaN = not available (status bit clear).
     */
    public static long mbHeadingAndSpeed(double magneticHeadingDeg, double indicatedAirspeedKt, double mach,
            double baroVerticalRateFpm, double inertialVerticalRateFpm) {
        long mb = 0;
        if (!Double.isNaN(magneticHeadingDeg)) {
            mb |= mbField(1, 1, 1) | mbField(2, 11, angle(magneticHeadingDeg, 10));
        }
        if (!Double.isNaN(indicatedAirspeedKt)) {
            mb |= mbField(13, 1, 1) | mbField(14, 10, clamp(Math.round(indicatedAirspeedKt), 0, 1023));
        }
        if (!Double.isNaN(mach)) {
            mb |= mbField(24, 1, 1) | mbField(25, 10, clamp(Math.round(mach * 512 / 2.048), 0, 1023));
        }
        if (!Double.isNaN(baroVerticalRateFpm)) {
            mb |= mbField(35, 1, 1) | mbField(36, 10, signed(baroVerticalRateFpm / 32, 9));
        }
        if (!Double.isNaN(inertialVerticalRateFpm)) {
            mb |= mbField(46, 1, 1) | mbField(47, 10, signed(inertialVerticalRateFpm / 32, 9));
        }
        return mb;
    }

    /** {@code value} in MB bits {@code start..start+n-1} (1-based, MB bit 1 = message bit 33) of a 56-bit MB long. */
    private static long mbField(int start, int n, long value) {
        return (value & ((1L << n) - 1)) << (57 - start - n);
    }

    /** Sign bit + {@code n} magnitude bits in two's complement for {@code units}, rounded and clamped to range. */
    private static long signed(double units, int n) {
        long v = clamp(Math.round(units), -(1L << n), (1L << n) - 1);
        return v & ((1L << (n + 1)) - 1);
    }

    /**
     * An angle in degrees as sign bit + {@code n} bits (two's complement over −180..180°, 360/2^(n+1) degree steps,
     * Doc 9871 Tables A-2-80 and A-2-96): the angle mod 360 in 2^(n+1) steps has exactly those bits.
     */
    private static long angle(double deg, int n) {
        double a = ((deg % 360) + 360) % 360;
        return Math.round(a * (1L << (n + 1)) / 360.0) & ((1L << (n + 1)) - 1);
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    // ---- extended squitter (DF17 / DF18) ----

    /** TC1-4 identification. {@code df} 17 or 18; {@code ca} is CA (DF17) or CF (DF18). */
    public static byte[] identification(int df, int ca, int icao, int tc, int category, String callsign) {
        byte[] f = header(df, ca, icao);
        me(f, 1, 5, tc);
        me(f, 6, 3, category);
        Callsign.encode(f, 0, 32 + 9, callsign);
        return seal(f);
    }

    /**
     * TC9-18 (barometric, altitude in 25 ft steps) or TC20-22 (GNSS height, ft converted to m) airborne position
     * from latitude/longitude in degrees, CPR-encoded as even or {@code odd}. {@code altitudeFt} =
     * {@code Integer.MIN_VALUE} for "no altitude".
     */
    public static byte[] airbornePosition(int df, int ca, int icao, int tc, int surveillanceStatus, int nicB,
            int altitudeFt, boolean odd, double latDeg, double lonDeg) {
        long cpr = Cpr.encode(latDeg, lonDeg, odd, false);
        return airbornePositionCpr(df, ca, icao, tc, surveillanceStatus, nicB, altitudeFt, odd,
                (int) (cpr >>> 17), (int) (cpr & 0x1FFFF));
    }

    /** As {@link #airbornePosition} with raw 17-bit CPR values. */
    public static byte[] airbornePositionCpr(int df, int ca, int icao, int tc, int surveillanceStatus, int nicB,
            int altitudeFt, boolean odd, int latCpr, int lonCpr) {
        byte[] f = header(df, ca, icao);
        me(f, 1, 5, tc);
        me(f, 6, 2, surveillanceStatus);
        me(f, 8, 1, nicB);
        int code = 0;
        if (altitudeFt != Integer.MIN_VALUE) {
            code = tc >= 20 ? (int) Math.max(1, Math.min(4095, Math.round(altitudeFt / FT_PER_M)))
                    : AltitudeCode.ac13ToAc12(AltitudeCode.encodeAc13Q(altitudeFt));
        }
        me(f, 9, 12, code);
        me(f, 22, 1, odd ? 1 : 0);
        me(f, 23, 17, latCpr);
        me(f, 40, 17, lonCpr);
        return seal(f);
    }

    /**
     * TC5-8 surface position: ground speed in kt (NaN = unavailable) quantised to the movement code, ground track in
     * degrees (NaN = unavailable), position CPR-encoded over 90° zones.
     */
    public static byte[] surfacePosition(int df, int ca, int icao, int tc, double groundSpeedKt, double trackDeg,
            boolean odd, double latDeg, double lonDeg) {
        long cpr = Cpr.encode(latDeg, lonDeg, odd, true);
        byte[] f = header(df, ca, icao);
        me(f, 1, 5, tc);
        me(f, 6, 7, movementCode(groundSpeedKt));
        if (!Double.isNaN(trackDeg)) {
            me(f, 13, 1, 1);
            me(f, 14, 7, (int) Math.round(((trackDeg % 360 + 360) % 360) * 128 / 360.0) & 0x7F);
        }
        me(f, 22, 1, odd ? 1 : 0);
        me(f, 23, 17, (int) (cpr >>> 17));
        me(f, 40, 17, (int) (cpr & 0x1FFFF));
        return seal(f);
    }

    /** Movement code for a ground speed in kt (DO-260B Table 2-21); NaN gives 0 (no information). */
    public static int movementCode(double kt) {
        if (Double.isNaN(kt) || kt < 0) {
            return 0;
        }
        if (kt < 0.125) {
            return 1;
        }
        if (kt < 1) {
            return 2 + (int) ((kt - 0.125) / 0.125);
        }
        if (kt < 2) {
            return 9 + (int) ((kt - 1) / 0.25);
        }
        if (kt < 15) {
            return 13 + (int) ((kt - 2) / 0.5);
        }
        if (kt < 70) {
            return 39 + (int) (kt - 15);
        }
        if (kt < 100) {
            return 94 + (int) ((kt - 70) / 2);
        }
        if (kt < 175) {
            return 109 + (int) ((kt - 100) / 5);
        }
        return 124;
    }

    /**
     * TC19 subtype 1 (or 2 when a component exceeds 1022 kt) ground-speed velocity: east/north components in kt,
     * vertical rate in ft/min ({@code Integer.MIN_VALUE} = none) from baro or GNSS, GNSS-minus-baro height in ft
     * ({@code Integer.MIN_VALUE} = none), NACv.
     */
    public static byte[] groundVelocity(int df, int ca, int icao, int eastKt, int northKt, int verticalRateFpm,
            boolean baroVerticalRate, int geoMinusBaroFt, int nacV) {
        boolean supersonic = Math.abs(eastKt) > 1022 || Math.abs(northKt) > 1022;
        int scale = supersonic ? 4 : 1;
        byte[] f = header(df, ca, icao);
        me(f, 1, 5, 19);
        me(f, 6, 3, supersonic ? 2 : 1);
        me(f, 11, 3, nacV);
        me(f, 14, 1, eastKt < 0 ? 1 : 0);
        me(f, 15, 10, Math.min(1023, Math.abs(eastKt) / scale + 1));
        me(f, 25, 1, northKt < 0 ? 1 : 0);
        me(f, 26, 10, Math.min(1023, Math.abs(northKt) / scale + 1));
        verticalAndHeight(f, verticalRateFpm, baroVerticalRate, geoMinusBaroFt);
        return seal(f);
    }

    /**
     * TC19 subtype 3 (or 4 above 1022 kt) airspeed velocity: airspeed in kt ({@code Integer.MIN_VALUE} = none),
     * true ({@code tas}) or indicated, heading in degrees (NaN = none), vertical rate and height difference as in
     * {@link #groundVelocity}.
     */
    public static byte[] airspeedVelocity(int df, int ca, int icao, int airspeedKt, boolean tas, double headingDeg,
            int verticalRateFpm, boolean baroVerticalRate, int geoMinusBaroFt, int nacV) {
        boolean supersonic = airspeedKt != Integer.MIN_VALUE && airspeedKt > 1022;
        byte[] f = header(df, ca, icao);
        me(f, 1, 5, 19);
        me(f, 6, 3, supersonic ? 4 : 3);
        me(f, 11, 3, nacV);
        if (!Double.isNaN(headingDeg)) {
            me(f, 14, 1, 1);
            me(f, 15, 10, (int) Math.round(((headingDeg % 360 + 360) % 360) * 1024 / 360.0) & 0x3FF);
        }
        me(f, 25, 1, tas ? 1 : 0);
        if (airspeedKt != Integer.MIN_VALUE) {
            me(f, 26, 10, Math.min(1023, airspeedKt / (supersonic ? 4 : 1) + 1));
        }
        verticalAndHeight(f, verticalRateFpm, baroVerticalRate, geoMinusBaroFt);
        return seal(f);
    }

    private static void verticalAndHeight(byte[] f, int vr, boolean baro, int dh) {
        me(f, 36, 1, baro ? 1 : 0);
        if (vr != Integer.MIN_VALUE) {
            me(f, 37, 1, vr < 0 ? 1 : 0);
            me(f, 38, 9, Math.min(511, Math.round(Math.abs(vr) / 64f) + 1));
        }
        if (dh != Integer.MIN_VALUE) {
            me(f, 49, 1, dh < 0 ? 1 : 0);
            me(f, 50, 7, Math.min(127, Math.round(Math.abs(dh) / 25f) + 1));
        }
    }

    /**
     * TC31 operational status, airborne ({@code subtype} 0) or surface (1): raw capability class (16 bits airborne,
     * 12 surface) and operational mode codes, version, NIC supplement A, NACp, GVA (airborne), SIL,
     * NICbaro (airborne) / track-angle-heading (surface), HRD and SIL supplement; {@code lengthWidth} for surface.
     */
    public static byte[] operationalStatus(int df, int ca, int icao, int subtype, int capabilityClass,
            int operationalMode, int version, int nicA, int nacP, int gva, int sil, boolean nicBaroOrTrackHeading,
            boolean hrdMagnetic, boolean silSupplement, int lengthWidth) {
        byte[] f = header(df, ca, icao);
        me(f, 1, 5, 31);
        me(f, 6, 3, subtype);
        if (subtype == 1) {
            me(f, 9, 12, capabilityClass);
            me(f, 21, 4, lengthWidth);
        } else {
            me(f, 9, 16, capabilityClass);
            me(f, 49, 2, gva);
        }
        me(f, 25, 16, operationalMode);
        me(f, 41, 3, version);
        me(f, 44, 1, nicA);
        me(f, 45, 4, nacP);
        me(f, 51, 2, sil);
        me(f, 53, 1, nicBaroOrTrackHeading ? 1 : 0);
        me(f, 54, 1, hrdMagnetic ? 1 : 0);
        me(f, 55, 1, silSupplement ? 1 : 0);
        return seal(f);
    }

    private static byte[] header(int df, int ca, int icao) {
        byte[] f = new byte[14];
        f[0] = (byte) ((df << 3) | (ca & 7));
        Bits.put(f, 0, 9, 24, icao);
        return f;
    }

    private static void me(byte[] f, int start, int n, long value) {
        Bits.put(f, 0, 32 + start, n, value);
    }

    private static byte[] seal(byte[] f) {
        Crc24.writeParity(f, 0, 14, Crc24.compute(f, 0, 11));
        return f;
    }
}

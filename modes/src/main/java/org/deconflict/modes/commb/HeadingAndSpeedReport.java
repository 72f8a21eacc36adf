package org.deconflict.modes.commb;

import org.deconflict.modes.AltitudeCode;

/**
 * BDS 6,0 heading and speed report (ICAO Doc 9871 Table A-2-96): magnetic heading (deg), indicated airspeed (kt),
 * Mach, barometric and inertial vertical rates (ft/min, 32 ft/min LSB). Null = status bit clear.
 */
public record HeadingAndSpeedReport(Double magneticHeadingDeg, Integer indicatedAirspeedKt, Double mach,
        Integer baroVerticalRateFpm, Integer inertialVerticalRateFpm) implements CommBRegister {

    /** Plausibility limits of the heuristic (pyModeS v2 figures). */
    private static final int MAX_IAS_KT = 500;
    private static final double MAX_MACH = 1.0;
    private static final int MAX_VR_FPM = 6000;
    private static final double MAX_IAS_MISMATCH_KT = 20;
    private static final double M_PER_FT = 0.3048;
    private static final double MS_PER_KT = 1852.0 / 3600.0;

    /**
     * Heuristic: status bits consistent, IAS ≤ 500 kt, Mach ≤ 1, |vertical rates| ≤ 6000 ft/min and, when the reply
     * carries an altitude ({@code altitudeFt} not {@link AltitudeCode#UNAVAILABLE}), IAS within 20 kt of the CAS that
     * the reported Mach gives at that altitude in the standard atmosphere.
     */
    public static boolean isValid(byte[] b, int off, int altitudeFt) {
        if (Mb.wrongStatus(b, off, 1, 2, 12) || Mb.wrongStatus(b, off, 13, 14, 23)
                || Mb.wrongStatus(b, off, 24, 25, 34) || Mb.wrongStatus(b, off, 35, 36, 45)
                || Mb.wrongStatus(b, off, 46, 47, 56)) {
            return false;
        }
        int ias = indicatedAirspeedKt(b, off);
        double mach = mach(b, off);
        if (ias > MAX_IAS_KT || (!Double.isNaN(mach) && mach > MAX_MACH)) {
            return false;
        }
        if (Mb.bit(b, off, 35) == 1 && Math.abs(verticalRate(b, off, 36)) > MAX_VR_FPM) {
            return false;
        }
        if (Mb.bit(b, off, 46) == 1 && Math.abs(verticalRate(b, off, 47)) > MAX_VR_FPM) {
            return false;
        }
        if (ias >= 0 && !Double.isNaN(mach) && altitudeFt != AltitudeCode.UNAVAILABLE) {
            double casKt = Atmosphere.machToCas(mach, altitudeFt * M_PER_FT) / MS_PER_KT;
            return Math.abs(ias - casKt) <= MAX_IAS_MISMATCH_KT;
        }
        return true;
    }

    /** Magnetic heading in degrees 0..360 (90/512 LSB), NaN when not available. */
    public static double magneticHeadingDeg(byte[] b, int off) {
        if (Mb.bit(b, off, 1) == 0) {
            return Double.NaN;
        }
        double h = Mb.signed(b, off, 2, 10) * 90.0 / 512;
        return h < 0 ? h + 360 : h;
    }

    /** Indicated airspeed in kt, -1 when not available. */
    public static int indicatedAirspeedKt(byte[] b, int off) {
        return Mb.bit(b, off, 13) == 1 ? Mb.get(b, off, 14, 10) : -1;
    }

    /** Mach number (2.048/512 LSB), NaN when not available. */
    public static double mach(byte[] b, int off) {
        return Mb.bit(b, off, 24) == 1 ? Mb.get(b, off, 25, 10) * 2.048 / 512 : Double.NaN;
    }

    /** Vertical rate (ft/min, 32 ft/min LSB, two's complement) from the sign bit at {@code signPos} and 9 bits. */
    static int verticalRate(byte[] b, int off, int signPos) {
        return Mb.signed(b, off, signPos, 9) * 32;
    }

    public static HeadingAndSpeedReport decode(byte[] b, int off) {
        double hdg = magneticHeadingDeg(b, off);
        int ias = indicatedAirspeedKt(b, off);
        double mach = mach(b, off);
        return new HeadingAndSpeedReport(Double.isNaN(hdg) ? null : hdg, ias < 0 ? null : ias,
                Double.isNaN(mach) ? null : mach, Mb.bit(b, off, 35) == 1 ? verticalRate(b, off, 36) : null,
                Mb.bit(b, off, 46) == 1 ? verticalRate(b, off, 47) : null);
    }

    @Override
    public Bds bds() {
        return Bds.BDS60;
    }
}

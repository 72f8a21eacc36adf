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
    private static final double MS_PER_KT = 1852.0 / 3600.0;
    /** Largest 10-bit Mach code whose Mach number (as {@link #mach} computes it) is within {@link #MAX_MACH}. */
    static final int MAX_MACH_CODE = maxMachCode();

    private static int maxMachCode() {
        int code = 0;
        while (code < 1023 && (code + 1) * 2.048 / 512 <= MAX_MACH) {
            code++;
        }
        return code;
    }
    /** (status, first, last) of heading, IAS, Mach, baro and inertial vertical rate. ICAO Doc 9871 Table A-2-96. */
    private static final Mb.StatusGroups STATUS = Mb.StatusGroups.of(1, 2, 12, 13, 14, 23, 24, 25, 34, 35, 36, 45,
            46, 47, 56);

    /**
     * Heuristic: status bits consistent, IAS ≤ 500 kt, Mach ≤ 1, |vertical rates| ≤ 6000 ft/min and, when the reply
     * carries an altitude ({@code altitudeFt} not {@link AltitudeCode#UNAVAILABLE}), IAS within 20 kt of the CAS that
     * the reported Mach gives at that altitude in the standard atmosphere.
     */
    public static boolean isValid(long mb, int altitudeFt) {
        if (!STATUS.consistent(mb)) {
            return false;
        }
        // tests in order of how many other registers' replies they reject once the status bits pass (real traffic:
        // IAS about 70 %, inertial vertical rate 65 %, baro vertical rate and Mach 15 %)
        int ias = indicatedAirspeedKt(mb);
        if (ias > MAX_IAS_KT) {
            return false;
        }
        if (Mb.bit(mb, 46) == 1 && Math.abs(verticalRate(mb, 47)) > MAX_VR_FPM) {
            return false;
        }
        if (Mb.bit(mb, 35) == 1 && Math.abs(verticalRate(mb, 36)) > MAX_VR_FPM) {
            return false;
        }
        boolean hasMach = Mb.bit(mb, 24) == 1;
        int machCode = Mb.get(mb, 25, 10);
        if (hasMach && machCode > MAX_MACH_CODE) { // the Mach limit compared on the code
            return false;
        }
        if (ias >= 0 && hasMach && altitudeFt != AltitudeCode.UNAVAILABLE) {
            // |IAS - CAS(Mach, alt)| <= 20 kt, compared as impact pressures (CAS grows monotonically with them)
            double q = Atmosphere.pressureAtFt(altitudeFt) * MACH_IMPACT_RATIO[machCode];
            return q >= Q_LOW_BY_IAS[ias] && q <= Q_HIGH_BY_IAS[ias];
        }
        return true;
    }

    /** Impact over static pressure for each 10-bit Mach code ({@link Atmosphere#impactPressureFromMach} at p = 1). */
    private static final double[] MACH_IMPACT_RATIO = new double[1 << 10];
    /** Impact pressures (Pa) of CAS = IAS - 20 kt and IAS + 20 kt for each IAS in 0..500 kt that passes the limit. */
    private static final double[] Q_LOW_BY_IAS = new double[MAX_IAS_KT + 1];
    private static final double[] Q_HIGH_BY_IAS = new double[MAX_IAS_KT + 1];

    static {
        for (int code = 0; code < MACH_IMPACT_RATIO.length; code++) {
            MACH_IMPACT_RATIO[code] = Atmosphere.impactPressureFromMach(code * 2.048 / 512, 1.0);
        }
        for (int ias = 0; ias <= MAX_IAS_KT; ias++) {
            Q_LOW_BY_IAS[ias] = Atmosphere.impactPressureFromCas(Math.max(0, ias - MAX_IAS_MISMATCH_KT) * MS_PER_KT);
            Q_HIGH_BY_IAS[ias] = Atmosphere.impactPressureFromCas((ias + MAX_IAS_MISMATCH_KT) * MS_PER_KT);
        }
    }

    /**
     * Magnetic heading in degrees 0..360 (90/512 LSB), NaN when not available. The sign bit and 10 bits read as one
     * 11-bit unsigned number are the two's-complement angle plus 360° when negative (2048 · 90/512 = 360), exactly.
     */
    public static double magneticHeadingDeg(long mb) {
        return Mb.orNaN(mb, 1, Mb.get(mb, 2, 11) * 90.0 / 512);
    }

    /** Indicated airspeed in kt, -1 when not available. */
    public static int indicatedAirspeedKt(long mb) {
        return Mb.orMinusOne(mb, 13, Mb.get(mb, 14, 10));
    }

    /** Mach number (2.048/512 LSB), NaN when not available. */
    public static double mach(long mb) {
        return Mb.orNaN(mb, 24, Mb.get(mb, 25, 10) * 2.048 / 512);
    }

    /** Vertical rate (ft/min, 32 ft/min LSB, two's complement) from the sign bit at {@code signPos} and 9 bits. */
    static int verticalRate(long mb, int signPos) {
        return Mb.signed(mb, signPos, 9) * 32;
    }

    public static HeadingAndSpeedReport decode(long mb) {
        double hdg = magneticHeadingDeg(mb);
        int ias = indicatedAirspeedKt(mb);
        double mach = mach(mb);
        int baro = baroVerticalRateFpm(mb);
        int inertial = inertialVerticalRateFpm(mb);
        return new HeadingAndSpeedReport(Double.isNaN(hdg) ? null : hdg, ias < 0 ? null : ias,
                Double.isNaN(mach) ? null : mach, baro == NA ? null : baro, inertial == NA ? null : inertial);
    }

    /** Marker for a vertical rate that is not available. */
    public static final int NA = Integer.MIN_VALUE;

    /** Barometric altitude rate in ft/min, {@link #NA} when not available. */
    public static int baroVerticalRateFpm(long mb) {
        return Mb.orElse(mb, 35, verticalRate(mb, 36), NA);
    }

    /** Inertial vertical velocity in ft/min, {@link #NA} when not available. */
    public static int inertialVerticalRateFpm(long mb) {
        return Mb.orElse(mb, 46, verticalRate(mb, 47), NA);
    }

    /** As {@link #isValid(long, int)} on the frame at {@code off}. */
    public static boolean isValid(byte[] b, int off, int altitudeFt) {
        return isValid(Mb.of(b, off), altitudeFt);
    }

    /** As {@link #magneticHeadingDeg(long)} on the frame at {@code off}. */
    public static double magneticHeadingDeg(byte[] b, int off) {
        return magneticHeadingDeg(Mb.of(b, off));
    }

    /** As {@link #indicatedAirspeedKt(long)} on the frame at {@code off}. */
    public static int indicatedAirspeedKt(byte[] b, int off) {
        return indicatedAirspeedKt(Mb.of(b, off));
    }

    /** As {@link #mach(long)} on the frame at {@code off}. */
    public static double mach(byte[] b, int off) {
        return mach(Mb.of(b, off));
    }

    /** As {@link #decode(long)} on the frame at {@code off}. */
    public static HeadingAndSpeedReport decode(byte[] b, int off) {
        return decode(Mb.of(b, off));
    }

    @Override
    public Bds bds() {
        return Bds.BDS60;
    }
}

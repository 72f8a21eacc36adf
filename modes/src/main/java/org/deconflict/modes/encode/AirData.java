package org.deconflict.modes.encode;

/**
 * Air data for Comm-B reports from true airspeed and pressure altitude in the ICAO standard atmosphere (ICAO Doc 7488,
 * troposphere and lower stratosphere, below 20 km): speed of sound, Mach number and calibrated airspeed (subsonic,
 * isentropic, γ = 1.4). Used to fill BDS 6,0 (IAS, Mach) consistently with an aircraft's true state.
 */
public final class AirData {
    /** Sea-level pressure, Pa, and speed of sound, m/s (ICAO Doc 7488 Table A). */
    private static final double P0_PA = 101_325, A0_MPS = 340.294;
    /** Sea-level temperature, K; lapse rate, K/m; tropopause height, m (ICAO Doc 7488). */
    private static final double T0_K = 288.15, LAPSE_K_PER_M = 0.0065, TROPOPAUSE_M = 11_000;
    /** Pressure at the tropopause, Pa, and the stratosphere's pressure scale height R·T/g, m (ICAO Doc 7488). */
    private static final double P11_PA = 22_632.06, SCALE_HEIGHT_M = 6341.62;
    /** g / (R·L) for dry air (ICAO Doc 7488: g = 9.80665, R = 287.05287, L = 0.0065). */
    private static final double PRESSURE_EXPONENT = 5.255877;
    private static final double MPS_PER_KT = 1852.0 / 3600, M_PER_FT = 0.3048;

    private AirData() {
    }

    /** Static pressure in Pa at a pressure altitude in ft. */
    public static double pressurePa(double altitudeFt) {
        double h = altitudeFt * M_PER_FT;
        return h <= TROPOPAUSE_M ? P0_PA * Math.pow(1 - LAPSE_K_PER_M * h / T0_K, PRESSURE_EXPONENT)
                : P11_PA * Math.exp(-(h - TROPOPAUSE_M) / SCALE_HEIGHT_M);
    }

    /** Mach number of a true airspeed in kt at a pressure altitude in ft. */
    public static double mach(double trueAirspeedKt, double altitudeFt) {
        double h = Math.min(altitudeFt * M_PER_FT, TROPOPAUSE_M);
        double t = T0_K - LAPSE_K_PER_M * h;
        return trueAirspeedKt * MPS_PER_KT / (A0_MPS * Math.sqrt(t / T0_K));
    }

    /** Calibrated airspeed in kt for a subsonic Mach number at a pressure altitude in ft. */
    public static double calibratedAirspeedKt(double mach, double altitudeFt) {
        double qc = pressurePa(altitudeFt) * (Math.pow(1 + 0.2 * mach * mach, 3.5) - 1);
        return A0_MPS * Math.sqrt(5 * (Math.pow(qc / P0_PA + 1, 2 / 7.0) - 1)) / MPS_PER_KT;
    }
}

package org.deconflict.modes.commb;

/**
 * ICAO standard atmosphere (ICAO Doc 7488, troposphere and lower stratosphere) for the Mach/IAS consistency
 * check of BDS 6,0. SI units inside; speeds in m/s.
 */
final class Atmosphere {
    /** ICAO Doc 7488 sea-level values and constants. */
    private static final double T0_K = 288.15;
    private static final double P0_PA = 101325.0;
    private static final double RHO0 = 1.225;
    private static final double R = 287.05287;
    private static final double GAMMA = 1.40;
    private static final double G0 = 9.80665;
    private static final double LAPSE_K_PER_M = -0.0065;
    private static final double TROPOPAUSE_M = 11000.0;
    private static final double T11_K = T0_K + LAPSE_K_PER_M * TROPOPAUSE_M;

    private Atmosphere() {
    }

    static double temperatureK(double hM) {
        return Math.max(T0_K + LAPSE_K_PER_M * hM, T11_K);
    }

    static double pressurePa(double hM) {
        double exponent = -G0 / (LAPSE_K_PER_M * R);
        if (hM < TROPOPAUSE_M) {
            return P0_PA * Math.pow(temperatureK(hM) / T0_K, exponent);
        }
        double p11 = P0_PA * Math.pow(T11_K / T0_K, exponent);
        return p11 * Math.exp(-G0 / (R * T11_K) * (hM - TROPOPAUSE_M));
    }

    /** Calibrated airspeed (m/s) for a Mach number at pressure altitude {@code hM}. */
    static double machToCas(double mach, double hM) {
        double t = temperatureK(hM);
        double p = pressurePa(hM);
        double rho = p / (R * t);
        double tas = mach * Math.sqrt(GAMMA * R * t);
        double qdyn = p * (Math.pow(1 + rho * tas * tas / (7 * p), 3.5) - 1);
        return Math.sqrt(7 * P0_PA / RHO0 * (Math.pow(qdyn / P0_PA + 1, 2.0 / 7.0) - 1));
    }
}

package org.deconflict.modes.commb;

/**
 * ICAO standard atmosphere (ICAO Doc 7488, troposphere and lower stratosphere) for the Mach/IAS consistency
 * check of BDS 6,0. SI units inside; speeds in m/s. Pressures at 25 ft multiples (every Mode S altitude code except
 * metric ones) come from a table built with the same formula.
 */
final class Atmosphere {
    /** ICAO Doc 7488 sea-level values and constants. */
    private static final double T0_K = 288.15;
    private static final double P0_PA = 101325.0;
    private static final double RHO0 = 1.225;
    private static final double R = 287.05287;
    private static final double G0 = 9.80665;
    private static final double LAPSE_K_PER_M = -0.0065;
    private static final double TROPOPAUSE_M = 11000.0;
    private static final double T11_K = T0_K + LAPSE_K_PER_M * TROPOPAUSE_M;
    private static final double M_PER_FT = 0.3048;
    /** Table range: Gillham codes span -1200 ft .. 126,750 ft (ICAO Annex 10 Vol IV §3.1.2.6.5.4). */
    private static final int TABLE_MIN_FT = -1200;
    private static final int TABLE_MAX_FT = 127_000;
    private static final double[] PRESSURE_BY_25FT = new double[(TABLE_MAX_FT - TABLE_MIN_FT) / 25 + 1];

    static {
        for (int i = 0; i < PRESSURE_BY_25FT.length; i++) {
            PRESSURE_BY_25FT[i] = pressurePa((TABLE_MIN_FT + 25.0 * i) * M_PER_FT);
        }
    }

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

    /** Static pressure (Pa) at pressure altitude {@code altitudeFt}. */
    static double pressureAtFt(int altitudeFt) {
        if (altitudeFt % 25 == 0 && altitudeFt >= TABLE_MIN_FT && altitudeFt <= TABLE_MAX_FT) {
            return PRESSURE_BY_25FT[(altitudeFt - TABLE_MIN_FT) / 25];
        }
        return pressurePa(altitudeFt * M_PER_FT);
    }

    /**
     * Impact pressure (Pa) of a Mach number at static pressure {@code p} (subsonic isentropic flow, γ = 1.4):
     * p·((1 + 0.2·M²)^3.5 − 1).
     */
    static double impactPressureFromMach(double mach, double p) {
        double x = 1 + 0.2 * mach * mach;
        return p * (x * x * x * Math.sqrt(x) - 1);
    }

    /** Impact pressure (Pa) that gives calibrated airspeed {@code casMs} (m/s): p0·((1 + ρ0·V²/(7·p0))^3.5 − 1). */
    static double impactPressureFromCas(double casMs) {
        double x = 1 + RHO0 * casMs * casMs / (7 * P0_PA);
        return P0_PA * (x * x * x * Math.sqrt(x) - 1);
    }
}

package org.deconflict.sim.motion;

/**
 * Manoeuvre limits of one aircraft: bank angle (degrees), climb and descent rates (ft/min), speed change (kt/s), and
 * whether turns are capped at standard rate (3°/s, ICAO Doc 8168 Vol I §I-4-3-2) as civil IFR traffic flies.
 */
public record AircraftPerformance(double maxBankDeg, double climbFpm, double descentFpm, double accelKtPerS,
                                  boolean standardRateCap) {

    /** Standard rate turn, degrees per second (ICAO Doc 8168 Vol I). */
    public static final double STANDARD_RATE_DEG_S = 3.0;
    /** Standard gravity, m/s² (ISO 80000-3). */
    public static final double G_MPS2 = 9.80665;

    /** Airliner defaults: 25° bank (typical autopilot limit), 2,500/2,000 ft/min, 2 kt/s, standard-rate cap. */
    public static final AircraftPerformance AIRLINER = new AircraftPerformance(25, 2500, 2000, 2, true);
    /** Combat aircraft defaults: 60° bank, 15,000/10,000 ft/min, 8 kt/s, no standard-rate cap. */
    public static final AircraftPerformance MILITARY = new AircraftPerformance(60, 15000, 10000, 8, false);

    /** Turn rate in degrees per second at {@code speedKt}: bank-limited g·tan(φ)/v, capped at standard rate for civil traffic. */
    public double turnRateDegS(double speedKt) {
        double v = Math.max(speedKt, 60) * 1852.0 / 3600;
        double rate = Math.toDegrees(G_MPS2 * Math.tan(Math.toRadians(maxBankDeg)) / v);
        return standardRateCap ? Math.min(rate, STANDARD_RATE_DEG_S) : rate;
    }
}

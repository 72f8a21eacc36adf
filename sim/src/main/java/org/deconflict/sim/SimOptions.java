package org.deconflict.sim;

/**
 * How to run a scenario.
 *
 * @param seed              random seed (every random choice derives from it; same seed, same bytes)
 * @param allTranspondersOn what-if: every aircraft squits ADS-B and every ship transmits AIS throughout
 * @param truthPeriodS      period of the true positions written to the truth output, seconds
 */
public record SimOptions(long seed, boolean allTranspondersOn, double truthPeriodS) {

    public SimOptions {
        if (truthPeriodS <= 0) {
            throw new IllegalArgumentException("truthPeriodS must be > 0");
        }
    }

    /** Defaults: the given seed, transponders as scripted, truth every 10 s. */
    public static SimOptions of(long seed) {
        return new SimOptions(seed, false, 10);
    }
}

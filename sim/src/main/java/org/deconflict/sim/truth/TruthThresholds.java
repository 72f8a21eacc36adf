package org.deconflict.sim.truth;

import org.deconflict.engine.geo.Geo;

/**
 * The geometry that makes a truth incident, with the engine's documented defaults.
 *
 * @param separationHorizontalM  5 NM radar separation (ICAO Doc 4444 §8.7.3.1)
 * @param separationVerticalFt   1,000 ft (ICAO Doc 4444 §5.3.2, below FL290 and RVSM)
 * @param nmacHorizontalFt       500 ft (near mid-air collision, TCAS II v7.1 / FAA NMAC definition)
 * @param nmacVerticalFt         100 ft (same source)
 * @param lowPassHorizontalM     1 NM (project default for INCSEA Art. IV low passes, DESIGN.md)
 * @param lowPassHeightFt        1,000 ft above the ship (same)
 * @param shipCloseQuartersM     1 NM actual passing distance (ARPA CPA limits 0.5–2 NM, DESIGN.md)
 */
public record TruthThresholds(double separationHorizontalM, double separationVerticalFt, double nmacHorizontalFt,
                              double nmacVerticalFt, double lowPassHorizontalM, double lowPassHeightFt,
                              double shipCloseQuartersM) {

    public static final TruthThresholds DEFAULTS = new TruthThresholds(5 * Geo.M_PER_NM, 1000, 500, 100,
            1 * Geo.M_PER_NM, 1000, 1 * Geo.M_PER_NM);
}

package org.deconflict.sim.scenario;

/** What an aircraft's transponder does: full ADS-B (DF17 squitters + replies), Mode S replies and DF11 only, or nothing. */
public enum TransponderMode {
    ADSB, MODE_S_ONLY, OFF
}

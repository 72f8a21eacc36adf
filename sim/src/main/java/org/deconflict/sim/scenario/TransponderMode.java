package org.deconflict.sim.scenario;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What an aircraft's transponder does: full ADS-B (DF17 squitters + replies), Mode S replies and DF11 only, or nothing. */
public enum TransponderMode {
    ADSB, MODE_S_ONLY, OFF;

    /** Reads a YAML value; a bare {@code off} is a YAML 1.1 boolean false, so booleans map to OFF / ADSB. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TransponderMode fromYaml(Object value) {
        if (value instanceof Boolean b) {
            return b ? ADSB : OFF;
        }
        return valueOf(String.valueOf(value).trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

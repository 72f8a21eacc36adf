package org.deconflict.engine.ingest;

/** Emergency/priority state, ADS-B TC28 subtype 1 (DO-260B §2.2.3.2.7.8.1.1 Table 2-93) or implied by the squawk. */
public enum Emergency {
    NONE, GENERAL, LIFEGUARD_MEDICAL, MINIMUM_FUEL, NO_COMMUNICATIONS, UNLAWFUL_INTERFERENCE, DOWNED_AIRCRAFT, RESERVED;

    /** Emergency state code 0..7 from DO-260B Table 2-93 (out-of-range codes give RESERVED). */
    public static Emergency ofCode(int code) {
        Emergency[] v = values();
        return code >= 0 && code < v.length ? v[code] : RESERVED;
    }

    /**
     * Emergency implied by a Mode A code given as four octal digits read as a decimal number (7500 hijack, 7600 radio
     * failure, 7700 general emergency; ICAO Doc 8168 Vol I Part III §3.1.4 / PANS-OPS); NONE otherwise.
     */
    public static Emergency ofSquawk(int squawk) {
        return switch (squawk) {
            case 7500 -> UNLAWFUL_INTERFERENCE;
            case 7600 -> NO_COMMUNICATIONS;
            case 7700 -> GENERAL;
            default -> NONE;
        };
    }
}

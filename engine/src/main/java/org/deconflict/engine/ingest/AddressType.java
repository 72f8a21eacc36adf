package org.deconflict.engine.ingest;

/**
 * How a 24-bit aircraft address was obtained, from the DF17/18 format and CF/IMF fields
 * (ICAO Annex 10 Vol IV §3.1.2.8.7; RTCA DO-260B §2.2.3.2.1.2 Table 2-11, §2.2.17).
 */
public enum AddressType {
    /** ICAO-assigned address in an ADS-B or Mode S reply from the aircraft itself (DF11/17, DF18 CF=0). */
    ICAO,
    /** Anonymous, temporary or ground-vehicle address (DF18 CF=1, or CF=0/IMF=1 style). */
    NON_ICAO,
    /** TIS-B rebroadcast of a radar track with an ICAO address (DF18 CF=2 IMF=0, CF=3 IMF=0). */
    TISB_ICAO,
    /** TIS-B rebroadcast with a track-file number or non-ICAO address (DF18 CF=2 IMF=1, CF=3 IMF=1, CF=5 IMF=1). */
    TISB_OTHER,
    /** ADS-R rebroadcast of a UAT/other-link target with an ICAO address (DF18 CF=6 IMF=0). */
    ADSR_ICAO,
    /** ADS-R rebroadcast with a non-ICAO address (DF18 CF=6 IMF=1). */
    ADSR_OTHER;

    /** True when the 24-bit value is an ICAO-assigned aircraft address (so the nation table applies). */
    public boolean icaoAssigned() {
        return this == ICAO || this == TISB_ICAO || this == ADSR_ICAO;
    }

    /** True when the target was heard via a ground rebroadcast (TIS-B or ADS-R) rather than from the aircraft. */
    public boolean rebroadcast() {
        return this != ICAO && this != NON_ICAO;
    }
}

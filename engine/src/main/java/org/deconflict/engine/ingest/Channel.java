package org.deconflict.engine.ingest;

/** The link an observation came over: who transmitted it and in which format. */
public enum Channel {
    /** DF17 extended squitter from a Mode S transponder (ICAO Annex 10 Vol IV §3.1.2.8.6). */
    ADSB,
    /** DF18 extended squitter from a non-transponder device (CF=0/1; DO-260B §2.2.3.1). */
    ADSB_NON_TRANSPONDER,
    /** DF18 TIS-B rebroadcast of a ground surveillance track (CF=2,3,5; DO-260B §2.2.17). */
    TISB,
    /** DF18 ADS-R rebroadcast of another link's ADS-B (CF=6; DO-260B §2.2.18). */
    ADSR,
    /** DF19 military extended squitter (ICAO Annex 10 Vol IV §3.1.2.8.8). */
    MILITARY_ES,
    /** Mode S surveillance or all-call replies (DF0/4/5/11/16/20/21) without a position. */
    MODE_S,
    /** AIS VHF data link (ITU-R M.1371-5). */
    AIS,
    /** Multilateration position from several receivers' arrival times. */
    MLAT,
    /** Primary or secondary radar plot/track. */
    RADAR;

    /** True for channels carrying aircraft 1090 MHz data (extended squitter or Mode S replies). */
    public boolean modeS() {
        return this != AIS && this != MLAT && this != RADAR;
    }
}

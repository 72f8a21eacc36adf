package org.deconflict.engine.track;

/** Why a target was marked military. */
public enum MilitaryReason {
    /** Not identified as military. */
    NONE,
    /** 24-bit address inside a military sub-block (resource military-address-ranges.csv). */
    ADDRESS_BLOCK,
    /** Callsign of a military operator (resource military-callsigns.csv). */
    CALLSIGN,
    /** Heard on DF19, the military extended squitter (ICAO Annex 10 Vol IV §3.1.2.8.8). */
    DF19,
    /** AIS ship type 35 "engaged in military operations" (ITU-R M.1371-5 Table 53). */
    AIS_SHIP_TYPE,
    /** AIS ship name announcing a warship ("WARSHIP ..."), the practice of NATO and other navies on AIS. */
    AIS_NAME
}

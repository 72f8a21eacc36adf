package org.deconflict.sim;

/** What an emission carries: a raw Mode S frame (7 or 14 bytes) or one AIS NMEA sentence with its tag block (ASCII). */
public enum Protocol {
    MODE_S, AIS
}

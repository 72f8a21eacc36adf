package org.deconflict.engine.ingest;

/** How a position was obtained; CPR-local positions rest on a reference and are less certain than global pairs. */
public enum PositionSource {
    /** Airborne position message, CPR even/odd pair decoded globally (DO-260B §A.1.7.7). */
    ADSB_AIRBORNE_GLOBAL,
    /** Airborne position message decoded locally against the aircraft's previous position (DO-260B §A.1.7.8). */
    ADSB_AIRBORNE_LOCAL,
    /** Surface position message, global pair resolved against a receiver reference (DO-260B §A.1.7.8, 90° zones). */
    ADSB_SURFACE_GLOBAL,
    /** Surface position message decoded locally. */
    ADSB_SURFACE_LOCAL,
    /** AIS position report (types 1-3, 4, 9, 18, 19, 21, 27). */
    AIS,
    /** Multilateration. */
    MLAT,
    /** Radar. */
    RADAR;

    public boolean adsb() {
        return ordinal() <= ADSB_SURFACE_LOCAL.ordinal();
    }

    public boolean surface() {
        return this == ADSB_SURFACE_GLOBAL || this == ADSB_SURFACE_LOCAL;
    }

    public boolean cprLocal() {
        return this == ADSB_AIRBORNE_LOCAL || this == ADSB_SURFACE_LOCAL;
    }
}

package org.deconflict.app.config;

import org.deconflict.engine.track.ReceiverSite;

/**
 * One receiver of the {@code receivers} section: what the tracker's horizon checks and local CPR need.
 *
 * @param id             receiver id, >= 1 (inputs are numbered 1, 2, ... in the order they are given)
 * @param name           name AIS tag blocks use for this station ({@code s:} field), or null
 * @param latDeg         WGS 84 latitude, degrees
 * @param lonDeg         WGS 84 longitude, degrees
 * @param antennaHeightM antenna height above the sea, metres
 * @param kind           what the receiver hears
 */
public record ReceiverEntry(int id, String name, double latDeg, double lonDeg, double antennaHeightM,
                            ReceiverSite.Kind kind) {

    /** Antenna height assumed when none is given: a rooftop, metres (Deconflict default). */
    public static final double DEFAULT_HEIGHT_M = 10;
    /** Lowest and highest antenna heights accepted, metres: below the Dead Sea shore, above any mast or hill site. */
    static final double MIN_HEIGHT_M = -500;
    static final double MAX_HEIGHT_M = 10_000;

    public ReceiverEntry {
        if (id < 1) {
            throw new IllegalArgumentException("id must be a whole number >= 1, got " + id);
        }
        if (!(antennaHeightM >= MIN_HEIGHT_M && antennaHeightM <= MAX_HEIGHT_M)) {
            throw new IllegalArgumentException("antennaHeightM must be from -500 to 10000 (metres), got "
                    + antennaHeightM);
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
    }

    /** The site the engine's receiver registry holds. */
    public ReceiverSite site() {
        return new ReceiverSite(id, latDeg, lonDeg, antennaHeightM, kind);
    }
}

package org.deconflict.engine.track;

/**
 * A receiving station: where its antenna is and what it is. Network and satellite feeds have no single horizon.
 *
 * @param id              receiver id as carried by observations
 * @param latDeg          antenna latitude in degrees
 * @param lonDeg          antenna longitude in degrees
 * @param antennaHeightM  antenna height above the surface (sea level / ground) in metres
 * @param kind            what the receiver is
 */
public record ReceiverSite(int id, double latDeg, double lonDeg, double antennaHeightM, Kind kind) {

    /** Receiver kinds; only terrestrial radio receivers are bound by a radio horizon. */
    public enum Kind { ADSB_1090, AIS_VHF, AIS_SATELLITE, NETWORK }

    /** True when positions it hears must lie within its radio horizon. */
    public boolean horizonBound() {
        return kind == Kind.ADSB_1090 || kind == Kind.AIS_VHF;
    }
}

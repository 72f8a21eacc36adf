package org.deconflict.engine.detect;

/** Where each receiver stands, for the impossible-reception-range check; unknown receivers are not checked. */
@FunctionalInterface
public interface ReceiverSites {

    /** No receiver positions known: the range check is off. */
    ReceiverSites NONE = receiverId -> null;

    /** The site of a receiver, or null when unknown. */
    Site site(int receiverId);

    /** A receiver's antenna position (degrees) and height above the surface (metres). */
    record Site(double latDeg, double lonDeg, double antennaHeightM) {
    }
}

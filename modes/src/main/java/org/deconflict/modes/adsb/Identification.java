package org.deconflict.modes.adsb;

/** TC1-4 aircraft identification and category (DO-260B §2.2.3.2.5); {@code callsign} without trailing spaces. */
public record Identification(int typecode, int category, String callsign) implements AdsbMessage {
}

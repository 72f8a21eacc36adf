package org.deconflict.app.store;

/** What a stored target is: an aircraft (Mode S / ADS-B) or a ship (AIS). */
public enum TargetKind {
    AIRCRAFT,
    SHIP
}

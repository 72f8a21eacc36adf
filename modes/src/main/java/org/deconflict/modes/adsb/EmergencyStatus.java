package org.deconflict.modes.adsb;

/**
 * TC28 subtype 1 emergency/priority status (DO-260B §2.2.3.2.7.8.1): emergency state 0-7 (0 none, 1 general,
 * 2 medical, 3 minimum fuel, 4 no communications, 5 unlawful interference, 6 downed aircraft) and Mode A code.
 */
public record EmergencyStatus(int emergencyState, int squawk) implements AdsbMessage {
    @Override
    public int typecode() {
        return 28;
    }
}

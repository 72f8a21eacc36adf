package org.deconflict.modes.adsb;

/**
 * TC5-8 surface position (DO-260B §2.2.3.2.4): ground speed from the movement code (kt, null = unavailable),
 * ground track (deg, null when its status bit is clear), raw CPR values and NIC (DO-260B Table 2-15).
 */
public record SurfacePosition(int typecode, int movement, Double groundSpeedKt, Double groundTrackDeg,
        boolean utcSynchronized, boolean odd, int latCpr, int lonCpr, int nic) implements AdsbMessage {
}

package org.deconflict.modes.adsb;

/**
 * TC9-18 (barometric) and TC20-22 (GNSS height) airborne position (DO-260B §2.2.3.2.3). Altitude in ft
 * (GNSS height converted from metres), null when unavailable. {@code latCpr}/{@code lonCpr} are the raw 17-bit CPR
 * values of the {@code odd} (F=1) or even format; resolve them with {@code cpr.PositionResolver}.
 * {@code nic} is the navigation integrity category (DO-260B Table 2-14; NUCp for version 0 transmitters).
 */
public record AirbornePosition(int typecode, int surveillanceStatus, int nicSupplementB, Integer altitudeFt,
        boolean gnssAltitude, boolean utcSynchronized, boolean odd, int latCpr, int lonCpr, int nic)
        implements AdsbMessage {
}

package org.deconflict.modes.adsb;

/**
 * TC19 airborne velocity (DO-260B §2.2.3.2.6). Subtypes 1-2 (ground speed, 2 = supersonic) give east/north
 * components, ground speed (kt, rounded) and track (deg true); subtypes 3-4 give airspeed (kt), whether it is true
 * airspeed, and heading (deg). Vertical rate in ft/min from baro or GNSS; {@code geoMinusBaroFt} is GNSS height minus
 * barometric altitude. Null = not available. {@code nacV} is NACv (v1/v2) or NUCr (v0).
 */
public record AirborneVelocity(int subtype, boolean intentChange, boolean ifrCapable, int nacV,
        Integer velocityEastKt, Integer velocityNorthKt, Integer groundSpeedKt, Double trackDeg,
        Integer airspeedKt, Boolean trueAirspeed, Double headingDeg, Integer verticalRateFpm,
        boolean verticalRateBaro, Integer geoMinusBaroFt) implements AdsbMessage {

    @Override
    public int typecode() {
        return 19;
    }
}

package org.deconflict.engine.ingest;

/**
 * A velocity report. Unknown fields are NaN.
 *
 * @param groundSpeedKt     speed over ground in knots
 * @param trackDeg          true track over ground, degrees [0, 360)
 * @param verticalRateFpm   vertical rate in feet per minute (ships NaN)
 * @param geometricRate     true when the vertical rate is GNSS-based, false for barometric
 * @param headingDeg        heading in degrees (ADS-B airspeed subtypes: magnetic; AIS: true heading)
 * @param airspeedKt        airspeed in knots (ADS-B TC19 subtypes 3/4), NaN otherwise
 * @param turnRateDegPerMin rate of turn in degrees per minute (AIS ROT), NaN unknown
 */
public record VelocityObservation(TargetKey target, long timeNanos, ReceiverList receivers, Channel channel,
                                  double groundSpeedKt, double trackDeg, double verticalRateFpm, boolean geometricRate,
                                  double headingDeg, double airspeedKt, double turnRateDegPerMin) implements Observation {
}

package org.deconflict.engine.event;

/**
 * The closest point an encounter reached: time, horizontal distance in metres, vertical distance in feet
 * (NaN for ships or unknown altitude), and both targets' states at that time.
 */
public record ClosestApproach(long timeNanos, double horizontalM, double verticalFt, TrackPoint a, TrackPoint b) {
}

package org.deconflict.engine.ingest;

/**
 * Squawk and emergency state (ADS-B TC28 subtype 1, DO-260B §2.2.3.2.7.8).
 *
 * @param squawk    Mode A code as its four octal digits read as a decimal number (7700), -1 unknown
 * @param emergency emergency/priority state
 */
public record StatusObservation(TargetKey target, long timeNanos, ReceiverList receivers, Channel channel,
                                int squawk, Emergency emergency) implements Observation {
}

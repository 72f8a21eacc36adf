package org.deconflict.engine.event;

/**
 * One threshold broken during an encounter: the configured limit and the most extreme value reached
 * (smallest distance/time), both in {@link Limit#unit()}.
 */
public record Breach(Limit name, double limit, double reached) {
}

package org.deconflict.sim.scenario;

/** From {@code fromS} seconds after the ship appears, its AIS transmitter is on or off. */
public record AisPhase(double fromS, boolean on) {
}

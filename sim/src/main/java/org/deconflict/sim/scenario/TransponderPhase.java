package org.deconflict.sim.scenario;

/** From {@code fromS} seconds after the aircraft appears, its transponder works in {@code mode}. */
public record TransponderPhase(double fromS, TransponderMode mode) {
}

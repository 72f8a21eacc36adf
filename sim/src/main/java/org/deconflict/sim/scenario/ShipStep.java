package org.deconflict.sim.scenario;

/**
 * One step of a ship route: sail to ({@code lat, lon}) at {@code speedKt}; with {@code anchorS} the ship then lies
 * at anchor there for that many seconds ({@code moored: true} for alongside a quay).
 */
public record ShipStep(double lat, double lon, Double speedKt, Double anchorS, Boolean moored) {
}

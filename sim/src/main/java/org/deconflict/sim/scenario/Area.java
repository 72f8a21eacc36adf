package org.deconflict.sim.scenario;

/** Geographic box the scenario covers, in degrees (used to frame maps and to bound background traffic). */
public record Area(double south, double west, double north, double east) {
}

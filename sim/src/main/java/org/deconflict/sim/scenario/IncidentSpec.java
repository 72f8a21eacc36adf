package org.deconflict.sim.scenario;

import java.util.List;

/**
 * An incident the scenario is designed to contain: its kind in the engine's words (LOSS_OF_SEPARATION, LOW_PASS,
 * SHIP_CPA, DARK_GAP) and its participants as target keys ({@code icao:4840d6}, {@code mmsi:219165000}).
 * The simulator measures the true window and minimum separations itself.
 */
public record IncidentSpec(String kind, List<String> participants, String note) {
}

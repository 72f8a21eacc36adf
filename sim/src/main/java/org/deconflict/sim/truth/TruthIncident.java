package org.deconflict.sim.truth;

import java.util.List;

/**
 * An incident the scenario really contained, measured on the true trajectories.
 *
 * @param kind            engine vocabulary (LOSS_OF_SEPARATION, LOW_PASS, SHIP_CPA, DARK_GAP…)
 * @param participants    target keys ({@code icao:4840d6}, {@code mmsi:219165000})
 * @param startNanos      first time inside the incident geometry (ns since the Unix epoch)
 * @param endNanos        last time inside
 * @param closestNanos    time of the smallest slant distance (pairwise kinds; equal to start otherwise)
 * @param minHorizontalM  smallest horizontal distance while inside (NaN for single-target kinds)
 * @param minVerticalFt   smallest vertical distance while inside (NaN for single-target kinds)
 * @param minSlantM       smallest 3-D distance (NaN for single-target kinds)
 * @param entries         how many separate times the geometry was entered (e.g. the number of low passes)
 * @param observability   whether the scenario's sensors could observe it from transponders ({@link IncidentMeter})
 * @param note            the scenario's description of the incident
 */
public record TruthIncident(TruthKind kind, List<String> participants, long startNanos, long endNanos,
                            long closestNanos, double minHorizontalM, double minVerticalFt, double minSlantM,
                            int entries, Observability observability, String note) {

    public TruthIncident {
        participants = List.copyOf(participants);
    }

    /** True when the sensors could observe it ({@link Observability#OBSERVABLE}). */
    public boolean observable() {
        return observability == Observability.OBSERVABLE;
    }
}

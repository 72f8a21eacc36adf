package org.deconflict.sim.truth;

/**
 * Whether a truth incident can be seen by the scenario's sensors (transponders heard by its receivers), and if not,
 * why. The rules are in {@link IncidentMeter} and the simulator's README ("Observability").
 */
public enum Observability {
    /** Every participant transmitted what the incident needs, inside some receiver's coverage, long enough. */
    OBSERVABLE,
    /** A participant did not transmit (transponder off, Mode S without ADS-B position, AIS off). */
    PARTICIPANT_DARK,
    /** The participants transmitted, but not inside any receiver's (or, for Mode S only, radar's) coverage. */
    OUT_OF_COVERAGE
}

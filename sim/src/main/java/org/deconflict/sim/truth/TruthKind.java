package org.deconflict.sim.truth;

/**
 * Kinds of incident a scenario can contain, named as the engine names them ({@code EncounterType} and
 * {@code EventKind} in org.deconflict.engine.event).
 */
public enum TruthKind {
    /** Air–air: below both the horizontal and the vertical minimum at the same time. */
    LOSS_OF_SEPARATION,
    /** Air–air: near mid-air collision box. */
    NMAC,
    /** Air–sea: an aircraft low over a ship. */
    LOW_PASS,
    /** Sea–sea: two ships, at least one under way, within the close-quarters distance. */
    SHIP_CPA,
    /** An airborne aircraft with its transponder off, or a ship under way with AIS off. */
    DARK_GAP,
    /** An aircraft answering Mode S but not squitting ADS-B positions. */
    MODE_S_ONLY;

    /** True for the kinds measured between two targets. */
    public boolean pairwise() {
        return this == LOSS_OF_SEPARATION || this == NMAC || this == LOW_PASS || this == SHIP_CPA;
    }
}

package org.deconflict.engine.event;

/**
 * Encounter severity in the UK Airprox Board categories (ICAO uses A–D). Declared from most to least severe, so
 * {@code ordinal()} orders by severity. Deconflict grades from the geometry of the closest point reached; the mapping
 * is documented on {@code org.deconflict.engine.detect.DetectionConfig}.
 */
public enum Severity {
    /** Risk of collision: an actual risk of collision existed. */
    A,
    /** Safety not assured: the safety of the aircraft was compromised. */
    B,
    /** No risk of collision. */
    C,
    /** Risk not determined: insufficient information (e.g. an altitude unknown). */
    D,
    /** Normal procedures, safety standards and parameters pertained. */
    E;

    /** True when this is at least as severe as {@code other} (A ≥ B ≥ C ≥ D ≥ E). */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}

package org.deconflict.app.store;

/**
 * Incident severity category, A (most severe) to E. UK Airprox Board categories: A risk of collision,
 * B safety not assured, C no risk of collision, D risk not determined, E met normal procedures
 * (ICAO uses A–D).
 */
public enum Severity {
    A,
    B,
    C,
    D,
    E
}

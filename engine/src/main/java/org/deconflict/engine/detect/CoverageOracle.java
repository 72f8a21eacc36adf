package org.deconflict.engine.detect;

/**
 * Whether a target at a place and altitude would be heard by the receiver network (from the track side's coverage
 * model). Dark gaps are reported only where the network should have heard the target.
 */
@FunctionalInterface
public interface CoverageOracle {

    /** Coverage assumed everywhere (e.g. when no model is available). */
    CoverageOracle EVERYWHERE = (latDeg, lonDeg, altitudeFt) -> true;

    /** True when a target at this position (degrees) and altitude (feet; NaN unknown, 0 at sea level) is in coverage. */
    boolean covered(double latDeg, double lonDeg, double altitudeFt);
}

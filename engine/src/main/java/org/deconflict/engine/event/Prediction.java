package org.deconflict.engine.event;

/**
 * Linear-extrapolation prediction made at {@code evaluatedNanos}: time and separations at the horizontal closest point
 * of approach, and entry/exit times of the predicted violation of the encounter's limits. {@code entryNanos} may lie
 * before {@code evaluatedNanos} (already inside); {@link Long#MIN_VALUE} / {@link Long#MAX_VALUE} mean "unbounded"
 * (e.g. parallel tracks at equal speed). {@code cpaVerticalFt} is NaN for ships.
 */
public record Prediction(long evaluatedNanos, long cpaNanos, double cpaHorizontalM, double cpaVerticalFt,
                         long entryNanos, long exitNanos) {

    /** Seconds from evaluation to the closest point of approach (TCPA). */
    public double tcpaS() {
        return (cpaNanos - evaluatedNanos) / 1e9;
    }
}

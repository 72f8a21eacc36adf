package org.deconflict.engine.event;

import org.deconflict.engine.ingest.TargetKey;

/**
 * A target's reports look forged or mixed up. {@code measured} and {@code limit} are in metres for every reason:
 * position discrepancy vs tolerance (kinematic), range vs radio horizon (reception range), implied jump vs the
 * distance plausible in the elapsed time (duplicate address).
 */
public record SpoofingSuspicion(long timeNanos, TargetKey key, Reason reason, double latDeg, double lonDeg,
                                double measured, double limit, int receiverId) implements EngineEvent {

    /** Why the reports are suspect. */
    public enum Reason {
        /** Positions moved differently from what the reported velocity says. */
        KINEMATIC_INCONSISTENCY,
        /** Received from beyond the radio horizon of the receiver. */
        IMPOSSIBLE_RECEPTION_RANGE,
        /** Positions alternate between two places too far apart for one target: two emitters share the address. */
        DUPLICATE_ADDRESS
    }

    @Override
    public EventKind kind() {
        return EventKind.SPOOFING_SUSPICION;
    }
}

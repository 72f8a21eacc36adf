package org.deconflict.engine.ingest;

/**
 * What one sensor (or several receivers of the same frame) says about one target at one time. Protocol knowledge
 * ends before this type: positions are already resolved (CPR), AIS static parts merged.
 */
public sealed interface Observation
        permits PositionObservation, VelocityObservation, IdentityObservation, StatusObservation, ReplyObservation,
        CapabilityObservation {

    /** The target the observation is about. */
    TargetKey target();

    /** Event time in nanoseconds since the Unix epoch (receiver timestamp or source time). */
    long timeNanos();

    /** Receivers that heard it (at least one). */
    ReceiverList receivers();

    /** The link it came over. */
    Channel channel();

    /** The receiver whose copy arrived first. */
    default int receiverId() {
        return receivers().first();
    }
}

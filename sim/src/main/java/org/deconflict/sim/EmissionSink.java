package org.deconflict.sim;

/**
 * Receives the simulator's output without allocation: the frame is valid only during the call (copy it to keep it).
 * Calls come in order of true reception time; per receiver, {@code timeNanos} never decreases.
 */
@FunctionalInterface
public interface EmissionSink {
    void accept(int receiverId, long timeNanos, Protocol protocol, byte[] buf, int off, int len, int signalLevel);
}

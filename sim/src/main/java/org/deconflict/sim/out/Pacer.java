package org.deconflict.sim.out;

import org.deconflict.sim.EmissionSink;
import org.deconflict.sim.Protocol;

/**
 * Delays emissions so that simulated time runs {@code speed} times faster than the wall clock (1 = real time).
 * Only used for live output; the simulation itself never reads the clock.
 */
public final class Pacer implements EmissionSink {

    private final EmissionSink next;
    private final double speed;
    private final long simStartNanos;
    private long wallStartNanos = Long.MIN_VALUE;

    public Pacer(EmissionSink next, double speed, long simStartNanos) {
        if (speed <= 0) {
            throw new IllegalArgumentException("speed must be > 0");
        }
        this.next = next;
        this.speed = speed;
        this.simStartNanos = simStartNanos;
    }

    @Override
    public void accept(int receiverId, long timeNanos, Protocol protocol, byte[] buf, int off, int len, int signal) {
        long now = System.nanoTime();
        if (wallStartNanos == Long.MIN_VALUE) {
            wallStartNanos = now;
        }
        long due = wallStartNanos + (long) ((timeNanos - simStartNanos) / speed);
        long wait = due - now;
        if (wait > 1_000_000L) {
            try {
                Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        next.accept(receiverId, timeNanos, protocol, buf, off, len, signal);
    }
}

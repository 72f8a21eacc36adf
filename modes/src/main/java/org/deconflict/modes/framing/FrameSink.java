package org.deconflict.modes.framing;

/** Receives frames from a streaming parser. Buffers are reused: copy what you keep. */
@FunctionalInterface
public interface FrameSink {
    /**
     * A Mode S frame of {@code len} (7 or 14) bytes at {@code off}; {@code timestamp12MHz} is the receiver's 12 MHz
     * tick count (-1 when the format has none) and {@code signal} the RSSI byte (-1 when absent).
     */
    void frame(byte[] buf, int off, int len, long timestamp12MHz, int signal);

    /** A Mode A/C reply (Beast type '1'): the 2 raw bytes as an int. Ignored by default. */
    default void modeAc(int raw, long timestamp12MHz, int signal) {
    }
}

package org.deconflict.modes.message;

/**
 * What every accepted frame carries: the frame as hex (lower case, after any error correction), its DF, the
 * aircraft address (announced, or recovered from address/parity), how many bits were corrected, whether the address
 * came from parity, receive time as 12 MHz ticks (-1 unknown) and as event time in nanoseconds.
 */
public record FrameInfo(String hex, int df, int icao, int correctedBits, boolean addressFromParity,
        long timestamp12MHz, long timeNanos) {
}

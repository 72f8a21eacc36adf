package org.deconflict.modes.message;

/**
 * DF24 Comm-D extended length message segment (ICAO Annex 10 Vol IV §3.1.2.7.3), recognised but not reassembled:
 * control bit KE, segment number ND and the raw 80-bit MD field split as high 16 / low 64 bits.
 */
public record CommDReply(FrameInfo frame, int control, int segment, int mdHigh16, long mdLow64)
        implements ModeSMessage {
}

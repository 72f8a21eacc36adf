package org.deconflict.modes.message;

/** DF5 surveillance identity reply (ICAO Annex 10 Vol IV §3.1.2.6.7): FS, DR, UM and squawk (digits ABCD). */
public record IdentityReply(FrameInfo frame, int flightStatus, int downlinkRequest, int utilityMessage, int squawk)
        implements ModeSMessage {
}

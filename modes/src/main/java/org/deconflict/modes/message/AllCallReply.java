package org.deconflict.modes.message;

/** DF11 all-call reply (ICAO Annex 10 Vol IV §3.1.2.5.2.2): capability CA and the II/SI code found in the parity. */
public record AllCallReply(FrameInfo frame, int capability, int interrogatorCode) implements ModeSMessage {
}

package org.deconflict.modes.message;

/** DF4 surveillance altitude reply (ICAO Annex 10 Vol IV §3.1.2.6.5): FS, DR, UM and altitude (ft, null n/a). */
public record AltitudeReply(FrameInfo frame, int flightStatus, int downlinkRequest, int utilityMessage,
        Integer altitudeFt) implements ModeSMessage {
}

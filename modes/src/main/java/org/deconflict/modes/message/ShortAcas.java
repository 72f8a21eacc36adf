package org.deconflict.modes.message;

/** DF0 short air-air surveillance (ICAO Annex 10 Vol IV §3.1.2.8.2): VS, CC, SL, RI and altitude (ft, null n/a). */
public record ShortAcas(FrameInfo frame, int verticalStatus, int crossLinkCapability, int sensitivityLevel,
        int replyInformation, Integer altitudeFt) implements ModeSMessage {
}

package org.deconflict.modes.message;

/**
 * DF16 long air-air surveillance (ICAO Annex 10 Vol IV §3.1.2.8.3): VS, SL, RI, altitude (ft, null n/a) and the
 * raw 56-bit MV field (ACAS coordination / resolution messages).
 */
public record LongAcas(FrameInfo frame, int verticalStatus, int sensitivityLevel, int replyInformation,
        Integer altitudeFt, long mv) implements ModeSMessage {
}

package org.deconflict.modes.message;

import org.deconflict.modes.adsb.AdsbMessage;

/**
 * DF19 military extended squitter (ICAO Annex 10 Vol IV §3.1.2.8.8): application field AF; with AF=0 the ME field
 * uses the DF17 ADS-B layout and {@code adsb} holds it, otherwise {@code adsb} is null and {@code me} is raw.
 */
public record MilitarySquitter(FrameInfo frame, int applicationField, AdsbMessage adsb, long me)
        implements ModeSMessage {
}

package org.deconflict.modes.message;

import org.deconflict.modes.adsb.AdsbMessage;

/**
 * DF17 (transponder) or DF18 (non-transponder, TIS-B, ADS-R) extended squitter (ICAO Annex 10 Vol IV §3.1.2.8.6,
 * DO-260B §2.2.3.1). {@code capability} is CA for DF17 and CF for DF18; {@code icaoAddress} is false when the
 * address is not an ICAO 24-bit address (DF18 CF=1, 5; anonymous/track-file addresses). {@code adsb} is the decoded
 * ME field (an {@code OtherAdsb} when the format is not ADS-B, e.g. DF18 CF=3/4/7).
 */
public record ExtendedSquitter(FrameInfo frame, int capability, boolean icaoAddress, AdsbMessage adsb)
        implements ModeSMessage {

    /** DF18 control field meaning (DO-260B Table 2-11): 2/3/5 TIS-B, 6 ADS-R, 0/1 ADS-B from non-transponder devices. */
    public String source() {
        if (frame.df() == 17) {
            return "adsb";
        }
        return switch (capability) {
            case 0, 1 -> "adsb_non_transponder";
            case 2, 3, 5 -> "tisb";
            case 4 -> "tisb_management";
            case 6 -> "adsr";
            default -> "reserved";
        };
    }
}

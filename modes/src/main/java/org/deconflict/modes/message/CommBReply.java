package org.deconflict.modes.message;

import org.deconflict.modes.commb.Bds;
import org.deconflict.modes.commb.CommBRegister;

/**
 * DF20 Comm-B altitude reply or DF21 Comm-B identity reply (ICAO Annex 10 Vol IV §3.1.2.6.6). {@code altitudeFt}
 * (DF20) or {@code squawk} (DF21) as in DF4/DF5. {@code bdsCandidates} is a mask of {@link Bds} registers the MB
 * field may hold; {@code register} is decoded only when exactly one register fits or the parity named it
 * ({@code overlayBds}, the register code found in BDS-overlaid data parity, else null).
 */
public record CommBReply(FrameInfo frame, int flightStatus, int downlinkRequest, int utilityMessage,
        Integer altitudeFt, Integer squawk, int bdsCandidates, CommBRegister register, Integer overlayBds, long mb)
        implements ModeSMessage {

    /** Candidate registers as "BDS40" or "BDS50,BDS60" (empty when none fits). */
    public String bdsNames() {
        return Bds.names(bdsCandidates);
    }
}

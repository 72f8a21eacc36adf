package org.deconflict.app.store;

import java.time.LocalDate;

/**
 * Transponder compliance of the flights of one nation on one UTC day (a flight counts on the day it started),
 * split military / civil.
 *
 * @param dayUtc        the UTC day
 * @param nation        ISO 3166-1 alpha-2 code; null for flights of unknown nation
 * @param military      military flights or civil ones
 * @param flights       number of flights
 * @param positionS     summed seconds with own position broadcast
 * @param identityOnlyS summed seconds heard without position
 * @param silentS       summed seconds silent
 */
public record ComplianceRow(LocalDate dayUtc, String nation, boolean military, long flights, double positionS,
                            double identityOnlyS, double silentS) {

    /** Share (0..1) of the followed time in which position was broadcast; NaN when no time was recorded. */
    public double positionShare() {
        return positionS / (positionS + identityOnlyS + silentS);
    }

    /** Share (0..1) of the followed time in which the target was silent; NaN when no time was recorded. */
    public double silentShare() {
        return silentS / (positionS + identityOnlyS + silentS);
    }
}

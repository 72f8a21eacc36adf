package org.deconflict.modes.commb;

import org.deconflict.modes.AltitudeCode;

/**
 * Guesses which register a DF20/21 MB field holds (Comm-B replies do not name their register). Every register whose
 * {@code isValid} heuristic passes is a candidate; ambiguity is reported as a mask with several bits, never resolved
 * silently. Candidates follow pyModeS v2 {@code bds.infer}: 1,0 1,7 2,0 3,0 4,0 5,0 6,0 and, with {@code meteo},
 * also 4,4 and 4,5.
 */
public final class BdsInference {
    private BdsInference() {
    }

    /**
     * Candidate mask (bits of {@link Bds#mask()}) for the MB field of the frame at {@code off}; 0 when none fits or
     * the MB field is all zeros. {@code altitudeFt} is the reply's altitude or {@link AltitudeCode#UNAVAILABLE}.
     */
    public static int candidates(byte[] b, int off, int altitudeFt, boolean meteo) {
        if (Mb.all(b, off) == 0) {
            return 0;
        }
        int mask = 0;
        if (DataLinkCapability.isValid(b, off)) {
            mask |= Bds.BDS10.mask();
        }
        if (GicbCapability.isValid(b, off)) {
            mask |= Bds.BDS17.mask();
        }
        if (AircraftIdentification.isValid(b, off)) {
            mask |= Bds.BDS20.mask();
        }
        if (AcasActiveResolution.isValid(b, off)) {
            mask |= Bds.BDS30.mask();
        }
        if (SelectedVerticalIntention.isValid(b, off)) {
            mask |= Bds.BDS40.mask();
        }
        if (meteo && MeteoRoutineReport.isValid(b, off)) {
            mask |= Bds.BDS44.mask();
        }
        if (meteo && MeteoHazardReport.isValid(b, off)) {
            mask |= Bds.BDS45.mask();
        }
        if (TrackAndTurnReport.isValid(b, off)) {
            mask |= Bds.BDS50.mask();
        }
        if (HeadingAndSpeedReport.isValid(b, off, altitudeFt)) {
            mask |= Bds.BDS60.mask();
        }
        return mask;
    }

    /** Decodes the MB field as register {@code bds}. */
    public static CommBRegister decode(Bds bds, byte[] b, int off) {
        return switch (bds) {
            case BDS10 -> DataLinkCapability.decode(b, off);
            case BDS17 -> GicbCapability.decode(b, off);
            case BDS20 -> AircraftIdentification.decode(b, off);
            case BDS30 -> AcasActiveResolution.decode(b, off);
            case BDS40 -> SelectedVerticalIntention.decode(b, off);
            case BDS44 -> MeteoRoutineReport.decode(b, off);
            case BDS45 -> MeteoHazardReport.decode(b, off);
            case BDS50 -> TrackAndTurnReport.decode(b, off);
            case BDS60 -> HeadingAndSpeedReport.decode(b, off);
        };
    }
}

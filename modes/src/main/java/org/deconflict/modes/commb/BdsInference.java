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
        return candidates(Mb.of(b, off), altitudeFt, meteo);
    }

    /** As {@link #candidates(byte[], int, int, boolean)} on the 56-bit MB field. */
    public static int candidates(long mb, int altitudeFt, boolean meteo) {
        if (mb == 0) {
            return 0;
        }
        int mask = 0;
        if (DataLinkCapability.isValid(mb)) {
            mask |= Bds.BDS10.mask();
        }
        if (GicbCapability.isValid(mb)) {
            mask |= Bds.BDS17.mask();
        }
        if (AircraftIdentification.isValid(mb)) {
            mask |= Bds.BDS20.mask();
        }
        if (AcasActiveResolution.isValid(mb)) {
            mask |= Bds.BDS30.mask();
        }
        if (SelectedVerticalIntention.isValid(mb)) {
            mask |= Bds.BDS40.mask();
        }
        if (meteo && MeteoRoutineReport.isValid(mb)) {
            mask |= Bds.BDS44.mask();
        }
        if (meteo && MeteoHazardReport.isValid(mb)) {
            mask |= Bds.BDS45.mask();
        }
        if (TrackAndTurnReport.isValid(mb)) {
            mask |= Bds.BDS50.mask();
        }
        if (HeadingAndSpeedReport.isValid(mb, altitudeFt)) {
            mask |= Bds.BDS60.mask();
        }
        return mask;
    }

    /** Decodes the MB field as register {@code bds}. */
    public static CommBRegister decode(Bds bds, byte[] b, int off) {
        return decode(bds, Mb.of(b, off));
    }

    /** Decodes the 56-bit MB field as register {@code bds}. */
    public static CommBRegister decode(Bds bds, long mb) {
        return switch (bds) {
            case BDS10 -> DataLinkCapability.decode(mb);
            case BDS17 -> GicbCapability.decode(mb);
            case BDS20 -> AircraftIdentification.decode(mb);
            case BDS30 -> AcasActiveResolution.decode(mb);
            case BDS40 -> SelectedVerticalIntention.decode(mb);
            case BDS44 -> MeteoRoutineReport.decode(mb);
            case BDS45 -> MeteoHazardReport.decode(mb);
            case BDS50 -> TrackAndTurnReport.decode(mb);
            case BDS60 -> HeadingAndSpeedReport.decode(mb);
        };
    }
}

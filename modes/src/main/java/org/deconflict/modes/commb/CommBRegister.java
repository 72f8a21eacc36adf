package org.deconflict.modes.commb;

/** A decoded Comm-B register (the 56-bit MB field of DF20/21). Register layouts: ICAO Doc 9871 Appendix A. */
public sealed interface CommBRegister permits DataLinkCapability, GicbCapability, AircraftIdentification,
        AcasActiveResolution, SelectedVerticalIntention, MeteoRoutineReport, MeteoHazardReport, TrackAndTurnReport,
        HeadingAndSpeedReport {

    /** The register this value came from. */
    Bds bds();
}

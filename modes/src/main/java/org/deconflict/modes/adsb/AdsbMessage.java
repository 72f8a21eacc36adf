package org.deconflict.modes.adsb;

/** A decoded ADS-B ME field (DF17, DF18 with ADS-B format, DF19 AF=0). Layouts: RTCA DO-260B §2.2.3.2. */
public sealed interface AdsbMessage permits Identification, AirbornePosition, SurfacePosition, AirborneVelocity,
        TestMessage, EmergencyStatus, AcasRaBroadcast, TargetStateStatus, OperationalStatus, OtherAdsb {

    /** The ADS-B format type code (ME bits 1-5). */
    int typecode();
}

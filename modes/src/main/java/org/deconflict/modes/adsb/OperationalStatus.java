package org.deconflict.modes.adsb;

/**
 * TC31 aircraft operational status (DO-260B §2.2.3.2.7.2), airborne (subtype 0) or surface (subtype 1), ADS-B
 * version 0-2. Capability class and operational mode are the raw 16-bit (airborne) / 12-bit (surface) codes.
 * {@code gva} and {@code silSupplement} are version 2 only (null otherwise); {@code nicSupplementC} and
 * {@code lengthWidthCode} are surface only; {@code nicBaro} is airborne only and {@code trackAngleHeading} surface only.
 */
public record OperationalStatus(int subtype, int version, int capabilityClass, int operationalMode,
        int nicSupplementA, Integer nicSupplementC, int nacP, Integer gva, int sil, Boolean silSupplement,
        Boolean nicBaro, Boolean trackAngleHeading, boolean headingMagnetic, Integer lengthWidthCode)
        implements AdsbMessage {
    @Override
    public int typecode() {
        return 31;
    }
}

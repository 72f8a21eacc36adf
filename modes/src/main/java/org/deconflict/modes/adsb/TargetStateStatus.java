package org.deconflict.modes.adsb;

/**
 * TC29 target state and status (DO-260B §2.2.3.2.7.1). Subtype 1 (version 2): selected altitude (ft, MCP/FCU or
 * FMS), barometric pressure setting (hPa), selected heading (deg), NACp, NICbaro, SIL and autopilot modes (null when
 * the mode status bit is clear). Subtype 0 (version 1, DO-260A): target altitude (ft), target heading/track (deg),
 * emergency state and whether an ACAS resolution advisory is active. Both carry ACAS/TCAS operational, which does
 * not depend on the mode status bit. Fields a subtype lacks are null.
 */
public record TargetStateStatus(int subtype, Integer selectedAltitudeFt, Boolean selectedAltitudeFms,
        Double baroPressureSettingHpa, Double selectedHeadingDeg, int nacP, Boolean nicBaro, Integer sil,
        Boolean autopilot, Boolean vnav, Boolean altitudeHold, Boolean approach, Boolean lnav, Boolean tcasOperational,
        Integer emergencyState, Boolean tcasRaActive) implements AdsbMessage {
    /** The components before {@code tcasRaActive} was added (it is then unknown: null). */
    public TargetStateStatus(int subtype, Integer selectedAltitudeFt, Boolean selectedAltitudeFms,
            Double baroPressureSettingHpa, Double selectedHeadingDeg, int nacP, Boolean nicBaro, Integer sil,
            Boolean autopilot, Boolean vnav, Boolean altitudeHold, Boolean approach, Boolean lnav,
            Boolean tcasOperational, Integer emergencyState) {
        this(subtype, selectedAltitudeFt, selectedAltitudeFms, baroPressureSettingHpa, selectedHeadingDeg, nacP,
                nicBaro, sil, autopilot, vnav, altitudeHold, approach, lnav, tcasOperational, emergencyState, null);
    }

    @Override
    public int typecode() {
        return 29;
    }
}

package org.deconflict.modes.adsb;

/**
 * TC29 target state and status (DO-260B §2.2.3.2.7.1). Subtype 1 (version 2): selected altitude (ft, MCP/FCU or
 * FMS), barometric pressure setting (hPa), selected heading (deg), NACp, NICbaro, SIL and autopilot modes (null when
 * the mode status bit is clear). Subtype 0 (version 1, DO-260A): target altitude (ft) and target heading/track (deg).
 * Fields a subtype lacks are null.
 */
public record TargetStateStatus(int subtype, Integer selectedAltitudeFt, Boolean selectedAltitudeFms,
        Double baroPressureSettingHpa, Double selectedHeadingDeg, int nacP, Boolean nicBaro, Integer sil,
        Boolean autopilot, Boolean vnav, Boolean altitudeHold, Boolean approach, Boolean lnav, Boolean tcasOperational,
        Integer emergencyState) implements AdsbMessage {
    @Override
    public int typecode() {
        return 29;
    }
}

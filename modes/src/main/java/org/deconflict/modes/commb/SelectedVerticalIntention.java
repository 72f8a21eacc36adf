package org.deconflict.modes.commb;

/**
 * BDS 4,0 selected vertical intention (ICAO Doc 9871 Table A-2-64): MCP/FCU and FMS selected altitudes (ft,
 * 16 ft steps), barometric pressure setting (hPa, 0.1 hPa steps above 800 hPa) and autopilot mode bits.
 * Null = status bit clear.
 */
public record SelectedVerticalIntention(Integer selectedAltitudeMcpFt, Integer selectedAltitudeFmsFt,
        Double baroPressureSettingHpa, Boolean vnavMode, Boolean altitudeHoldMode, Boolean approachMode,
        Integer targetAltitudeSource) implements CommBRegister {

    /** Heuristic: status bits consistent with their fields, reserved MB 40-47 and 52-53 zero. */
    public static boolean isValid(byte[] b, int off) {
        return !Mb.wrongStatus(b, off, 1, 2, 13) && !Mb.wrongStatus(b, off, 14, 15, 26)
                && !Mb.wrongStatus(b, off, 27, 28, 39) && !Mb.wrongStatus(b, off, 48, 49, 51)
                && !Mb.wrongStatus(b, off, 54, 55, 56) && Mb.get(b, off, 40, 8) == 0 && Mb.get(b, off, 52, 2) == 0;
    }

    /** MCP/FCU selected altitude in ft, or -1 when not available. */
    public static int selectedAltitudeMcpFt(byte[] b, int off) {
        return Mb.bit(b, off, 1) == 1 ? Mb.get(b, off, 2, 12) * 16 : -1;
    }

    /** FMS selected altitude in ft, or -1 when not available. */
    public static int selectedAltitudeFmsFt(byte[] b, int off) {
        return Mb.bit(b, off, 14) == 1 ? Mb.get(b, off, 15, 12) * 16 : -1;
    }

    /** Barometric pressure setting minus 800 hPa, in hPa; NaN when not available. */
    public static double baroPressureSettingHpa(byte[] b, int off) {
        return Mb.bit(b, off, 27) == 1 ? Mb.get(b, off, 28, 12) * 0.1 + 800 : Double.NaN;
    }

    public static SelectedVerticalIntention decode(byte[] b, int off) {
        int mcp = selectedAltitudeMcpFt(b, off);
        int fms = selectedAltitudeFmsFt(b, off);
        double baro = baroPressureSettingHpa(b, off);
        boolean modes = Mb.bit(b, off, 48) == 1;
        return new SelectedVerticalIntention(mcp < 0 ? null : mcp, fms < 0 ? null : fms,
                Double.isNaN(baro) ? null : baro, modes ? Mb.bit(b, off, 49) == 1 : null,
                modes ? Mb.bit(b, off, 50) == 1 : null, modes ? Mb.bit(b, off, 51) == 1 : null,
                Mb.bit(b, off, 54) == 1 ? Mb.get(b, off, 55, 2) : null);
    }

    @Override
    public Bds bds() {
        return Bds.BDS40;
    }
}

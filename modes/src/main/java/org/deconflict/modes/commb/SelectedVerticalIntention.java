package org.deconflict.modes.commb;

/**
 * BDS 4,0 selected vertical intention (ICAO Doc 9871 Table A-2-64): MCP/FCU and FMS selected altitudes (ft,
 * 16 ft steps), barometric pressure setting (hPa, 0.1 hPa steps above 800 hPa) and autopilot mode bits.
 * Null = status bit clear.
 */
public record SelectedVerticalIntention(Integer selectedAltitudeMcpFt, Integer selectedAltitudeFmsFt,
        Double baroPressureSettingHpa, Boolean vnavMode, Boolean altitudeHoldMode, Boolean approachMode,
        Integer targetAltitudeSource) implements CommBRegister {

    /** Reserved MB bits 40-47 and 52-53. ICAO Doc 9871 Table A-2-64. */
    private static final long RESERVED = Mb.bits(40, 47) | Mb.bits(52, 53);
    /** (status, first, last): MCP and FMS altitude, baro setting, mode bits, target source. Doc 9871 Table A-2-64. */
    private static final Mb.StatusGroups STATUS = Mb.StatusGroups.of(1, 2, 13, 14, 15, 26, 27, 28, 39, 48, 49, 51,
            54, 55, 56);

    /** Heuristic: status bits consistent with their fields, reserved MB 40-47 and 52-53 zero. */
    public static boolean isValid(long mb) {
        return (mb & RESERVED) == 0 && STATUS.consistent(mb);
    }

    /** MCP/FCU selected altitude in ft, or -1 when not available. */
    public static int selectedAltitudeMcpFt(long mb) {
        return Mb.orMinusOne(mb, 1, Mb.get(mb, 2, 12) * 16);
    }

    /** FMS selected altitude in ft, or -1 when not available. */
    public static int selectedAltitudeFmsFt(long mb) {
        return Mb.orMinusOne(mb, 14, Mb.get(mb, 15, 12) * 16);
    }

    /** Barometric pressure setting minus 800 hPa, in hPa; NaN when not available. */
    public static double baroPressureSettingHpa(long mb) {
        return Mb.orNaN(mb, 27, Mb.get(mb, 28, 12) * 0.1 + 800);
    }

    /** VNAV, altitude hold and approach mode flags as bits 2, 1, 0; -1 when the mode status bit (MB 48) is clear. */
    public static int modeBits(long mb) {
        return Mb.orMinusOne(mb, 48, Mb.get(mb, 49, 3));
    }

    /** Target altitude source 0-3, -1 when not available. */
    public static int targetAltitudeSource(long mb) {
        return Mb.orMinusOne(mb, 54, Mb.get(mb, 55, 2));
    }

    public static SelectedVerticalIntention decode(long mb) {
        int mcp = selectedAltitudeMcpFt(mb);
        int fms = selectedAltitudeFmsFt(mb);
        double baro = baroPressureSettingHpa(mb);
        int modes = modeBits(mb);
        int source = targetAltitudeSource(mb);
        return new SelectedVerticalIntention(mcp < 0 ? null : mcp, fms < 0 ? null : fms,
                Double.isNaN(baro) ? null : baro, modes < 0 ? null : (modes & 4) != 0,
                modes < 0 ? null : (modes & 2) != 0, modes < 0 ? null : (modes & 1) != 0, source < 0 ? null : source);
    }

    /** As {@link #isValid(long)} on the frame at {@code off}. */
    public static boolean isValid(byte[] b, int off) {
        return isValid(Mb.of(b, off));
    }

    /** As {@link #selectedAltitudeMcpFt(long)} on the frame at {@code off}. */
    public static int selectedAltitudeMcpFt(byte[] b, int off) {
        return selectedAltitudeMcpFt(Mb.of(b, off));
    }

    /** As {@link #selectedAltitudeFmsFt(long)} on the frame at {@code off}. */
    public static int selectedAltitudeFmsFt(byte[] b, int off) {
        return selectedAltitudeFmsFt(Mb.of(b, off));
    }

    /** As {@link #baroPressureSettingHpa(long)} on the frame at {@code off}. */
    public static double baroPressureSettingHpa(byte[] b, int off) {
        return baroPressureSettingHpa(Mb.of(b, off));
    }

    /** As {@link #decode(long)} on the frame at {@code off}. */
    public static SelectedVerticalIntention decode(byte[] b, int off) {
        return decode(Mb.of(b, off));
    }

    @Override
    public Bds bds() {
        return Bds.BDS40;
    }
}

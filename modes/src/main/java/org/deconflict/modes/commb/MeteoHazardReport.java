package org.deconflict.modes.commb;

/**
 * BDS 4,5 meteorological hazard report (ICAO Doc 9871 Table A-2-69): turbulence, wind shear, microburst, icing,
 * wake vortex (levels 0-3), static air temperature (°C, 0.25 LSB), average static pressure (hPa), radio height (ft).
 * Null = status bit clear.
 */
public record MeteoHazardReport(Integer turbulence, Integer windShear, Integer microburst, Integer icing,
        Integer wakeVortex, Double staticAirTemperatureC, Integer staticPressureHpa, Integer radioHeightFt)
        implements CommBRegister {

    private static final double MAX_TEMP_C = 60;
    private static final double MIN_TEMP_C = -80;
    /** Reserved MB bits 52-56. ICAO Doc 9871 Table A-2-69. */
    private static final long RESERVED = Mb.bits(52, 56);
    /** (status, first, last) of the five hazard levels, temperature, pressure, radio height. Doc 9871 Table A-2-69. */
    private static final Mb.StatusGroups STATUS = Mb.StatusGroups.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
            15, 16, 17, 26, 27, 28, 38, 39, 40, 51);

    /** Heuristic: all eight status bits consistent, reserved MB 52-56 zero, temperature within -80..60 °C. */
    public static boolean isValid(long mb) {
        // status bits first: they reject 98 % of other registers' replies, the reserved bits only half of them
        if (!STATUS.consistent(mb) || (mb & RESERVED) != 0) {
            return false;
        }
        double t = Mb.signed(mb, 17, 9) * 0.25;
        return t == 0 || (t <= MAX_TEMP_C && t >= MIN_TEMP_C);
    }

    public static MeteoHazardReport decode(long mb) {
        double t = staticAirTemperatureC(mb);
        int p = staticPressureHpa(mb);
        int h = radioHeightFt(mb);
        return new MeteoHazardReport(box(level(mb, 0)), box(level(mb, 1)), box(level(mb, 2)), box(level(mb, 3)),
                box(level(mb, 4)), Double.isNaN(t) ? null : t, box(p), box(h));
    }

    private static Integer box(int v) {
        return v < 0 ? null : v;
    }

    /**
     * Hazard level 0-3 of hazard {@code index} (0 turbulence, 1 wind shear, 2 microburst, 3 icing, 4 wake vortex),
     * -1 when not available.
     */
    public static int level(long mb, int index) {
        int statusBit = 1 + 3 * index;
        return Mb.bit(mb, statusBit) == 1 ? Mb.get(mb, statusBit + 1, 2) : -1;
    }

    /** Static air temperature in °C (0.25 °C LSB), NaN when not available. */
    public static double staticAirTemperatureC(long mb) {
        return Mb.bit(mb, 16) == 1 ? Mb.signed(mb, 17, 9) * 0.25 : Double.NaN;
    }

    /** Average static pressure in hPa, -1 when not available. */
    public static int staticPressureHpa(long mb) {
        return Mb.bit(mb, 27) == 1 ? Mb.get(mb, 28, 11) : -1;
    }

    /** Radio height in ft (16 ft LSB), -1 when not available. */
    public static int radioHeightFt(long mb) {
        return Mb.bit(mb, 39) == 1 ? Mb.get(mb, 40, 12) * 16 : -1;
    }

    /** As {@link #isValid(long)} on the frame at {@code off}. */
    public static boolean isValid(byte[] b, int off) {
        return isValid(Mb.of(b, off));
    }

    /** As {@link #decode(long)} on the frame at {@code off}. */
    public static MeteoHazardReport decode(byte[] b, int off) {
        return decode(Mb.of(b, off));
    }

    @Override
    public Bds bds() {
        return Bds.BDS45;
    }
}

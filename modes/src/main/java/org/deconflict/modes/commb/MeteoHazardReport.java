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
        if ((mb & RESERVED) != 0 || !STATUS.consistent(mb)) {
            return false;
        }
        double t = Mb.signed(mb, 17, 9) * 0.25;
        return t == 0 || (t <= MAX_TEMP_C && t >= MIN_TEMP_C);
    }

    public static MeteoHazardReport decode(long mb) {
        return new MeteoHazardReport(level(mb, 1), level(mb, 4), level(mb, 7), level(mb, 10),
                level(mb, 13), Mb.bit(mb, 16) == 1 ? Mb.signed(mb, 17, 9) * 0.25 : null,
                Mb.bit(mb, 27) == 1 ? Mb.get(mb, 28, 11) : null,
                Mb.bit(mb, 39) == 1 ? Mb.get(mb, 40, 12) * 16 : null);
    }

    private static Integer level(long mb, int statusBit) {
        return Mb.bit(mb, statusBit) == 1 ? Mb.get(mb, statusBit + 1, 2) : null;
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

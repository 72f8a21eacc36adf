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

    /** Heuristic: all eight status bits consistent, reserved MB 52-56 zero, temperature within -80..60 °C. */
    public static boolean isValid(byte[] b, int off) {
        if (Mb.wrongStatus(b, off, 1, 2, 3) || Mb.wrongStatus(b, off, 4, 5, 6) || Mb.wrongStatus(b, off, 7, 8, 9)
                || Mb.wrongStatus(b, off, 10, 11, 12) || Mb.wrongStatus(b, off, 13, 14, 15)
                || Mb.wrongStatus(b, off, 16, 17, 26) || Mb.wrongStatus(b, off, 27, 28, 38)
                || Mb.wrongStatus(b, off, 39, 40, 51)) {
            return false;
        }
        if (Mb.get(b, off, 52, 5) != 0) {
            return false;
        }
        double t = Mb.signed(b, off, 17, 9) * 0.25;
        return t == 0 || (t <= MAX_TEMP_C && t >= MIN_TEMP_C);
    }

    public static MeteoHazardReport decode(byte[] b, int off) {
        return new MeteoHazardReport(level(b, off, 1), level(b, off, 4), level(b, off, 7), level(b, off, 10),
                level(b, off, 13), Mb.bit(b, off, 16) == 1 ? Mb.signed(b, off, 17, 9) * 0.25 : null,
                Mb.bit(b, off, 27) == 1 ? Mb.get(b, off, 28, 11) : null,
                Mb.bit(b, off, 39) == 1 ? Mb.get(b, off, 40, 12) * 16 : null);
    }

    private static Integer level(byte[] b, int off, int statusBit) {
        return Mb.bit(b, off, statusBit) == 1 ? Mb.get(b, off, statusBit + 1, 2) : null;
    }

    @Override
    public Bds bds() {
        return Bds.BDS45;
    }
}

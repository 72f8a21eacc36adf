package org.deconflict.modes.commb;

/**
 * BDS 4,4 meteorological routine air report (ICAO Doc 9871 Table A-2-68): figure of merit/source, wind (kt, deg),
 * static air temperature (°C, 0.25 °C LSB), average static pressure (hPa), turbulence (0-3), humidity (%).
 * Null = status bit clear.
 */
public record MeteoRoutineReport(int figureOfMerit, Integer windSpeedKt, Double windDirectionDeg,
        double staticAirTemperatureC, Integer staticPressureHpa, Integer turbulence, Double humidityPercent)
        implements CommBRegister {

    /** Plausibility limits used by the heuristic (pyModeS v2 uses the same figures). */
    private static final int MAX_WIND_KT = 250;
    private static final double MAX_TEMP_C = 60;
    private static final double MIN_TEMP_C = -80;
    /** (status, first, last) of wind, pressure, turbulence, humidity. ICAO Doc 9871 Table A-2-68. */
    private static final Mb.StatusGroups STATUS = Mb.StatusGroups.of(5, 6, 23, 35, 36, 46, 47, 48, 49, 50, 51, 56);

    /** Heuristic: status bits consistent, source ≤ 4, wind ≤ 250 kt, temperature within -80..60 °C. */
    public static boolean isValid(long mb) {
        if (Mb.get(mb, 1, 4) > 4 || !STATUS.consistent(mb)) {
            return false;
        }
        if (Mb.bit(mb, 5) == 1 && Mb.get(mb, 6, 9) > MAX_WIND_KT) {
            return false;
        }
        int raw = Mb.signed(mb, 24, 10);
        // Doc 9871 (2008) is ambiguous between 0.25 and 0.125 °C LSB; accept if either reading is plausible.
        double t1 = raw * 0.25;
        double t2 = raw * 0.125;
        return !(Math.min(t1, t2) > MAX_TEMP_C || Math.max(t1, t2) < MIN_TEMP_C);
    }

    public static MeteoRoutineReport decode(long mb) {
        int wind = windSpeedKt(mb);
        int p = staticPressureHpa(mb);
        int turbulence = turbulence(mb);
        double humidity = humidityPercent(mb);
        return new MeteoRoutineReport(figureOfMerit(mb), wind < 0 ? null : wind,
                wind < 0 ? null : windDirectionDeg(mb), staticAirTemperatureC(mb), p < 0 ? null : p,
                turbulence < 0 ? null : turbulence, Double.isNaN(humidity) ? null : humidity);
    }

    /** Figure of merit / source, MB bits 1-4. */
    public static int figureOfMerit(long mb) {
        return Mb.get(mb, 1, 4);
    }

    /** Wind speed in kt, -1 when not available. */
    public static int windSpeedKt(long mb) {
        return Mb.bit(mb, 5) == 1 ? Mb.get(mb, 6, 9) : -1;
    }

    /** Wind direction in degrees (180/256 LSB), NaN when not available. */
    public static double windDirectionDeg(long mb) {
        return Mb.bit(mb, 5) == 1 ? Mb.get(mb, 15, 9) * 180.0 / 256 : Double.NaN;
    }

    /** Static air temperature in °C (0.25 °C LSB). */
    public static double staticAirTemperatureC(long mb) {
        return Mb.signed(mb, 24, 10) * 0.25;
    }

    /** Average static pressure in hPa, -1 when not available. */
    public static int staticPressureHpa(long mb) {
        return Mb.bit(mb, 35) == 1 ? Mb.get(mb, 36, 11) : -1;
    }

    /** Turbulence 0-3, -1 when not available. */
    public static int turbulence(long mb) {
        return Mb.bit(mb, 47) == 1 ? Mb.get(mb, 48, 2) : -1;
    }

    /** Humidity in % (100/64 LSB), NaN when not available. */
    public static double humidityPercent(long mb) {
        return Mb.bit(mb, 50) == 1 ? Mb.get(mb, 51, 6) * 100.0 / 64 : Double.NaN;
    }

    /** As {@link #isValid(long)} on the frame at {@code off}. */
    public static boolean isValid(byte[] b, int off) {
        return isValid(Mb.of(b, off));
    }

    /** As {@link #decode(long)} on the frame at {@code off}. */
    public static MeteoRoutineReport decode(byte[] b, int off) {
        return decode(Mb.of(b, off));
    }

    @Override
    public Bds bds() {
        return Bds.BDS44;
    }
}

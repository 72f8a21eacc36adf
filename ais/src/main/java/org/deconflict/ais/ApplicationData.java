package org.deconflict.ais;

import java.util.List;

/**
 * The application part of a type 6 or 8 binary message, chosen by DAC/FI. The international (DAC 1, IMO SN.1/Circ.236
 * and 289), inland (DAC 200, CCNR/ERI) and UK/Ireland (DAC 235/250, GLA) messages that receivers meet are decoded;
 * every other DAC/FI, or a known one of the wrong length, is kept as {@link Raw} bits.
 */
public sealed interface ApplicationData {

    /** Bits not interpreted (unknown DAC/FI or unexpected length). */
    record Raw(RawData data) implements ApplicationData {
    }

    /**
     * Meteorological and hydrographic data: DAC 1 FI 11 (IMO SN.1/Circ.236, offsets in the raw values) or FI 31
     * (IMO SN.1/Circ.289, signed). Raw transmitted values; {@code imo289} tells which layout.
     */
    record MetHydro(boolean imo289, int lonRaw, int latRaw, boolean accuracy, int day, int hour, int minute,
                    int windSpeed, int windGust, int windDirection, int windGustDirection, int airTemperature,
                    int humidity, int dewPoint, int pressure, int pressureTendency, boolean visibilityGreater,
                    int visibility, int waterLevel, int waterLevelTrend, int currentSpeed, int currentDirection,
                    int currentSpeed2, int currentDirection2, int currentDepth2, int currentSpeed3,
                    int currentDirection3, int currentDepth3, int waveHeight, int wavePeriod, int waveDirection,
                    int swellHeight, int swellPeriod, int swellDirection, int seaState, int waterTemperature,
                    int precipitation, int salinity, int ice) implements ApplicationData {

        /** Air temperature in °C, empty when not available (IMO 289: −1024; IMO 236: 2047). */
        public java.util.OptionalDouble airTemperatureC() {
            if (imo289) {
                return airTemperature == -1024 ? java.util.OptionalDouble.empty()
                        : java.util.OptionalDouble.of(airTemperature / 10.0);
            }
            return airTemperature == 2047 ? java.util.OptionalDouble.empty()
                    : java.util.OptionalDouble.of((airTemperature - 600) / 10.0);
        }
    }

    /** DAC 200 FI 10: inland ship static and voyage data (ERI); length/beam in 1/10 m, draught in 1/100 m. */
    record InlandShipStatic(String vin, int lengthDm, int beamDm, int eriShipType, int hazard, int draughtCm,
                            int loaded, boolean speedQuality, boolean courseQuality, boolean headingQuality)
            implements ApplicationData {
    }

    /** DAC 200 FI 55: number of persons on board (inland). */
    record PersonsOnBoard(int crew, int passengers, int personnel) implements ApplicationData {
    }

    /** DAC 235/250 FI 10: GLA aid-to-navigation monitoring; voltages in 0.05 V steps. */
    record AtonMonitoring(int analogueInternal, int analogueExternal1, int analogueExternal2, int racon, int light,
                          boolean alarm, int statusExtension, boolean offPosition) implements ApplicationData {
    }

    /** DAC 1 FI 12: dangerous cargo indication (IMO SN.1/Circ.236). */
    record DangerousCargo(String lastPort, int lastMonth, int lastDay, int lastHour, int lastMinute, String nextPort,
                          int nextMonth, int nextDay, int nextHour, int nextMinute, String dangerous,
                          String imdCategory, int unNumber, int amount, int unit) implements ApplicationData {
    }

    /** One tidal window entry; position in 1/1000 min. */
    record Tidal(int lonRaw, int latRaw, int fromHour, int fromMinute, int toHour, int toMinute, int currentDirection,
                 int currentSpeed) {
    }

    /** DAC 1 FI 14 (IMO 236) or FI 32 (IMO 289): tidal window. */
    record TidalWindow(int month, int day, List<Tidal> windows) implements ApplicationData {
    }

    /** DAC 1 FI 18: clearance time to enter port (IMO 289); position in 1/1000 min. */
    record ClearanceTime(int linkage, int month, int day, int hour, int minute, String portName, String destination,
                         int lonRaw, int latRaw) implements ApplicationData {
    }

    /** DAC 1 FI 29 (broadcast) / FI 30 (addressed): text description (IMO 289). */
    record TextDescription(int linkage, String text) implements ApplicationData {
    }
}

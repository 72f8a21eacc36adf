package org.deconflict.sim.truth;

import java.util.List;

import org.deconflict.engine.geo.Geo;
import org.deconflict.sim.scenario.RadarSpec;
import org.deconflict.sim.scenario.ReceiverSpec;

/**
 * Where the scenario's sensors hear a transmitter: a receiver hears a target within its range limit and the
 * 4/3-earth radio horizon of both antennas ({@link Geo#radioHorizonM}), the same limits the frame generator applies.
 * Only the inner {@link #USABLE_SHARE} of that distance counts as coverage, because reception thins out towards the
 * limit (the generator's loss grows with the eighth power of the distance share).
 */
public final class SensorCoverage {

    /**
     * Share of the coverage limit inside which a target counts as heard: at 90 % the generator still delivers
     * about half of the frames (loss = base + (1 − base)·0.9⁸ ≈ 0.45), enough to keep a track (our choice).
     */
    public static final double USABLE_SHARE = 0.9;
    /** Height of an SSR antenna above the sea, m (same value as the frame generator; typical en-route tower). */
    public static final double RADAR_ANTENNA_M = 25;

    private final double[] modeSLat, modeSLon, modeSAntennaM, modeSRangeM;
    private final double[] aisLat, aisLon, aisAntennaM, aisRangeM;
    private final double[] radarLat, radarLon, radarRangeM;

    public SensorCoverage(List<ReceiverSpec> receivers, List<RadarSpec> radars) {
        List<ReceiverSpec> modeS = receivers.stream().filter(ReceiverSpec::receivesModeS).toList();
        List<ReceiverSpec> ais = receivers.stream().filter(ReceiverSpec::receivesAis).toList();
        modeSLat = modeS.stream().mapToDouble(ReceiverSpec::lat).toArray();
        modeSLon = modeS.stream().mapToDouble(ReceiverSpec::lon).toArray();
        modeSAntennaM = modeS.stream().mapToDouble(ReceiverSpec::antennaHeightM).toArray();
        modeSRangeM = modeS.stream().mapToDouble(r -> r.modeSRangeNm() * Geo.M_PER_NM).toArray();
        aisLat = ais.stream().mapToDouble(ReceiverSpec::lat).toArray();
        aisLon = ais.stream().mapToDouble(ReceiverSpec::lon).toArray();
        aisAntennaM = ais.stream().mapToDouble(ReceiverSpec::antennaHeightM).toArray();
        aisRangeM = ais.stream().mapToDouble(r -> r.aisRangeLimitNm() * Geo.M_PER_NM).toArray();
        radarLat = radars.stream().mapToDouble(RadarSpec::lat).toArray();
        radarLon = radars.stream().mapToDouble(RadarSpec::lon).toArray();
        radarRangeM = radars.stream().mapToDouble(r -> r.rangeNm() * Geo.M_PER_NM).toArray();
    }

    /** True when some 1090 MHz receiver hears an aircraft at this position and altitude (ft above the sea). */
    public boolean modeSHeard(double latDeg, double lonDeg, double altitudeFt) {
        double heightM = Math.max(0, altitudeFt) * Geo.M_PER_FT;
        return any(modeSLat, modeSLon, modeSAntennaM, modeSRangeM, latDeg, lonDeg, heightM);
    }

    /** True when some AIS receiver hears a ship whose AIS antenna is {@code antennaHeightM} above the sea. */
    public boolean aisHeard(double latDeg, double lonDeg, double antennaHeightM) {
        return any(aisLat, aisLon, aisAntennaM, aisRangeM, latDeg, lonDeg, antennaHeightM);
    }

    /** True when some Mode S radar interrogates an aircraft at this position and altitude (ft above the sea). */
    public boolean interrogated(double latDeg, double lonDeg, double altitudeFt) {
        double heightM = Math.max(0, altitudeFt) * Geo.M_PER_FT;
        for (int i = 0; i < radarLat.length; i++) {
            double limit = Math.min(radarRangeM[i], Geo.radioHorizonM(RADAR_ANTENNA_M, heightM));
            if (Geo.distanceM(radarLat[i], radarLon[i], latDeg, lonDeg) <= USABLE_SHARE * limit) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(double[] lat, double[] lon, double[] antennaM, double[] rangeM,
                               double latDeg, double lonDeg, double heightM) {
        for (int i = 0; i < lat.length; i++) {
            double limit = Math.min(rangeM[i], Geo.radioHorizonM(antennaM[i], heightM));
            if (Geo.distanceM(lat[i], lon[i], latDeg, lonDeg) <= USABLE_SHARE * limit) {
                return true;
            }
        }
        return false;
    }
}

package org.deconflict.sim.scenario;

/**
 * A ground receiver (1090 MHz and/or AIS VHF): position, antenna height (sets the radio horizon),
 * maximum range on 1090 MHz ({@code maxRangeNm}, default 250) and on AIS VHF ({@code aisRangeNm}, default 40),
 * base message loss, and clock error (offset in microseconds, drift in parts per million).
 */
public record ReceiverSpec(
        int id,
        String name,
        double lat,
        double lon,
        double antennaHeightM,
        Double maxRangeNm,
        Double aisRangeNm,
        Double lossRate,
        Double clockOffsetUs,
        Double clockDriftPpm,
        Boolean modes,
        Boolean ais) {

    public double modeSRangeNm() {
        return maxRangeNm == null ? 250 : maxRangeNm;
    }

    public double aisRangeLimitNm() {
        return aisRangeNm == null ? 40 : aisRangeNm;
    }

    public double loss() {
        return lossRate == null ? 0.05 : lossRate;
    }

    /** Receives 1090 MHz Mode S (default true). */
    public boolean receivesModeS() {
        return modes == null || modes;
    }

    /** Receives AIS (an AIS base station; default true). */
    public boolean receivesAis() {
        return ais == null || ais;
    }
}

package org.deconflict.sim.scenario;

/**
 * A Mode S secondary surveillance radar that interrogates aircraft once per antenna turn: each aircraft in range
 * answers {@code repliesPerScan} roll-call interrogations per scan with DF4/DF5 (and DF20/DF21 when {@code commB},
 * carrying the Comm-B registers of {@code org.deconflict.sim.emit.CommBRegisters}).
 */
public record RadarSpec(String name, double lat, double lon, double rotationS, double rangeNm,
                        Integer repliesPerScan, Boolean commB) {

    public int replies() {
        return repliesPerScan == null ? 4 : repliesPerScan;
    }

    public boolean extractsCommB() {
        return commB == null || commB;
    }
}

package org.deconflict.sim.world;

import java.util.List;

import org.deconflict.sim.motion.ShipMover;
import org.deconflict.sim.scenario.AisPhase;

/**
 * One ship in a running simulation: identity and static data for AIS, motion, and AIS on/off over time.
 *
 * @param shipType AIS ship and cargo type, ITU-R M.1371-5 Table 53 (35 = military operations)
 * @param classB   true for a class B "CS" transponder (type 18/24), false for class A (types 1/5)
 */
public record SimShip(String key, int mmsi, int imo, String name, String callsign, int shipType, boolean military,
                      boolean classB, double lengthM, double beamM, double draughtM, String destination,
                      ShipMover mover, List<AisPhase> phases, boolean background) {

    /** AIS antenna heights above the sea, m: class A on the mast, class B on a small craft (our choice). */
    private static final double AIS_ANTENNA_A_M = 20, AIS_ANTENNA_B_M = 4;

    /** Height of the AIS antenna above the sea, m (sets the radio horizon). */
    public double aisAntennaM() {
        return classB ? AIS_ANTENNA_B_M : AIS_ANTENNA_A_M;
    }

    /** True when the AIS transmitter is on at {@code tNanos}. */
    public boolean aisOnAt(long tNanos) {
        double s = (tNanos - mover.startNanos()) / 1e9;
        boolean on = false;
        for (AisPhase p : phases) {
            if (p.fromS() <= s) {
                on = p.on();
            }
        }
        return on;
    }
}

package org.deconflict.sim.world;

import java.util.List;

import org.deconflict.sim.motion.AircraftMover;
import org.deconflict.sim.scenario.TransponderMode;
import org.deconflict.sim.scenario.TransponderPhase;

/**
 * One aircraft in a running simulation: identity, motion, and transponder behaviour over time.
 *
 * @param key        target key, e.g. {@code icao:4840d6}
 * @param address    24-bit ICAO address
 * @param callsign   up to 8 characters
 * @param category   ADS-B emitter category as set+code (0xA3 = set A code 3; DO-260B §2.2.3.2.5.2)
 * @param squawk     Mode A code as 4 octal digits (e.g. 7000 → "7000")
 * @param phases     transponder mode from a time offset (seconds after {@code mover.startNanos()})
 * @param background true for generated background traffic
 */
public record SimAircraft(String key, int address, String callsign, String nation, String type, int category,
                          boolean military, String squawk, AircraftMover mover, List<TransponderPhase> phases,
                          boolean background) {

    public SimAircraft {
        if (!squawk.matches("[0-7]{4}")) {
            throw new IllegalArgumentException("squawk must be 4 octal digits: " + squawk);
        }
    }

    /** Squawk digits ABCD as a decimal int (7000 for "7000"). */
    public int squawkDigits() {
        return Integer.parseInt(squawk);
    }

    /** Transponder mode at {@code tNanos}. */
    public TransponderMode transponderAt(long tNanos) {
        double s = (tNanos - mover.startNanos()) / 1e9;
        TransponderMode mode = TransponderMode.OFF;
        for (TransponderPhase p : phases) {
            if (p.fromS() <= s) {
                mode = p.mode();
            }
        }
        return mode;
    }
}

package org.deconflict.engine.detect;

import java.util.List;

/**
 * TCAS II sensitivity levels by altitude, lowest floor first. Altitude is the aircraft's pressure altitude used as a
 * proxy for height above ground (exact over the sea, where Deconflict's reference region lies).
 */
public record TcasTable(List<TcasLevel> levels) implements java.io.Serializable {

    /** TCAS II v7.1 (FAA "Introduction to TCAS II Version 7.1", Table 3; DESIGN.md reference numbers). */
    public static final TcasTable V7_1 = new TcasTable(List.of(
            // SL2 below 1000 ft AGL: TA only, tau 20 s, DMOD 0.30 NM, ZTHR 850 ft
            new TcasLevel(2, Double.NEGATIVE_INFINITY, 20, Double.NaN, 0.30, Double.NaN, 850, Double.NaN, Double.NaN),
            new TcasLevel(3, 1_000, 25, 15, 0.33, 0.20, 850, 600, 300),
            new TcasLevel(4, 2_350, 30, 20, 0.48, 0.35, 850, 600, 300),
            new TcasLevel(5, 5_000, 40, 25, 0.75, 0.55, 850, 600, 350),
            new TcasLevel(6, 10_000, 45, 30, 1.00, 0.80, 850, 600, 400),
            new TcasLevel(7, 20_000, 48, 35, 1.30, 1.10, 850, 700, 600),
            // SL7 above FL420: ZTHR TA 1200 / RA 800 ft, ALIM 700 ft
            new TcasLevel(7, 42_000, 48, 35, 1.30, 1.10, 1_200, 800, 700)));

    public TcasTable {
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("TCAS table needs at least one level");
        }
        for (int i = 1; i < levels.size(); i++) {
            if (!(levels.get(i).floorFt() > levels.get(i - 1).floorFt())) {
                throw new IllegalArgumentException("TCAS levels must have increasing floors");
            }
        }
    }

    /** The level applying at {@code altitudeFt}; the lowest level for NaN or anything below its floor. */
    public TcasLevel at(double altitudeFt) {
        TcasLevel found = levels.get(0);
        for (int i = 1; i < levels.size(); i++) {
            if (altitudeFt >= levels.get(i).floorFt()) {
                found = levels.get(i);
            }
        }
        return found;
    }
}

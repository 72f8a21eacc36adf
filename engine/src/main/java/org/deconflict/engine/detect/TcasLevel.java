package org.deconflict.engine.detect;

/**
 * One TCAS II sensitivity level: applies from {@code floorFt} (inclusive) up to the next level's floor. Taus in
 * seconds, DMOD in nautical miles, ZTHR and ALIM in feet. {@code tauRaS} is NaN where resolution advisories are
 * inhibited (SL2). Source: FAA "Introduction to TCAS II Version 7.1" (2011), Table 3 / DO-185B.
 */
public record TcasLevel(int level, double floorFt, double tauTaS, double tauRaS, double dmodTaNm, double dmodRaNm,
                        double zthrTaFt, double zthrRaFt, double alimFt) implements java.io.Serializable {

    /** True when this level issues resolution advisories. */
    public boolean raEnabled() {
        return !Double.isNaN(tauRaS);
    }
}

package org.deconflict.engine.detect;

import org.deconflict.engine.event.EncounterFlag;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.Limit;

/**
 * What a detector measured for one pair and one encounter type at one evaluation: current separations, an optional
 * prediction, the limits in play with the value reached, and flags. A reused scratch object.
 */
final class Sample {

    static final int MAX_BREACHES = 3;

    EncounterType type;
    long tNanos;
    double horizontalM;
    /** Vertical distance (air–air) or height above the ship (air–sea) in feet; NaN for ships or unknown. */
    double verticalFt;

    boolean hasPrediction;
    long cpaNanos;
    double cpaHorizontalM;
    double cpaVerticalFt;
    long entryNanos;
    long exitNanos;

    int breachCount;
    final Limit[] names = new Limit[MAX_BREACHES];
    final double[] limits = new double[MAX_BREACHES];
    final double[] reached = new double[MAX_BREACHES];

    int flags;
    int passNumber;
    int sensitivityLevel;

    Sample reset(EncounterType type, long tNanos, double horizontalM, double verticalFt) {
        this.type = type;
        this.tNanos = tNanos;
        this.horizontalM = horizontalM;
        this.verticalFt = verticalFt;
        hasPrediction = false;
        breachCount = 0;
        flags = 0;
        passNumber = 0;
        sensitivityLevel = 0;
        return this;
    }

    Sample breach(Limit name, double limit, double value) {
        names[breachCount] = name;
        limits[breachCount] = limit;
        reached[breachCount] = value;
        breachCount++;
        return this;
    }

    Sample flag(EncounterFlag f) {
        flags |= 1 << f.ordinal();
        return this;
    }

    /** Prediction from times in seconds relative to {@code tNanos}; infinite times map to Long.MIN/MAX_VALUE. */
    Sample predict(double tcpaS, double cpaHorizontalM, double cpaVerticalFt, double entryS, double exitS) {
        hasPrediction = true;
        this.cpaNanos = at(tcpaS);
        this.cpaHorizontalM = cpaHorizontalM;
        this.cpaVerticalFt = cpaVerticalFt;
        this.entryNanos = at(entryS);
        this.exitNanos = at(exitS);
        return this;
    }

    private long at(double seconds) {
        if (seconds == Double.NEGATIVE_INFINITY) {
            return Long.MIN_VALUE;
        }
        if (seconds == Double.POSITIVE_INFINITY) {
            return Long.MAX_VALUE;
        }
        return tNanos + Math.round(seconds * 1e9);
    }
}

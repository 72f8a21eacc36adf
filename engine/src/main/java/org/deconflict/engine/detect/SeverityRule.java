package org.deconflict.engine.detect;

import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.Severity;

/** Grades the closest point of an encounter into an Airprox category; the mapping is documented on DetectionConfig. */
final class SeverityRule {

    private SeverityRule() {
    }

    static Severity grade(EncounterType type, double horizontalM, double verticalFt, DetectionConfig c) {
        return switch (type.domain()) {
            case AIR_AIR -> airAir(horizontalM, verticalFt, c.airAir());
            case AIR_SEA -> airSea(horizontalM, verticalFt, c.airSea());
            case SEA_SEA -> seaSea(horizontalM, c.seaSea());
        };
    }

    static Severity airAir(double h, double v, DetectionConfig.AirAir a) {
        if (Double.isNaN(v)) {
            return Severity.D;
        }
        if (h < a.nmacHorizontalM() && v < a.nmacVerticalFt()) {
            return Severity.A;
        }
        if (h < a.severityBHorizontalM() && v < a.severityBVerticalFt()) {
            return Severity.B;
        }
        if (h < a.horizontalSeparationM() && v < a.verticalSeparationFt() - a.altitudeToleranceFt()) {
            return Severity.C;
        }
        return Severity.E;
    }

    static Severity airSea(double h, double heightFt, DetectionConfig.AirSea s) {
        if (Double.isNaN(heightFt)) {
            return Severity.D;
        }
        if (h < s.severityAHorizontalM() && heightFt < s.severityAHeightFt()) {
            return Severity.A;
        }
        if (h < s.severityBHorizontalM() && heightFt < s.severityBHeightFt()) {
            return Severity.B;
        }
        return Severity.C;
    }

    static Severity seaSea(double d, DetectionConfig.SeaSea s) {
        if (d < s.severityAM()) {
            return Severity.A;
        }
        if (d < s.severityBM()) {
            return Severity.B;
        }
        return d < s.closeQuartersM() ? Severity.C : Severity.E;
    }
}

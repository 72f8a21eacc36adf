package org.deconflict.app.pipeline.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.event.EncounterType;

/**
 * The detection thresholds an incident of one domain was judged by, as the ledger's {@code detector.thresholds} map:
 * name → value in the unit its name ends with (M metres, Ft feet, S seconds, Kt knots, Deg degrees). Sources of the
 * numbers are on {@link DetectionConfig}.
 */
final class DetectorThresholds {

    private DetectorThresholds() {
    }

    static Map<String, Double> of(DetectionConfig c, EncounterType.Domain domain) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("closeDelayS", c.closeDelayS());
        switch (domain) {
            case AIR_AIR -> {
                DetectionConfig.AirAir a = c.airAir();
                m.put("airAir.horizontalSeparationM", a.horizontalSeparationM());
                m.put("airAir.verticalSeparationFt", a.verticalSeparationFt());
                m.put("airAir.altitudeToleranceFt", a.altitudeToleranceFt());
                m.put("airAir.lookAheadS", a.lookAheadS());
                m.put("airAir.nmacHorizontalM", a.nmacHorizontalM());
                m.put("airAir.nmacVerticalFt", a.nmacVerticalFt());
                m.put("airAir.severityBHorizontalM", a.severityBHorizontalM());
                m.put("airAir.severityBVerticalFt", a.severityBVerticalFt());
            }
            case AIR_SEA -> {
                DetectionConfig.AirSea a = c.airSea();
                m.put("airSea.lowPassDistanceM", a.lowPassDistanceM());
                m.put("airSea.lowPassHeightFt", a.lowPassHeightFt());
                m.put("airSea.approachRangeM", a.approachRangeM());
                m.put("airSea.aimToleranceDeg", a.aimToleranceDeg());
                m.put("airSea.attackDescentFpm", a.attackDescentFpm());
                m.put("airSea.attackMinPasses", (double) a.attackMinPasses());
                m.put("airSea.severityAHorizontalM", a.severityAHorizontalM());
                m.put("airSea.severityAHeightFt", a.severityAHeightFt());
                m.put("airSea.severityBHorizontalM", a.severityBHorizontalM());
                m.put("airSea.severityBHeightFt", a.severityBHeightFt());
            }
            case SEA_SEA -> {
                DetectionConfig.SeaSea s = c.seaSea();
                m.put("seaSea.cpaLimitM", s.cpaLimitM());
                m.put("seaSea.tcpaLimitS", s.tcpaLimitS());
                m.put("seaSea.closeQuartersM", s.closeQuartersM());
                m.put("seaSea.minSpeedKt", s.minSpeedKt());
                m.put("seaSea.severityAM", s.severityAM());
                m.put("seaSea.severityBM", s.severityBM());
            }
            default -> throw new IllegalArgumentException("unknown domain " + domain);
        }
        return m;
    }
}

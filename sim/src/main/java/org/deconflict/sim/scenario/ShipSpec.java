package org.deconflict.sim.scenario;

import java.util.List;

/**
 * One scripted ship: MMSI, name, call sign, AIS ship type (ITU-R M.1371-5 Table 53; 35 = military), class A or B,
 * dimensions, when it appears, its route, and its AIS behaviour over time (default: on throughout).
 */
public record ShipSpec(
        int mmsi,
        Integer imo,
        String name,
        String callsign,
        int shipType,
        Boolean military,
        String aisClass,
        Double lengthM,
        Double beamM,
        Double draughtM,
        String destination,
        Double startS,
        Double maxTurnDegPerMin,
        List<ShipStep> route,
        List<AisPhase> ais) {

    public ShipSpec {
        route = route == null ? List.of() : List.copyOf(route);
        ais = ais == null || ais.isEmpty() ? List.of(new AisPhase(0, true)) : List.copyOf(ais);
    }

    /** The same ship appearing {@code offsetS} seconds later. */
    public ShipSpec shifted(double offsetS) {
        return new ShipSpec(mmsi, imo, name, callsign, shipType, military, aisClass, lengthM, beamM, draughtM,
                destination, (startS == null ? 0 : startS) + offsetS, maxTurnDegPerMin, route, ais);
    }

    public boolean isMilitary() {
        return military != null && military;
    }

    public boolean classB() {
        return "B".equalsIgnoreCase(aisClass);
    }
}

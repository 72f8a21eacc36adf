package org.deconflict.sim.scenario;

import java.util.List;

/**
 * One scripted aircraft: 24-bit address (hex), callsign, nation (ISO 3166 alpha-2), type (ICAO designator),
 * ADS-B emitter category (e.g. "A3"), whether military, squawk, when it appears (seconds after scenario start),
 * its route, and its transponder behaviour over time (default: ADS-B on throughout).
 */
public record AircraftSpec(
        String address,
        String callsign,
        String nation,
        String type,
        String category,
        Boolean military,
        String squawk,
        Double startS,
        Boolean acas,
        Double maxBankDeg,
        Double climbFpm,
        Double descentFpm,
        List<RouteStep> route,
        List<TransponderPhase> transponder) {

    public AircraftSpec {
        route = route == null ? List.of() : List.copyOf(route);
        transponder = transponder == null || transponder.isEmpty()
                ? List.of(new TransponderPhase(0, TransponderMode.ADSB)) : List.copyOf(transponder);
    }

    /** The same aircraft appearing {@code offsetS} seconds later. */
    public AircraftSpec shifted(double offsetS) {
        return new AircraftSpec(address, callsign, nation, type, category, military, squawk,
                (startS == null ? 0 : startS) + offsetS, acas, maxBankDeg, climbFpm, descentFpm, route, transponder);
    }

    public int addressValue() {
        return Integer.parseInt(address, 16);
    }

    public boolean isMilitary() {
        return military != null && military;
    }
}

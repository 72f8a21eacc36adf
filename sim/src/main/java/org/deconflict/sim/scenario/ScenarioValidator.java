package org.deconflict.sim.scenario;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.deconflict.sim.truth.TruthKind;

/** Checks a parsed scenario for mistakes a YAML schema cannot express (missing start, duplicate ids, empty routes). */
final class ScenarioValidator {

    private ScenarioValidator() {
    }

    static void validate(Scenario s) {
        require(s.name() != null && !s.name().isBlank(), "name is missing");
        require(s.start() != null, "start is missing (ISO-8601 UTC, e.g. 2016-04-12T12:00:00Z)");
        s.startNanos();
        require(s.durationS() > 0, "durationS must be > 0");
        require(!s.receivers().isEmpty(), "at least one receiver is needed");
        Set<Integer> receiverIds = new HashSet<>();
        for (ReceiverSpec r : s.receivers()) {
            require(receiverIds.add(r.id()), "duplicate receiver id " + r.id());
            require(r.lossRate() == null || (r.lossRate() >= 0 && r.lossRate() < 1), "receiver " + r.id() + ": lossRate in [0,1)");
        }
        for (RadarSpec r : s.radars()) {
            require(r.rotationS() > 0 && r.rangeNm() > 0, "radar " + r.name() + ": rotationS and rangeNm must be > 0");
            require(r.replies() >= 0 && r.replies() <= 100, "radar " + r.name() + ": repliesPerScan in 0..100");
        }
        Set<String> keys = new HashSet<>();
        for (AircraftSpec a : s.aircraft()) {
            require(a.address() != null && a.address().matches("[0-9a-fA-F]{6}"), "aircraft address must be 6 hex digits: " + a.address());
            require(keys.add("icao:" + a.address().toLowerCase()), "duplicate aircraft address " + a.address());
            require(!a.route().isEmpty() && a.route().get(0).lat() != null, "aircraft " + a.address() + ": route must start with a waypoint");
        }
        for (ShipSpec sh : s.ships()) {
            require(sh.mmsi() >= 100_000_000 && sh.mmsi() <= 999_999_999, "ship MMSI must have 9 digits: " + sh.mmsi());
            require(keys.add("mmsi:" + sh.mmsi()), "duplicate MMSI " + sh.mmsi());
            require(!sh.route().isEmpty(), "ship " + sh.mmsi() + ": route is empty");
        }
        for (IncidentSpec i : s.incidents()) {
            require(i.kind() != null && Arrays.stream(TruthKind.values()).anyMatch(k -> k.name().equals(i.kind())),
                    "unknown incident kind " + i.kind() + " (one of " + Arrays.toString(TruthKind.values()) + ")");
            require(i.participants() != null && !i.participants().isEmpty(), "incident " + i.kind() + " has no participants");
            for (String p : i.participants()) {
                require(keys.contains(p), "incident " + i.kind() + ": unknown participant " + p);
            }
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}

package org.deconflict.sim.scenario;

import java.time.Instant;
import java.util.List;

/**
 * One simulated situation, as read from a scenario YAML file (see {@code scenarios/example.yaml}):
 * when, where, who listens (receivers, interrogating radars), who flies and sails, background traffic,
 * and the incidents the scenario is designed to contain.
 */
public record Scenario(
        String name,
        String description,
        String start,
        double durationS,
        Long seed,
        Area area,
        List<ReceiverSpec> receivers,
        List<RadarSpec> radars,
        List<AircraftSpec> aircraft,
        List<ShipSpec> ships,
        TrafficSpec traffic,
        List<IncidentSpec> incidents,
        List<IncludeSpec> includes) {

    public Scenario {
        receivers = receivers == null ? List.of() : List.copyOf(receivers);
        radars = radars == null ? List.of() : List.copyOf(radars);
        aircraft = aircraft == null ? List.of() : List.copyOf(aircraft);
        ships = ships == null ? List.of() : List.copyOf(ships);
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
        includes = includes == null ? List.of() : List.copyOf(includes);
        traffic = traffic == null ? TrafficSpec.NONE : traffic;
    }

    /**
     * A built-in scenario whose aircraft, ships and incidents are added to this one, shifted by {@code offsetS}
     * seconds; the first include also supplies area, receivers, radars and background traffic if this one has none.
     */
    public record IncludeSpec(String scenario, double offsetS) {
    }

    /** Start of the scenario in nanoseconds since the Unix epoch. */
    public long startNanos() {
        Instant i = Instant.parse(start);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** End of the scenario in nanoseconds since the Unix epoch. */
    public long endNanos() {
        return startNanos() + Math.round(durationS * 1e9);
    }

    /** The same scenario cut to {@code newDurationS} seconds (scripted timings unchanged). */
    public Scenario withDuration(double newDurationS) {
        return new Scenario(name, description, start, newDurationS, seed, area, receivers, radars, aircraft, ships,
                traffic, incidents, includes);
    }

    /** The seed used when the command line gives none. */
    public long defaultSeed() {
        return seed == null ? 1L : seed;
    }
}

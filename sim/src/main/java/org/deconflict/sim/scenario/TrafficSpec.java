package org.deconflict.sim.scenario;

import java.util.List;

/**
 * Background traffic: airliners on airways, ships on shipping lanes and alongside in ports, with an optional
 * 24-value hourly profile (multiplier per UTC hour) shaping departure rates over a day.
 */
public record TrafficSpec(List<AirwaySpec> airways, List<LaneSpec> lanes, List<PortSpec> ports,
                          List<Double> dayProfile, Boolean separate) {

    public static final TrafficSpec NONE = new TrafficSpec(null, null, null, null, null);

    public TrafficSpec {
        airways = airways == null ? List.of() : List.copyOf(airways);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
        ports = ports == null ? List.of() : List.copyOf(ports);
        dayProfile = dayProfile == null ? List.of() : List.copyOf(dayProfile);
        if (!dayProfile.isEmpty() && dayProfile.size() != 24) {
            throw new IllegalArgumentException("traffic.dayProfile needs 24 values (one per UTC hour), got " + dayProfile.size());
        }
    }

    /**
     * True (default) when generated traffic is kept legally separated from all other traffic (departures delayed or
     * dropped), so the scenario's truth incidents are only the designed ones.
     */
    public boolean keepSeparated() {
        return separate == null || separate;
    }

    /** Rate multiplier for the given UTC hour (1 without a profile). */
    public double profile(int utcHour) {
        return dayProfile.isEmpty() ? 1.0 : dayProfile.get(utcHour);
    }

    /**
     * An airway flown at constant level and speed, with a minimum in-trail spacing of {@code spacingNm} (default 10): {@code levels} (flight levels) along the points, {@code reverseLevels}
     * the other way (omit for one-way). {@code perHour} departures per direction.
     */
    public record AirwaySpec(String name, List<List<Double>> points, List<Integer> levels, List<Integer> reverseLevels,
                             double perHour, double speedKt, Double spacingNm) {
    }

    /**
     * A shipping lane: ships sail it at {@code speedKt} ({@code perHour} departures per direction); the reverse
     * direction runs {@code offsetNm} to starboard. {@code shipTypes} are AIS ship types to draw from.
     */
    public record LaneSpec(String name, List<List<Double>> points, double perHour, Boolean bidirectional,
                           Double offsetNm, double speedKt, List<Integer> shipTypes, Double classBShare) {
    }

    /** A port with {@code ships} vessels moored within {@code radiusNm} of its centre. */
    public record PortSpec(String name, double lat, double lon, int ships, double radiusNm) {
    }
}

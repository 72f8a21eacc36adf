package org.deconflict.sim.world;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.deconflict.engine.geo.Geo;
import org.deconflict.sim.motion.AircraftMover;
import org.deconflict.sim.motion.AircraftPerformance;
import org.deconflict.sim.motion.Mover;
import org.deconflict.sim.motion.ShipMover;
import org.deconflict.sim.scenario.AisPhase;
import org.deconflict.sim.scenario.RouteStep;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ShipStep;
import org.deconflict.sim.scenario.TrafficSpec;
import org.deconflict.sim.scenario.TransponderMode;
import org.deconflict.sim.scenario.TransponderPhase;

/**
 * Generates background traffic: airliners at constant level and speed along airways (Poisson departures shaped by
 * the hourly profile, minimum in-trail spacing), ships along shipping lanes (one-way lanes offset to starboard) and
 * moored in ports. Traffic already under way at the scenario start is placed part-way along its route. With
 * separation on, a departure that would lose separation with anything already planned is delayed, then dropped.
 */
final class BackgroundTraffic {

    /** ICAO Doc 4444 §5.4.1 / §8.7.3: 5 NM radar separation, 1,000 ft vertical; planning adds 2 NM for sampling. */
    private static final double AIR_HORIZONTAL_M = 7 * Geo.M_PER_NM;
    private static final double AIR_VERTICAL_FT = 1000;
    private static final long AIR_SAMPLE_NANOS = 10_000_000_000L;
    /** Ships: 1 NM close-quarters truth threshold + 1 NM for sampling and turn smoothing. */
    private static final double SEA_HORIZONTAL_M = 2 * Geo.M_PER_NM;
    private static final long SEA_SAMPLE_NANOS = 60_000_000_000L;
    private static final int MAX_DELAYS = 6;
    /** Scripted aircraft below this height also reserve sea room (low-pass threshold 1,000 ft + margin). */
    private static final double LOW_LEVEL_FT = 1500;
    /** Ship antenna mast height is not modelled per ship; AIS positions are at sea level. */
    private static final double SHIP_ALT_FT = 0;

    private final Scenario sc;
    private final TrafficSpec traffic;
    private final SplittableRandom rng;
    private final boolean allOn;
    private final long start;
    private final long end;
    private final SeparationPlanner airPlanner;
    private final SeparationPlanner seaPlanner;
    private final Set<Integer> usedAddresses = new HashSet<>();
    private final Set<Integer> usedMmsi = new HashSet<>();
    private final Set<String> usedCallsigns = new HashSet<>();
    private int dropped;

    BackgroundTraffic(Scenario sc, SplittableRandom rng, boolean allOn) {
        this.sc = sc;
        this.traffic = sc.traffic();
        this.rng = rng;
        this.allOn = allOn;
        this.start = sc.startNanos();
        this.end = sc.endNanos();
        double refLat = sc.area() == null ? 56 : (sc.area().north() + sc.area().south()) / 2;
        boolean separate = traffic.keepSeparated();
        this.airPlanner = separate ? new SeparationPlanner(AIR_SAMPLE_NANOS, AIR_HORIZONTAL_M, AIR_VERTICAL_FT, refLat) : null;
        this.seaPlanner = separate ? new SeparationPlanner(SEA_SAMPLE_NANOS, SEA_HORIZONTAL_M, Double.MAX_VALUE, refLat) : null;
        sc.aircraft().forEach(a -> {
            usedAddresses.add(a.addressValue());
            if (a.callsign() != null) {
                usedCallsigns.add(a.callsign());
            }
        });
        sc.ships().forEach(s -> usedMmsi.add(s.mmsi()));
    }

    int dropped() {
        return dropped;
    }

    /**
     * Reserves the scripted targets' trajectories: aircraft in the air planner, moving ships — and aircraft below
     * {@link #LOW_LEVEL_FT}, so that no background ship sails under a low pass — in the sea planner.
     */
    void reserveScripted(List<World.Scripted> scripted) {
        double[] buf = new double[3];
        for (World.Scripted s : scripted) {
            Mover m = s.mover();
            // one pass on the planners' common grid (multiples of 10 s; the 60 s sea grid is a subset)
            for (long t = Math.floorDiv(start, AIR_SAMPLE_NANOS) * AIR_SAMPLE_NANOS; t <= end; t += AIR_SAMPLE_NANOS) {
                if (!m.sample(t)) {
                    continue;
                }
                buf[0] = m.sampleLatDeg();
                buf[1] = m.sampleLonDeg();
                buf[2] = m.sampleAltFt();
                long at = t;
                SeparationPlanner.Path point = (tt, o) -> {
                    System.arraycopy(buf, 0, o, 0, 3);
                    return tt == at;
                };
                if (s.aircraft()) {
                    airPlanner.add(t - 1, t, point);
                }
                if ((s.aircraft() && buf[2] < LOW_LEVEL_FT) || (!s.aircraft() && m.speedKt() >= 1)) {
                    seaPlanner.add(t - 1, t, point);
                }
            }
        }
    }

    void generate(List<SimAircraft> aircraft, List<SimShip> ships) {
        for (TrafficSpec.AirwaySpec a : traffic.airways()) {
            Polyline fwd = Polyline.of(a.points());
            airway(a, fwd, a.levels(), aircraft);
            if (a.reverseLevels() != null && !a.reverseLevels().isEmpty()) {
                airway(a, fwd.reversed(), a.reverseLevels(), aircraft);
            }
        }
        for (TrafficSpec.LaneSpec l : traffic.lanes()) {
            double half = (l.offsetNm() == null ? 2 : l.offsetNm()) * Geo.M_PER_NM / 2;
            Polyline base = Polyline.of(l.points());
            lane(l, base.offsetRight(half), ships);
            if (l.bidirectional() == null || l.bidirectional()) {
                lane(l, base.reversed().offsetRight(half), ships);
            }
        }
        for (TrafficSpec.PortSpec p : traffic.ports()) {
            port(p, ships);
        }
    }

    private void airway(TrafficSpec.AirwaySpec a, Polyline path, List<Integer> levels, List<SimAircraft> out) {
        if (levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("airway " + a.name() + " has no levels");
        }
        double v = a.speedKt() * Geo.MPS_PER_KT;
        long transit = Math.round(path.lengthM() / v * 1e9);
        long minGap = Math.round((a.spacingNm() == null ? 10 : a.spacingNm()) * Geo.M_PER_NM / v * 1e9);
        long t = start - transit;
        while (true) {
            t += Math.max(minGap, nextGap(a.perHour(), t));
            if (t >= end) {
                return;
            }
            int level = levels.get(rng.nextInt(levels.size()));
            long dep = t;
            boolean ok = airPlanner == null;
            for (int i = 0; i <= MAX_DELAYS && !ok; i++, dep += minGap) {
                if (!airPlanner.conflicts(Math.max(dep, start), Math.min(dep + transit, end), flightPath(path, dep, v, level))) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                dropped++;
                continue;
            }
            t = dep;
            if (airPlanner != null) {
                airPlanner.add(Math.max(dep, start), Math.min(dep + transit, end), flightPath(path, dep, v, level));
            }
            out.add(airliner(path, dep, a.speedKt(), level));
        }
    }

    private static SeparationPlanner.Path flightPath(Polyline path, long dep, double v, int level) {
        return (tt, o) -> {
            double d = (tt - dep) / 1e9 * v;
            if (d < 0 || d > path.lengthM()) {
                return false;
            }
            path.at(d, o);
            o[2] = level * 100.0;
            return true;
        };
    }

    private SimAircraft airliner(Polyline path, long dep, double speedKt, int level) {
        long t0 = Math.max(dep, start);
        double along = (t0 - dep) / 1e9 * speedKt * Geo.MPS_PER_KT;
        List<RouteStep> route = new ArrayList<>();
        for (double[] p : path.remainingFrom(along)) {
            route.add(new RouteStep(p[0], p[1], level * 100.0, speedKt, null, null, null, null));
        }
        Registries.AddressBlock block = Registries.AIRCRAFT.get(rng.nextInt(Registries.AIRCRAFT.size()));
        int address;
        do {
            address = block.first() + rng.nextInt(block.last() - block.first() + 1);
        } while (!usedAddresses.add(address));
        String callsign;
        do {
            callsign = block.airlines().get(rng.nextInt(block.airlines().size())) + (10 + rng.nextInt(9990));
        } while (!usedCallsigns.add(callsign));
        Registries.AirlinerType type = Registries.AIRLINERS.get(rng.nextInt(Registries.AIRLINERS.size()));
        String squawk = String.format(Locale.ROOT, "%o", 01000 + rng.nextInt(06000));
        AircraftMover mover = new AircraftMover(t0, route, AircraftPerformance.AIRLINER, key -> {
            throw new IllegalArgumentException("background traffic has no relative manoeuvres");
        });
        return new SimAircraft(String.format(Locale.ROOT, "icao:%06x", address), address, callsign, block.nation(),
                type.icaoType(), type.category(), false, squawk, mover,
                List.of(new TransponderPhase(0, TransponderMode.ADSB)), true);
    }

    private void lane(TrafficSpec.LaneSpec l, Polyline path, List<SimShip> out) {
        double v = l.speedKt() * Geo.MPS_PER_KT;
        long transit = Math.round(path.lengthM() / v * 1e9);
        long minGap = Math.round(3 * Geo.M_PER_NM / v * 1e9);
        long t = start - transit;
        while (true) {
            t += Math.max(minGap, nextGap(l.perHour(), t));
            if (t >= end) {
                return;
            }
            long dep = t;
            boolean ok = seaPlanner == null;
            for (int i = 0; i <= MAX_DELAYS && !ok; i++, dep += minGap) {
                if (!seaPlanner.conflicts(Math.max(dep, start), Math.min(dep + transit, end), voyage(path, dep, v))) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                dropped++;
                continue;
            }
            t = dep;
            if (seaPlanner != null) {
                seaPlanner.add(Math.max(dep, start), Math.min(dep + transit, end), voyage(path, dep, v));
            }
            long t0 = Math.max(dep, start);
            double along = (t0 - dep) / 1e9 * v;
            List<ShipStep> route = new ArrayList<>();
            for (double[] p : path.remainingFrom(along)) {
                route.add(new ShipStep(p[0], p[1], l.speedKt(), null, null));
            }
            List<Integer> types = l.shipTypes() == null || l.shipTypes().isEmpty() ? List.of(70) : l.shipTypes();
            boolean classB = l.classBShare() != null && rng.nextDouble() < l.classBShare();
            int shipType = classB ? 37 : types.get(rng.nextInt(types.size()));
            out.add(ship(new ShipMover(t0, route, World.DEFAULT_SHIP_TURN_DEG_PER_MIN), shipType, classB));
        }
    }

    private static SeparationPlanner.Path voyage(Polyline path, long dep, double v) {
        return (tt, o) -> {
            double d = (tt - dep) / 1e9 * v;
            if (d < 0 || d > path.lengthM()) {
                return false;
            }
            path.at(d, o);
            o[2] = SHIP_ALT_FT;
            return true;
        };
    }

    private void port(TrafficSpec.PortSpec p, List<SimShip> out) {
        for (int i = 0; i < p.ships(); i++) {
            double brg = rng.nextDouble() * 360;
            double dist = Math.sqrt(rng.nextDouble()) * p.radiusNm() * Geo.M_PER_NM;
            double lat = Geo.destinationLatDeg(p.lat(), p.lon(), brg, dist);
            double lon = Geo.destinationLonDeg(p.lat(), p.lon(), brg, dist);
            double stayS = (end - start) / 1e9 + 60;
            ShipMover mover = new ShipMover(start, List.of(new ShipStep(lat, lon, 0.0, stayS, true)),
                    World.DEFAULT_SHIP_TURN_DEG_PER_MIN);
            int[] types = {70, 70, 70, 80, 60, 52};
            out.add(ship(mover, types[rng.nextInt(types.length)], false));
        }
    }

    private SimShip ship(ShipMover mover, int shipType, boolean classB) {
        Registries.Mid mid = Registries.MIDS.get(rng.nextInt(Registries.MIDS.size()));
        int mmsi;
        do {
            mmsi = mid.mid() * 1_000_000 + rng.nextInt(1_000_000);
        } while (!usedMmsi.add(mmsi));
        String name = Registries.NAME_FIRST.get(rng.nextInt(Registries.NAME_FIRST.size())) + " "
                + Registries.NAME_SECOND.get(rng.nextInt(Registries.NAME_SECOND.size()));
        String callsign = String.format(Locale.ROOT, "%c%c%c%d", 'A' + rng.nextInt(26), 'A' + rng.nextInt(26),
                'A' + rng.nextInt(26), rng.nextInt(10));
        double length = classB ? 8 + rng.nextInt(12) : 90 + rng.nextInt(160);
        int imo = classB ? 0 : 9_000_000 + rng.nextInt(999_999);
        return new SimShip("mmsi:" + mmsi, mmsi, imo, name, callsign, shipType, false, classB, length,
                Math.round(length / 6.5), classB ? 1.5 : 5 + rng.nextInt(8), classB ? "" : "BALTIC PORT", mover,
                List.of(new AisPhase(0, true)), true);
    }

    /** Exponential inter-departure time for {@code perHour} shaped by the hourly profile at {@code t}. */
    private long nextGap(double perHour, long tNanos) {
        int hour = (int) Math.floorMod(Math.floorDiv(tNanos, 3_600_000_000_000L), 24L);
        double rate = perHour * traffic.profile(hour) / 3600.0;
        if (rate <= 0) {
            return 3_600_000_000_000L;
        }
        return Math.round(-Math.log(1 - rng.nextDouble()) / rate * 1e9);
    }
}

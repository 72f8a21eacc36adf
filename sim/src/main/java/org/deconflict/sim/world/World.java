package org.deconflict.sim.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.deconflict.sim.motion.AircraftMover;
import org.deconflict.sim.motion.AircraftPerformance;
import org.deconflict.sim.motion.Mover;
import org.deconflict.sim.motion.ShipMover;
import org.deconflict.sim.motion.TargetLookup;
import org.deconflict.sim.scenario.AircraftSpec;
import org.deconflict.sim.scenario.AisPhase;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ShipSpec;
import org.deconflict.sim.scenario.TransponderMode;
import org.deconflict.sim.scenario.TransponderPhase;

/** Every target of a scenario run, scripted and generated, in a deterministic order (scripted first, in file order). */
public final class World {

    /** Default maximum rate of turn of a ship, degrees per minute (typical large merchant ship). */
    static final double DEFAULT_SHIP_TURN_DEG_PER_MIN = 30;

    private final List<SimAircraft> aircraft;
    private final List<SimShip> ships;
    private final int droppedDepartures;

    private World(List<SimAircraft> aircraft, List<SimShip> ships, int droppedDepartures) {
        this.aircraft = List.copyOf(aircraft);
        this.ships = List.copyOf(ships);
        this.droppedDepartures = droppedDepartures;
    }

    public List<SimAircraft> aircraft() {
        return aircraft;
    }

    public List<SimShip> ships() {
        return ships;
    }

    /** Background departures dropped because no conflict-free slot was found. */
    public int droppedDepartures() {
        return droppedDepartures;
    }

    /**
     * Builds the world for one run. {@code allTranspondersOn} is the what-if: every aircraft squits ADS-B and every
     * ship transmits AIS for the whole run.
     */
    public static World build(Scenario sc, long seed, boolean allTranspondersOn) {
        SplittableRandom rng = new SplittableRandom(seed);
        Map<String, Mover> movers = new HashMap<>();
        TargetLookup lookup = key -> {
            Mover m = movers.get(key);
            if (m == null) {
                throw new IllegalArgumentException("route refers to unknown target " + key);
            }
            return m;
        };
        List<SimAircraft> aircraft = new ArrayList<>();
        List<SimShip> ships = new ArrayList<>();
        long start = sc.startNanos();
        for (ShipSpec s : sc.ships()) {
            SimShip ship = scriptedShip(s, start, allTranspondersOn);
            movers.put(ship.key(), ship.mover());
            ships.add(ship);
        }
        for (AircraftSpec a : sc.aircraft()) {
            SimAircraft ac = scriptedAircraft(a, start, lookup, allTranspondersOn);
            movers.put(ac.key(), ac.mover());
            aircraft.add(ac);
        }
        BackgroundTraffic bg = new BackgroundTraffic(sc, rng, allTranspondersOn);
        if (sc.traffic().keepSeparated()) {
            bg.reserveScripted(planningCopy(sc, start));
        }
        bg.generate(aircraft, ships);
        return new World(aircraft, ships, bg.dropped());
    }

    static SimAircraft scriptedAircraft(AircraftSpec a, long scenarioStart, TargetLookup lookup, boolean allOn) {
        AircraftPerformance base = a.isMilitary() ? AircraftPerformance.MILITARY : AircraftPerformance.AIRLINER;
        AircraftPerformance perf = new AircraftPerformance(
                a.maxBankDeg() == null ? base.maxBankDeg() : a.maxBankDeg(),
                a.climbFpm() == null ? base.climbFpm() : a.climbFpm(),
                a.descentFpm() == null ? base.descentFpm() : a.descentFpm(),
                base.accelKtPerS(), base.standardRateCap());
        long t0 = scenarioStart + Math.round((a.startS() == null ? 0 : a.startS()) * 1e9);
        AircraftMover mover = new AircraftMover(t0, a.route(), perf, lookup);
        List<TransponderPhase> phases = allOn ? List.of(new TransponderPhase(0, TransponderMode.ADSB)) : a.transponder();
        return new SimAircraft("icao:" + a.address().toLowerCase(), a.addressValue(),
                a.callsign() == null ? "" : a.callsign(), a.nation(), a.type(), category(a.category()),
                a.isMilitary(), a.squawk() == null ? "7000" : a.squawk(), mover, phases, false);
    }

    static SimShip scriptedShip(ShipSpec s, long scenarioStart, boolean allOn) {
        long t0 = scenarioStart + Math.round((s.startS() == null ? 0 : s.startS()) * 1e9);
        ShipMover mover = new ShipMover(t0, s.route(),
                s.maxTurnDegPerMin() == null ? DEFAULT_SHIP_TURN_DEG_PER_MIN : s.maxTurnDegPerMin());
        List<AisPhase> phases = allOn ? List.of(new AisPhase(0, true)) : s.ais();
        return new SimShip("mmsi:" + s.mmsi(), s.mmsi(), s.imo() == null ? 0 : s.imo(), nz(s.name()), nz(s.callsign()),
                s.shipType(), s.isMilitary(), s.classB(), dim(s.lengthM(), 100), dim(s.beamM(), 16),
                dim(s.draughtM(), 6), nz(s.destination()), mover, phases, false);
    }

    /** Fresh movers of the scripted targets (separate from the run's), used only to reserve their airspace and sea room. */
    private static List<Scripted> planningCopy(Scenario sc, long start) {
        Map<String, Mover> movers = new HashMap<>();
        TargetLookup lookup = key -> movers.get(key);
        List<Scripted> out = new ArrayList<>();
        for (ShipSpec s : sc.ships()) {
            SimShip ship = scriptedShip(s, start, false);
            movers.put(ship.key(), ship.mover());
            out.add(new Scripted(false, ship.mover()));
        }
        for (AircraftSpec a : sc.aircraft()) {
            SimAircraft ac = scriptedAircraft(a, start, lookup, false);
            movers.put(ac.key(), ac.mover());
            out.add(new Scripted(true, ac.mover()));
        }
        return out;
    }

    /** A scripted target's planning mover and whether it flies. */
    record Scripted(boolean aircraft, Mover mover) {
    }

    /** "A3" → 0xA3 (set A = TC 4 … set D = TC 1; DO-260B §2.2.3.2.5.2); unknown → 0. */
    static int category(String text) {
        if (text == null || text.length() != 2 || text.charAt(0) < 'A' || text.charAt(0) > 'D'
                || text.charAt(1) < '0' || text.charAt(1) > '7') {
            return 0;
        }
        return ((text.charAt(0) - 'A' + 0xA) << 4) | (text.charAt(1) - '0');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static double dim(Double v, double dflt) {
        return v == null ? dflt : v;
    }
}

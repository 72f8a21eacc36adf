package org.deconflict.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.deconflict.engine.geo.Geo;
import org.deconflict.sim.scenario.IncidentSpec;
import org.deconflict.sim.scenario.Scenario;
import org.deconflict.sim.scenario.ScenarioLoader;
import org.deconflict.sim.truth.TruthIncident;
import org.deconflict.sim.truth.TruthSink;
import org.deconflict.sim.truth.TruthThresholds;

/**
 * The demo's truth incidents are only the designed ones: every pair of targets closer than the incident
 * thresholds in the true positions (sampled every 5 s) is a designed incident's pair.
 */
class BackgroundSeparationTest {

    private record Pos(String key, double lat, double lon, double alt, double speed) {
        boolean ship() {
            return key.startsWith("mmsi:");
        }
    }

    @Test
    void onlyTheDesignedPairsComeClose() {
        Scenario demo = ScenarioLoader.load("demo");
        Map<Long, List<Pos>> byTime = new TreeMap<>();
        new Simulation(demo, new SimOptions(demo.defaultSeed(), false, 5)).runTruth(new TruthSink() {
            @Override
            public void position(long t, String key, String name, double lat, double lon, double alt, double speed,
                                 double track, String transponder) {
                byTime.computeIfAbsent(t, k -> new ArrayList<>()).add(new Pos(key, lat, lon, alt, speed));
            }

            @Override
            public void incident(TruthIncident incident) {
            }
        });
        Set<String> designed = new HashSet<>();
        for (IncidentSpec i : demo.incidents()) {
            if (i.participants().size() == 2) {
                designed.add(i.kind() + " " + pair(i.participants().get(0), i.participants().get(1)));
            }
        }
        TruthThresholds th = TruthThresholds.DEFAULTS;
        Set<String> found = new HashSet<>();
        int targets = 0;
        for (List<Pos> snapshot : byTime.values()) {
            targets = Math.max(targets, snapshot.size());
            Map<Long, List<Pos>> grid = new HashMap<>();
            for (Pos p : snapshot) {
                grid.computeIfAbsent(cell((long) Math.floor(p.lat() / 0.1), (long) Math.floor(p.lon() / 0.2)),
                        k -> new ArrayList<>()).add(p);
            }
            for (Pos a : snapshot) {
                long cx = (long) Math.floor(a.lat() / 0.1), cy = (long) Math.floor(a.lon() / 0.2);
                for (long dx = -1; dx <= 1; dx++) {
                    for (long dy = -1; dy <= 1; dy++) {
                        for (Pos b : grid.getOrDefault(cell(cx + dx, cy + dy), List.of())) {
                            if (a.key().compareTo(b.key()) < 0) {
                                String kind = close(a, b, th);
                                if (kind != null) {
                                    found.add(kind + " " + pair(a.key(), b.key()));
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(targets).isGreaterThan(300);
        assertThat(designed).containsAll(found);
        // the sampled check does see the designed encounters (so it can see others)
        assertThat(found).contains("LOW_PASS " + pair("icao:152402", "mmsi:369970075"),
                "LOSS_OF_SEPARATION " + pair("icao:ae01c5", "icao:155027"));
    }

    /** The incident kind the pair is in at this instant, or null. */
    private static String close(Pos a, Pos b, TruthThresholds th) {
        double h = Geo.distanceM(a.lat(), a.lon(), b.lat(), b.lon());
        double v = Math.abs(a.alt() - b.alt());
        if (!a.ship() && !b.ship()) {
            return h < th.separationHorizontalM() && v < th.separationVerticalFt() ? "LOSS_OF_SEPARATION" : null;
        }
        if (a.ship() && b.ship()) {
            return h < th.shipCloseQuartersM() && (a.speed() >= 1 || b.speed() >= 1) ? "SHIP_CPA" : null;
        }
        return h < th.lowPassHorizontalM() && v < th.lowPassHeightFt() ? "LOW_PASS" : null;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "," + b : b + "," + a;
    }

    private static long cell(long x, long y) {
        return (x << 32) ^ (y & 0xFFFFFFFFL);
    }
}

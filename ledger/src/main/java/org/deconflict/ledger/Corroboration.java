package org.deconflict.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links incidents that different parties' nodes filed independently about the same encounter: same set of targets,
 * overlapping time windows, similar minimum separations and nearby encounter positions. Linked incidents form a group
 * that says which parties' sensors saw the encounter.
 */
public final class Corroboration {

    /** Mean Earth radius, metres (IUGG R1, Moritz 2000). */
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    /**
     * What counts as "the same encounter".
     *
     * @param timeSlackMillis      time windows may miss each other by this much and still overlap
     * @param separationSlackM     minimum horizontal separations may differ by this many metres...
     * @param separationSlackRatio ...or by this fraction of the larger one, whichever is more
     * @param verticalSlackFt      minimum vertical separations (when both are given) may differ by this many feet
     * @param positionSlackM       the encounter positions (evidence nearest the window's middle) may be this far apart
     */
    public record Criteria(long timeSlackMillis, double separationSlackM, double separationSlackRatio, double verticalSlackFt,
            double positionSlackM) {
        /** Defaults: 60 s, 300 m or 50 %, 500 ft, 5 km — sensor disagreement between independent ADS-B/AIS/radar nodes. */
        public static Criteria defaults() {
            return new Criteria(60_000, 300, 0.5, 500, 5_000);
        }
    }

    /** Incidents describing one encounter, with the parties (and their nations) whose nodes filed them. */
    public record Group(List<FiledIncident> members, Set<String> parties, Set<String> nations) {
        public boolean corroborated() {
            return parties.size() > 1;
        }
    }

    private Corroboration() {
    }

    /** Groups the incidents of any number of ledgers; every incident is in exactly one group (alone if unmatched). */
    public static List<Group> link(List<FiledIncident> incidents, Criteria c) {
        int n = incidents.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                FiledIncident a = incidents.get(i);
                FiledIncident b = incidents.get(j);
                if (!a.filer().equals(b.filer()) && sameEncounter(a.incident(), b.incident(), c)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<FiledIncident>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(incidents.get(i));
        }
        List<Group> out = new ArrayList<>();
        for (List<FiledIncident> members : byRoot.values()) {
            Set<String> parties = new TreeSet<>();
            Set<String> nations = new TreeSet<>();
            for (FiledIncident f : members) {
                parties.add(f.filer());
                if (f.filerNation() != null) {
                    nations.add(f.filerNation());
                }
            }
            out.add(new Group(List.copyOf(members), parties, nations));
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** True when both incidents plausibly describe the same encounter under {@code c}. */
    public static boolean sameEncounter(Incident a, Incident b, Criteria c) {
        if (!targets(a).equals(targets(b))) {
            return false;
        }
        if (a.startMillis() - c.timeSlackMillis() > b.endMillis() || b.startMillis() - c.timeSlackMillis() > a.endMillis()) {
            return false;
        }
        double dh = Math.abs(a.minHorizontalM() - b.minHorizontalM());
        if (dh > Math.max(c.separationSlackM(), c.separationSlackRatio() * Math.max(a.minHorizontalM(), b.minHorizontalM()))) {
            return false;
        }
        if (a.minVerticalFt() != null && b.minVerticalFt() != null
                && Math.abs(a.minVerticalFt() - b.minVerticalFt()) > c.verticalSlackFt()) {
            return false;
        }
        double[] pa = encounterPosition(a);
        double[] pb = encounterPosition(b);
        return pa == null || pb == null || distanceM(pa[0], pa[1], pb[0], pb[1]) <= c.positionSlackM();
    }

    private static Set<String> targets(Incident i) {
        Set<String> s = new HashSet<>();
        for (Incident.Participant p : i.participants()) {
            s.add(p.targetId().toLowerCase(Locale.ROOT));
        }
        return s;
    }

    /** Mean of each evidence segment's point nearest the middle of the incident window; null without evidence. */
    static double[] encounterPosition(Incident i) {
        long mid = i.startMillis() + (i.endMillis() - i.startMillis()) / 2;
        double lat = 0;
        double lon = 0;
        int n = 0;
        for (Incident.TrackSegment s : i.evidence()) {
            Incident.TrackPoint best = null;
            for (Incident.TrackPoint p : s.points()) {
                if (best == null || Math.abs(p.timeMillis() - mid) < Math.abs(best.timeMillis() - mid)) {
                    best = p;
                }
            }
            if (best != null) {
                lat += best.latDeg();
                lon += best.lonDeg();
                n++;
            }
        }
        return n == 0 ? null : new double[] {lat / n, lon / n};
    }

    /** Great-circle (haversine) distance in metres on the mean-radius sphere; degrees in. */
    static double distanceM(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
        double p1 = Math.toRadians(lat1Deg);
        double p2 = Math.toRadians(lat2Deg);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2Deg - lon1Deg);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}

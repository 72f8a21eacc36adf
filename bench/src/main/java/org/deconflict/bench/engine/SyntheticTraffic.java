package org.deconflict.bench.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.deconflict.engine.geo.Geo;
import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;

/**
 * Live synthetic traffic at Baltic density for the engine-scale benchmark: {@code n} targets, a fifth aircraft and the
 * rest ships, spread over an area that grows with {@code n} so density stays the same (a square up to 1,500 km, then
 * a 1,500 km tall band from 50° N widening eastwards). Aircraft report every second, ships every ten (AIS class A
 * under way: 2–10 s, ITU-R M.1371-5 Annex 1 Table 1); each target has its own phase, so updates interleave.
 *
 * <p>Density stays the same for as long as a run lasts: a target that reaches an edge of the area turns back into it,
 * as a climbing or descending aircraft levels back at {@link #FLOOR_FT} and {@link #CEILING_FT} (each bounce reverses
 * one component of its velocity). Flying on in straight lines, the traffic of a small area would spread out over the
 * minutes a benchmark round lasts, and with it the pairs the detectors examine.
 */
public final class SyntheticTraffic {

    /** Baltic reference: ≈ 4,000 ships (DESIGN.md) and ≈ 1,000 aircraft over the ≈ 400,000 km² Baltic Sea. */
    public static final double TARGETS_PER_KM2 = 5_000 / 400_000.0;
    /** Share of aircraft among the targets (1,000 of 5,000 above). */
    public static final double AIRCRAFT_SHARE = 0.2;
    /** Simulated start: 2026-01-01T00:00:00Z in ns. */
    public static final long T0_NANOS = 1_767_225_600_000_000_000L;
    private static final double MAX_SQUARE_KM = 1_500;
    private static final double BAND_SOUTH_DEG = 50;
    private static final int SHIP_PERIOD_S = 10;
    /** Lowest and highest altitude of synthetic climbs and descents, ft (airliner cruise levels lie between). */
    static final double FLOOR_FT = 1_000;
    static final double CEILING_FT = 45_000;

    private final int n;
    private final TargetKey[] keys;
    private final boolean[] aircraft;
    private final double[] lat0;
    private final double[] lon0;
    private final double[] alt0;
    private final double[] speedKt;
    private final double[] trackDeg;
    private final double[] vrFpm;
    private final double[] vNorthDegPerS;
    private final double[] vEastDegPerS;
    private final double[] phaseS;
    /** Targets due in second k (k mod 10), ordered by phase within the second. */
    private final int[][] dueBySecond = new int[SHIP_PERIOD_S][];
    /** Per due update, the target whose velocity report is received with it ({@link #velocityOf}). */
    private final int[][] velocityBySecond = new int[SHIP_PERIOD_S][];
    private final double areaKm2;
    /** The area's bounds, degrees. */
    private final double south;
    private final double north;
    private final double west;
    private final double east;

    public SyntheticTraffic(int n, long seed) {
        this.n = n;
        Random rnd = new Random(seed);
        keys = new TargetKey[n];
        aircraft = new boolean[n];
        lat0 = new double[n];
        lon0 = new double[n];
        alt0 = new double[n];
        speedKt = new double[n];
        trackDeg = new double[n];
        vrFpm = new double[n];
        vNorthDegPerS = new double[n];
        vEastDegPerS = new double[n];
        phaseS = new double[n];
        areaKm2 = n / TARGETS_PER_KM2;
        double heightKm = Math.min(Math.sqrt(areaKm2), MAX_SQUARE_KM);
        double widthKm = areaKm2 / heightKm;
        south = BAND_SOUTH_DEG;
        north = south + heightKm * 1000 / 111_320;
        double midLat = (south + north) / 2;
        double kmPerDegLon = 111.320 * Math.cos(Math.toRadians(midLat));
        west = 10;
        east = west + widthKm / kmPerDegLon;
        for (int i = 0; i < n; i++) {
            boolean air = rnd.nextDouble() < AIRCRAFT_SHARE;
            aircraft[i] = air;
            keys[i] = air ? TargetKey.icao(0x100000 + i, AddressType.ICAO) : TargetKey.mmsi(200_000_000 + i);
            lat0[i] = south + rnd.nextDouble() * (north - south);
            lon0[i] = west + rnd.nextDouble() * (east - west);      // unwrapped: lonAt folds, then wraps
            trackDeg[i] = rnd.nextDouble() * 360;
            if (air) {
                boolean cruise = rnd.nextDouble() < 0.7;
                alt0[i] = cruise ? 28_000 + 1_000 * rnd.nextInt(13) : 3_000 + rnd.nextDouble() * 32_000;
                speedKt[i] = cruise ? 420 + rnd.nextDouble() * 60 : 250 + rnd.nextDouble() * 150;
                vrFpm[i] = cruise ? 0 : (rnd.nextBoolean() ? 1 : -1) * (500 + rnd.nextDouble() * 2_500);
                phaseS[i] = rnd.nextDouble();
            } else {
                speedKt[i] = rnd.nextDouble() < 0.25 ? 0 : 5 + rnd.nextDouble() * 15;
                phaseS[i] = rnd.nextDouble() * SHIP_PERIOD_S;
            }
            double v = speedKt[i] * Geo.MPS_PER_KT;
            vNorthDegPerS[i] = v * Math.cos(Math.toRadians(trackDeg[i])) / 111_320;
            vEastDegPerS[i] = v * Math.sin(Math.toRadians(trackDeg[i]))
                    / (111_320 * Math.cos(Math.toRadians(lat0[i])));
        }
        for (int k = 0; k < SHIP_PERIOD_S; k++) {
            List<Integer> due = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (aircraft[i] || (int) phaseS[i] == k) {
                    due.add(i);
                }
            }
            due.sort(Comparator.comparingDouble(i -> phaseS[i] % 1));
            dueBySecond[k] = due.stream().mapToInt(Integer::intValue).toArray();
            velocityBySecond[k] = velocityPartners(dueBySecond[k]);
        }
    }

    public int size() {
        return n;
    }

    /** Southern, northern, western and eastern bound of the area, degrees. */
    double[] boundsDeg() {
        return new double[] {south, north, west, east};
    }

    public double areaKm2() {
        return areaKm2;
    }

    /** Number of updates in simulated second {@code k}. */
    public int updatesIn(int k) {
        return dueBySecond[k % SHIP_PERIOD_S].length;
    }

    /** Writes the snapshots of simulated second {@code k}, in time order, into {@code out}; returns how many. */
    public int second(int k, TrackSnapshot[] out) {
        return second(k, 0, updatesIn(k), out);
    }

    /**
     * Writes the snapshots {@code from} to {@code from + count − 1} (in time order) of simulated second {@code k} into
     * {@code out[0..count)}; returns {@code count}.
     */
    public int second(int k, int from, int count, TrackSnapshot[] out) {
        int[] due = dueBySecond[k % SHIP_PERIOD_S];
        for (int j = 0; j < count; j++) {
            int i = due[from + j];
            out[j] = snapshot(i, k + phaseS[i] % 1);
        }
        return count;
    }

    /** Target {@code i} at simulated time {@code tS} seconds. */
    public TrackSnapshot snapshot(int i, double tS) {
        boolean air = aircraft[i];
        return new TrackSnapshot(keys[i], T0_NANOS + Math.round(tS * 1e9), latAt(i, tS), lonAt(i, tS),
                air ? altitudeAt(i, tS) : 0, speedKt[i], trackDeg(i, tS), air ? verticalRateFpm(i, tS) : 0, false,
                null, air ? "DE" : "SE", false, air ? 0xA3 : 70, air ? TransponderMode.ADSB : TransponderMode.AIS,
                air ? 9 : 10, air ? 8 : -1, 1);
    }

    public double latAt(int i, double tS) {
        return bounce(lat0[i] + vNorthDegPerS[i] * tS, south, north);
    }

    public double lonAt(int i, double tS) {
        return Geo.normalize180(bounce(lon0[i] + vEastDegPerS[i] * tS, west, east));
    }

    /**
     * Where a path that moved straight to {@code x} lies when it turns back at each bound instead: {@code x} folded
     * into [lo, hi].
     */
    static double bounce(double x, double lo, double hi) {
        double u = leg(x, lo, hi);
        double span = hi - lo;
        return u <= span ? lo + u : hi - (u - span);
    }

    /** +1 while the path of {@link #bounce} moves the way it started at {@code x}, −1 after an odd number of bounces. */
    static int direction(double x, double lo, double hi) {
        return leg(x, lo, hi) <= hi - lo ? 1 : -1;
    }

    /** Distance from {@code lo} along one out-and-back period of the folded path. */
    private static double leg(double x, double lo, double hi) {
        double period = 2 * (hi - lo);
        double u = (x - lo) % period;
        return u < 0 ? u + period : u;
    }

    public TargetKey key(int i) {
        return keys[i];
    }

    /**
     * A new key object equal to {@link #key}: the Mode S and AIS adapters build one per decoded message, so an
     * observation's key is as freshly allocated (and as surely in cache) as the observation itself.
     */
    public TargetKey newKey(int i) {
        return new TargetKey(keys[i].value());
    }

    public boolean aircraft(int i) {
        return aircraft[i];
    }

    /**
     * Velocity reports received with each due update: a ship's own (an AIS position report carries speed and course,
     * ITU-R M.1371-5 Table 46, so one report gives both), an aircraft's from the aircraft half a period away in phase
     * (ADS-B broadcasts airborne position and velocity as separate squitters, each at its own random intervals, ICAO
     * Doc 9871 Table C-35; every aircraft is due every second, in the same phase order, so each still reports one
     * velocity per second). The partner is half the aircraft away in phase rank, which is half a second away in phase
     * when there are many (the benchmark's thousands; with a handful the gap varies, with one it is its own).
     */
    private int[] velocityPartners(int[] due) {
        int[] aircraftRank = new int[due.length];
        int count = 0;
        for (int j = 0; j < due.length; j++) {
            if (aircraft[due[j]]) {
                aircraftRank[count++] = j;
            }
        }
        int[] out = new int[due.length];
        for (int j = 0, r = 0; j < due.length; j++) {
            out[j] = aircraft[due[j]] ? due[aircraftRank[(r++ + count / 2) % count]] : due[j];
        }
        return out;
    }

    /**
     * The target whose velocity report arrives with the {@code j}-th update due in second {@code k}: itself for a
     * ship, another aircraft for an aircraft ({@link #velocityPartners}).
     */
    public int velocityOf(int k, int j) {
        return velocityBySecond[k % SHIP_PERIOD_S][j];
    }

    /** Index of the {@code j}-th target due in second {@code k}. */
    public int due(int k, int j) {
        return dueBySecond[k % SHIP_PERIOD_S][j];
    }

    /** Simulated time of target {@code i}'s update in second {@code k}. */
    public double timeIn(int k, int i) {
        return k + phaseS[i] % 1;
    }

    public double altitudeAt(int i, double tS) {
        return aircraft[i] ? bounce(alt0[i] + vrFpm[i] / 60 * tS, FLOOR_FT, CEILING_FT) : Double.NaN;
    }

    public double speedKt(int i) {
        return speedKt[i];
    }

    /** True track at {@code tS}, degrees: the initial one with each component reversed by the bounces so far. */
    public double trackDeg(int i, double tS) {
        double rad = Math.toRadians(trackDeg[i]);
        double eastward = direction(lon0[i] + vEastDegPerS[i] * tS, west, east) * Math.sin(rad);
        double northward = direction(lat0[i] + vNorthDegPerS[i] * tS, south, north) * Math.cos(rad);
        return Geo.normalize360(Math.toDegrees(Math.atan2(eastward, northward)));
    }

    /** Vertical rate at {@code tS}, ft/min (NaN for a ship). */
    public double verticalRateFpm(int i, double tS) {
        return aircraft[i] ? direction(alt0[i] + vrFpm[i] / 60 * tS, FLOOR_FT, CEILING_FT) * vrFpm[i] : Double.NaN;
    }
}

package org.deconflict.modes.cpr;

import java.util.Arrays;

import org.deconflict.modes.IcaoIndex;

/**
 * Per-aircraft CPR state: turns single position messages into positions the way readsb's tracker does — global
 * decoding when a fresh even/odd pair exists, otherwise local decoding against the aircraft's previous fix or the
 * receiver — and rejects implausible results (beyond receiver range, faster than the speed limit since the last fix).
 * Every outcome is counted. Keyed by ICAO address; time is event time in nanoseconds (never the wall clock).
 * Not thread safe: one instance per stream.
 */
public final class PositionResolver {
    private static final long NONE = Long.MIN_VALUE;
    /** Mean Earth radius, m (IUGG). */
    private static final double EARTH_RADIUS_M = 6_371_008.8;
    private static final double M_PER_NM = 1852.0;
    /** Local decoding is unambiguous within half a zone: airborne 3° (≈180 NM), surface 0.75° (≈45 NM). DO-260B §A.1.7.5. */
    private static final double AIRBORNE_LOCAL_LIMIT_M = 180 * M_PER_NM;
    private static final double SURFACE_LOCAL_LIMIT_M = 45 * M_PER_NM;

    private final Config config;
    private final IcaoIndex index = new IcaoIndex();
    private final long[] counts = new long[Outcome.values().length];
    private int[] evenLat = new int[256];
    private int[] evenLon = new int[256];
    private long[] evenTime = grow(new long[0], 256);
    private boolean[] evenSurface = new boolean[256];
    private int[] oddLat = new int[256];
    private int[] oddLon = new int[256];
    private long[] oddTime = grow(new long[0], 256);
    private boolean[] oddSurface = new boolean[256];
    private double[] fixLat = new double[256];
    private double[] fixLon = new double[256];
    private long[] fixTime = grow(new long[0], 256);
    private final double[] tmp = new double[2];

    /** Result of {@link #resolve}; the first two are successes, {@code AWAITING_*} are not errors. */
    public enum Outcome {
        /** Position from a global even/odd decode. */
        GLOBAL,
        /** Position from local decoding against the previous fix or the receiver. */
        LOCAL,
        /** No fresh pair and no usable reference yet. */
        AWAITING_PAIR,
        /** The pair's two latitudes fall into different NL zones (aircraft crossed a boundary); no local fallback. */
        REJECT_ZONE_MISMATCH,
        /** Result farther from the receiver than the configured range. */
        REJECT_RANGE,
        /** Result implies a speed above the limit since the previous fix. */
        REJECT_SPEED,
        /** Local decode landed too far from its reference to be unambiguous. */
        REJECT_LOCAL_RANGE
    }

    /**
     * Settings. Receiver position NaN = unknown. Pair windows: DO-260B §A.1.7.7 recommends 10 s airborne; surface
     * uses 25 s (readsb uses 25-50 s). Speed limits: airborne 1500 kt covers military jets, surface 100 kt.
     */
    public record Config(double receiverLatDeg, double receiverLonDeg, double maxRangeM, long airbornePairNanos,
            long surfacePairNanos, double maxAirborneSpeedKt, double maxSurfaceSpeedKt, long referenceMaxAgeNanos) {
        /** Defaults without a receiver position: 10 s / 25 s pairs, 1500 / 100 kt, references valid 10 min. */
        public static Config defaults() {
            return new Config(Double.NaN, Double.NaN, Double.POSITIVE_INFINITY, 10_000_000_000L, 25_000_000_000L,
                    1500, 100, 600_000_000_000L);
        }

        /** Same settings with a receiver at the given position and range limit (m). */
        public Config withReceiver(double latDeg, double lonDeg, double rangeM) {
            return new Config(latDeg, lonDeg, rangeM, airbornePairNanos, surfacePairNanos, maxAirborneSpeedKt,
                    maxSurfaceSpeedKt, referenceMaxAgeNanos);
        }
    }

    public PositionResolver() {
        this(Config.defaults());
    }

    public PositionResolver(Config config) {
        this.config = config;
    }

    /**
     * Feeds one position message of {@code icao} received at {@code timeNanos}. On {@link Outcome#GLOBAL} or
     * {@link Outcome#LOCAL}, {@code out[0]} = latitude and {@code out[1]} = longitude in degrees.
     */
    public Outcome resolve(int icao, boolean surface, boolean odd, int latCpr, int lonCpr, long timeNanos,
            double[] out) {
        Outcome o = doResolve(icao, surface, odd, latCpr, lonCpr, timeNanos, out);
        counts[o.ordinal()]++;
        return o;
    }

    private Outcome doResolve(int icao, boolean surface, boolean odd, int latCpr, int lonCpr, long t,
            double[] out) {
        int s = slot(icao);
        if (odd) {
            oddLat[s] = latCpr;
            oddLon[s] = lonCpr;
            oddTime[s] = t;
            oddSurface[s] = surface;
        } else {
            evenLat[s] = latCpr;
            evenLon[s] = lonCpr;
            evenTime[s] = t;
            evenSurface[s] = surface;
        }
        long otherTime = odd ? evenTime[s] : oddTime[s];
        boolean otherSurface = odd ? evenSurface[s] : oddSurface[s];
        long window = surface ? config.surfacePairNanos() : config.airbornePairNanos();
        int ref = refFor(s, surface, t, tmp);
        double refLat = tmp[0];
        double refLon = tmp[1];
        boolean zoneMismatch = false;
        if (otherTime != NONE && otherSurface == surface && Math.abs(t - otherTime) <= window) {
            boolean ok;
            if (surface) { // any reference picks the right 90-degree quadrant
                ok = ref != NO_REF && Cpr.globalSurface(evenLat[s], evenLon[s], oddLat[s], oddLon[s], odd, refLat,
                        refLon, out);
            } else {
                ok = Cpr.globalAirborne(evenLat[s], evenLon[s], oddLat[s], oddLon[s], odd, out);
            }
            if (ok) {
                Outcome check = plausible(s, surface, t, out);
                if (check != null) {
                    return check;
                }
                return accept(s, t, out, Outcome.GLOBAL);
            }
            zoneMismatch = !surface || ref != NO_REF;
        }
        if (ref == NO_REF || ref == FAR_RECEIVER) {
            return zoneMismatch ? Outcome.REJECT_ZONE_MISMATCH : Outcome.AWAITING_PAIR;
        }
        Cpr.local(latCpr, lonCpr, odd, surface, refLat, refLon, out);
        if (fartherThan(refLat, refLon, out[0], out[1], surface ? SURFACE_LOCAL_LIMIT_M : AIRBORNE_LOCAL_LIMIT_M)) {
            return Outcome.REJECT_LOCAL_RANGE;
        }
        Outcome check = plausible(s, surface, t, out);
        if (check != null) {
            return check;
        }
        return accept(s, t, out, Outcome.LOCAL);
    }

    /** {@link #refFor} results: no reference, previous fix, receiver close enough for local decoding, far receiver. */
    private static final int NO_REF = 0;
    private static final int FIX_REF = 1;
    private static final int NEAR_RECEIVER = 2;
    private static final int FAR_RECEIVER = 3;

    /**
     * Reference position for decoding: the previous fix if recent, else the receiver. The receiver serves local
     * decoding only when its range keeps that unambiguous (within half a zone: 180 NM airborne, 45 NM surface).
     */
    private int refFor(int s, boolean surface, long t, double[] ref) {
        if (fixTime[s] != NONE && Math.abs(t - fixTime[s]) <= config.referenceMaxAgeNanos()) {
            ref[0] = fixLat[s];
            ref[1] = fixLon[s];
            return FIX_REF;
        }
        if (Double.isNaN(config.receiverLatDeg())) {
            return NO_REF;
        }
        ref[0] = config.receiverLatDeg();
        ref[1] = config.receiverLonDeg();
        return config.maxRangeM() <= (surface ? SURFACE_LOCAL_LIMIT_M : AIRBORNE_LOCAL_LIMIT_M) ? NEAR_RECEIVER
                : FAR_RECEIVER;
    }

    private Outcome plausible(int s, boolean surface, long t, double[] pos) {
        if (!Double.isNaN(config.receiverLatDeg())
                && fartherThan(config.receiverLatDeg(), config.receiverLonDeg(), pos[0], pos[1], config.maxRangeM())) {
            return Outcome.REJECT_RANGE;
        }
        if (fixTime[s] != NONE) {
            double dtS = Math.abs(t - fixTime[s]) / 1e9;
            double maxKt = surface ? config.maxSurfaceSpeedKt() : config.maxAirborneSpeedKt();
            // slack for CPR quantisation and receive-time jitter: 0.5 NM plus one second of flight
            double allowedM = (maxKt * M_PER_NM / 3600.0) * (dtS + 1) + 0.5 * M_PER_NM;
            if (fartherThan(fixLat[s], fixLon[s], pos[0], pos[1], allowedM)) {
                return Outcome.REJECT_SPEED;
            }
        }
        return null;
    }

    private Outcome accept(int s, long t, double[] pos, Outcome o) {
        fixLat[s] = pos[0];
        fixLon[s] = pos[1];
        fixTime[s] = t;
        return o;
    }

    /** Great-circle distance in metres (haversine on the mean sphere). */
    public static double distanceM(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * Equirectangular distance in metres: one cosine instead of haversine's four trigonometric calls; within 0.5 %
     * of the great circle below 1000 km, ample for plausibility thresholds.
     */
    static double approxDistanceM(double lat1, double lon1, double lat2, double lon2) {
        double x = Math.toRadians(wrappedDeltaLon(lon1, lon2)) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = Math.toRadians(lat2 - lat1);
        return EARTH_RADIUS_M * Math.sqrt(x * x + y * y);
    }

    /**
     * {@code approxDistanceM(...) > limitM}, skipping the cosine when the distance computed without it (an upper
     * bound, |cos| ≤ 1) is already within the limit: the common case for a plausible fix.
     */
    static boolean fartherThan(double lat1, double lon1, double lat2, double lon2, double limitM) {
        double x = Math.toRadians(wrappedDeltaLon(lon1, lon2));
        double y = Math.toRadians(lat2 - lat1);
        double limitRad = limitM / EARTH_RADIUS_M;
        if (x * x + y * y <= limitRad * limitRad) {
            return false;
        }
        return approxDistanceM(lat1, lon1, lat2, lon2) > limitM;
    }

    private static double wrappedDeltaLon(double lon1, double lon2) {
        double dLon = lon2 - lon1;
        if (dLon > 180) {
            dLon -= 360;
        } else if (dLon < -180) {
            dLon += 360;
        }
        return dLon;
    }

    /** How many times {@code o} was the result of {@link #resolve}. */
    public long count(Outcome o) {
        return counts[o.ordinal()];
    }

    /** Forgets the previous fix of {@code icao} (e.g. after the tracker dropped it). */
    public void forgetFix(int icao) {
        int s = index.find(icao);
        if (s >= 0) {
            fixTime[s] = NONE;
        }
    }

    private int slot(int icao) {
        int s = index.findOrAdd(icao);
        if (s >= evenLat.length) {
            int n = Math.max(s + 1, evenLat.length * 2);
            evenLat = Arrays.copyOf(evenLat, n);
            evenLon = Arrays.copyOf(evenLon, n);
            evenTime = grow(evenTime, n);
            evenSurface = Arrays.copyOf(evenSurface, n);
            oddLat = Arrays.copyOf(oddLat, n);
            oddLon = Arrays.copyOf(oddLon, n);
            oddTime = grow(oddTime, n);
            oddSurface = Arrays.copyOf(oddSurface, n);
            fixLat = Arrays.copyOf(fixLat, n);
            fixLon = Arrays.copyOf(fixLon, n);
            fixTime = grow(fixTime, n);
        }
        return s;
    }

    private static long[] grow(long[] a, int n) {
        long[] b = Arrays.copyOf(a, n);
        Arrays.fill(b, a.length, n, NONE);
        return b;
    }
}

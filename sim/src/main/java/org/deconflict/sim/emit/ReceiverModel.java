package org.deconflict.sim.emit;

import java.util.SplittableRandom;

import org.deconflict.engine.geo.Geo;
import org.deconflict.sim.scenario.ReceiverSpec;

/**
 * One ground receiver: decides whether a transmission is heard (range limit, 4/3-earth radio horizon from antenna
 * and target heights, loss probability rising towards the edge of coverage) and stamps it with the receiver's clock.
 */
public final class ReceiverModel {

    /** Speed of light in vacuum, m/s (SI definition). */
    static final double C_MPS = 299_792_458.0;
    /** Range below which the Beast signal byte saturates at 255 (free-space amplitude falls as 1/d beyond). */
    private static final double FULL_SIGNAL_M = 10_000;

    final ReceiverSpec spec;
    final int id;
    /** Listens on 1090 MHz / on AIS VHF. */
    final boolean modeS, ais;
    private final double x, y, z;
    private final double antennaM;
    private final double modeSRangeM;
    private final double aisRangeM;
    private final double baseLoss;
    private final double antennaHorizonM;
    private final double minCosModeS;
    private final double minCosAis;
    private final long clockOffsetNanos;
    private final double driftPerNano;
    private final long epochNanos;
    private final SplittableRandom rng;
    /** {@link #lossProbability} of a target this receiver cannot hear (no probability is negative). */
    static final double OUT_OF_COVERAGE = -1;
    /** Result of the last {@link #hears} call: slant distance in metres. */
    double lastDistanceM;

    ReceiverModel(ReceiverSpec spec, long scenarioStartNanos, SplittableRandom rng) {
        this.spec = spec;
        this.id = spec.id();
        this.modeS = spec.receivesModeS();
        this.ais = spec.receivesAis();
        double lat = Math.toRadians(spec.lat()), lon = Math.toRadians(spec.lon());
        this.x = Math.cos(lat) * Math.cos(lon);
        this.y = Math.cos(lat) * Math.sin(lon);
        this.z = Math.sin(lat);
        this.antennaM = spec.antennaHeightM();
        this.modeSRangeM = spec.modeSRangeNm() * Geo.M_PER_NM;
        this.aisRangeM = spec.aisRangeLimitNm() * Geo.M_PER_NM;
        this.baseLoss = spec.loss();
        this.antennaHorizonM = Geo.radioHorizonM(antennaM, 0);
        this.minCosModeS = Math.cos(modeSRangeM / Geo.EARTH_RADIUS_M);
        this.minCosAis = Math.cos(aisRangeM / Geo.EARTH_RADIUS_M);
        this.clockOffsetNanos = Math.round((spec.clockOffsetUs() == null ? 0 : spec.clockOffsetUs()) * 1000);
        this.driftPerNano = (spec.clockDriftPpm() == null ? 0 : spec.clockDriftPpm()) * 1e-6;
        this.epochNanos = scenarioStartNanos;
        this.rng = rng;
    }

    /**
     * True when a transmission from a target at unit vector (tx, ty, tz), {@code heightM} above sea level and with
     * radio-horizon share {@code targetHorizonM} (√(2kR·h), see {@link #targetHorizonM}) is received; sets
     * {@link #lastDistanceM}. Consumes one random number only for targets inside coverage.
     */
    boolean hears(double tx, double ty, double tz, double heightM, double targetHorizonM, boolean ais) {
        double loss = lossProbability(tx, ty, tz, heightM, targetHorizonM, ais);
        return loss != OUT_OF_COVERAGE && draw(loss);
    }

    /**
     * The loss probability of a transmission from a target at unit vector (tx, ty, tz) as in {@link #hears}, or
     * {@link #OUT_OF_COVERAGE}; inside coverage sets {@link #lastDistanceM}. Consumes no random number, so one
     * result serves every transmission from the same position (a burst of replies).
     */
    double lossProbability(double tx, double ty, double tz, double heightM, double targetHorizonM, boolean ais) {
        double cos = x * tx + y * ty + z * tz;
        if (cos < (ais ? minCosAis : minCosModeS)) {
            return OUT_OF_COVERAGE;                            // beyond the range limit: no square roots needed
        }
        double ground = arcM(cos);
        double limit = Math.min(ais ? aisRangeM : modeSRangeM, antennaHorizonM + targetHorizonM);
        if (ground > limit) {
            return OUT_OF_COVERAGE;
        }
        double dh = heightM - antennaM;
        lastDistanceM = Math.sqrt(ground * ground + dh * dh);
        double edge = ground / limit;
        double e2 = edge * edge;
        return baseLoss + (1 - baseLoss) * e2 * e2 * e2 * e2;   // decoding falls off sharply near the limit
    }

    /** One reception draw inside coverage: true (heard) with probability 1 − {@code loss}; consumes one random number. */
    boolean draw(double loss) {
        return rng.nextDouble() >= loss;
    }

    /** The target's share of the 4/3-earth radio horizon, m: {@link Geo#radioHorizonM}(0, heightM). */
    static double targetHorizonM(double heightM) {
        return Geo.radioHorizonM(0, heightM);
    }

    /**
     * Great-circle distance in metres on the mean sphere for the cosine of the central angle, without acos: chord
     * length with the series correction arc = chord·(1 + chord²/24R²) (relative error below 3e-6 within 1,000 km).
     */
    static double arcM(double cosAngle) {
        double oneMinusCos = Math.max(0, 1 - cosAngle);
        double chordOverR2 = 2 * oneMinusCos;                  // (chord / R)²
        return Geo.EARTH_RADIUS_M * Math.sqrt(chordOverR2) * (1 + chordOverR2 / 24);
    }

    /** Reception time on this receiver's clock for true reception time {@code trueNanos}. */
    long clockNanos(long trueNanos) {
        return trueNanos + clockOffsetNanos + Math.round((trueNanos - epochNanos) * driftPerNano);
    }

    /** Propagation delay of the last heard transmission, ns. */
    long delayNanos() {
        return Math.round(lastDistanceM / C_MPS * 1e9);
    }

    /** Beast signal byte for the last heard transmission. */
    int signalLevel() {
        return (int) Math.max(1, Math.min(255, Math.round(255 * FULL_SIGNAL_M / Math.max(FULL_SIGNAL_M, lastDistanceM))));
    }

    /** Unit vector components of a point, for {@link #hears}. */
    static void unit(double latDeg, double lonDeg, double[] out) {
        double lat = Math.toRadians(latDeg), lon = Math.toRadians(lonDeg);
        double c = Math.cos(lat);
        out[0] = c * Math.cos(lon);
        out[1] = c * Math.sin(lon);
        out[2] = Math.sin(lat);
    }
}

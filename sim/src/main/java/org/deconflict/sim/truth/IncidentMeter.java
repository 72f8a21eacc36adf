package org.deconflict.sim.truth;

import java.util.List;

import org.deconflict.engine.geo.Geo;

/**
 * Measures one designed incident on the true trajectories and decides whether the sensors could observe it.
 * Pairwise kinds sample both targets (every 5 s when far, 0.5 s when within 30 km, 20 ms within 3 km) and record
 * the window inside the incident geometry and the minima; single-target kinds (dark gap, Mode S only) sample their
 * condition every second.
 *
 * <p>Observability (see the README): a pairwise incident is {@link Observability#OBSERVABLE} when, for at least
 * {@link #OBSERVED_SHARE} of the time inside its geometry, every participant transmits positions and is inside some
 * receiver's coverage. A dark gap is observable when the target transmitted a position inside coverage just before
 * it fell silent and again just after, was inside coverage for at least half of the silence, and the silence lasted
 * {@link #AIRCRAFT_MIN_GAP_S} (aircraft) or {@link #SHIP_MIN_GAP_S} (ships). Mode S only is observable when the
 * aircraft, never having sent an ADS-B position before, answers a radar in range inside receiver coverage for
 * {@link #MODE_S_ONLY_MIN_S} in all.
 */
public final class IncidentMeter {

    /** Share of the incident window that must be seen for a pairwise incident to count as observable (our choice). */
    public static final double OBSERVED_SHARE = 0.5;
    /** Shortest silence that is a dark gap for an aircraft, s (the engine's default; readsb drops a position after 60 s). */
    public static final double AIRCRAFT_MIN_GAP_S = 60;
    /** Shortest silence that is a dark gap for a ship, s (the engine's default: 10× the slowest class A interval). */
    public static final double SHIP_MIN_GAP_S = 30 * 60;
    /** Time heard in Mode S only before it is reported, s (the engine's default). */
    public static final double MODE_S_ONLY_MIN_S = 30;

    private static final long SINGLE_STEP_NANOS = 1_000_000_000L;

    private final TruthKind kind;
    private final List<String> participants;
    private final String note;
    private final TargetProbe a;
    private final TargetProbe b;
    private final TruthThresholds th;
    private boolean inside;
    private int entries;
    private long start = -1, end = -1, closest = -1;
    private double minH = Double.POSITIVE_INFINITY, minV = Double.POSITIVE_INFINITY, minSlant = Double.POSITIVE_INFINITY;

    /** Pairwise: time inside the geometry, with both transmitting, with both transmitting in coverage (ns). */
    private long insideNanos, transmittingNanos, observedNanos;
    /** Single-target: the target has transmitted a position at least once / its latest was in coverage. */
    private boolean everTransmitted, lastTransmitCovered;
    /** Dark gap in progress: it began right after a covered position; samples inside it, and covered ones. */
    private boolean gapAfterCovered, gapAfterTransmitting, awaitingReappearance;
    private long gapStart, gapSamples, gapCoveredSamples, gapLast;
    private boolean observedGap, transmittedAroundGap;
    /** Mode S only: seconds interrogated and heard while never having sent a position. */
    private double modeSOnlySeenS;

    /** A pairwise incident between participants {@code a} and {@code b}. */
    public IncidentMeter(TruthKind kind, List<String> participants, String note, TargetProbe a, TargetProbe b,
                         TruthThresholds th) {
        this.kind = kind;
        this.participants = List.copyOf(participants);
        this.note = note;
        this.a = a;
        this.b = b;
        this.th = th;
    }

    /** A single-target incident (dark gap, Mode S only) of {@code target}. */
    public IncidentMeter(TruthKind kind, List<String> participants, String note, TargetProbe target) {
        this(kind, participants, note, target, null, TruthThresholds.DEFAULTS);
    }

    /** Samples at {@code tNanos} (non-decreasing between calls); returns the next time to sample. */
    public long sample(long tNanos) {
        return b == null ? sampleSingle(tNanos) : samplePair(tNanos);
    }

    private long sampleSingle(long t) {
        if (!a.sample(t)) {
            inside = false;
            return t + SINGLE_STEP_NANOS;
        }
        boolean in = kind == TruthKind.DARK_GAP ? a.dark(t) : a.modeSOnly(t);
        if (in && !inside) {
            entries++;
            start = start < 0 ? t : start;
            closest = closest < 0 ? t : closest;
        }
        end = in ? t : end;
        inside = in;
        if (kind == TruthKind.DARK_GAP) {
            trackGap(t, in);
        } else if (in && !everTransmitted && a.interrogatedAndHeard()) {
            modeSOnlySeenS += SINGLE_STEP_NANOS / 1e9;
        }
        if (a.transmitsPosition(t)) {
            everTransmitted = true;
            lastTransmitCovered = a.inCoverage();
        }
        return t + SINGLE_STEP_NANOS;
    }

    /** Follows silences: before (covered position?), during (in coverage?), after (covered position?). */
    private void trackGap(long t, boolean dark) {
        if (dark) {
            if (!awaitingReappearance) {
                awaitingReappearance = true;
                gapAfterCovered = everTransmitted && lastTransmitCovered;
                gapAfterTransmitting = everTransmitted;
                gapStart = t;
                gapSamples = 0;
                gapCoveredSamples = 0;
            }
            gapSamples++;
            gapCoveredSamples += a.inCoverage() ? 1 : 0;
            gapLast = t;
        } else if (awaitingReappearance && a.transmitsPosition(t)) {
            awaitingReappearance = false;
            transmittedAroundGap |= gapAfterTransmitting;
            double gapS = (gapLast - gapStart) / 1e9;
            double minS = a.isAircraft() ? AIRCRAFT_MIN_GAP_S : SHIP_MIN_GAP_S;
            observedGap |= gapAfterCovered && a.inCoverage() && 2 * gapCoveredSamples >= gapSamples && gapS >= minS;
        }
    }

    private long samplePair(long tNanos) {
        if (!a.sample(tNanos) || !b.sample(tNanos)) {
            inside = false;
            return tNanos + 5_000_000_000L;
        }
        var ma = a.mover();
        var mb = b.mover();
        double h = Geo.distanceM(ma.sampleLatDeg(), ma.sampleLonDeg(), mb.sampleLatDeg(), mb.sampleLonDeg());
        double v = Math.abs(ma.sampleAltFt() - mb.sampleAltFt());
        boolean in = switch (kind) {
            case LOSS_OF_SEPARATION -> h < th.separationHorizontalM() && v < th.separationVerticalFt();
            case NMAC -> h < th.nmacHorizontalFt() * Geo.M_PER_FT && v < th.nmacVerticalFt();
            case LOW_PASS -> h < th.lowPassHorizontalM() && v < th.lowPassHeightFt();
            case SHIP_CPA -> h < th.shipCloseQuartersM() && (ma.speedKt() >= 1 || mb.speedKt() >= 1);
            default -> false;
        };
        long step = h > 30_000 ? 5_000_000_000L : h > 3_000 ? 500_000_000L : 20_000_000L;
        if (in) {
            if (!inside) {
                entries++;
                if (start < 0) {
                    start = tNanos;
                }
            }
            end = tNanos;
            minH = Math.min(minH, h);
            minV = Math.min(minV, v);
            double slant = Math.hypot(h, v * Geo.M_PER_FT);
            if (slant < minSlant) {
                minSlant = slant;
                closest = tNanos;
            }
            insideNanos += step;
            if (a.transmitsPosition(tNanos) && b.transmitsPosition(tNanos)) {
                transmittingNanos += step;
                if (a.inCoverage() && b.inCoverage()) {
                    observedNanos += step;
                }
            }
        }
        inside = in;
        return tNanos + step;
    }

    private Observability observability() {
        if (b != null) {
            if (observedNanos >= OBSERVED_SHARE * insideNanos) {
                return Observability.OBSERVABLE;
            }
            return transmittingNanos >= OBSERVED_SHARE * insideNanos
                    ? Observability.OUT_OF_COVERAGE : Observability.PARTICIPANT_DARK;
        }
        if (kind == TruthKind.DARK_GAP) {
            // heard before and after but not inside coverage (or too briefly silent) vs. not heard on one side
            return observedGap ? Observability.OBSERVABLE
                    : transmittedAroundGap ? Observability.OUT_OF_COVERAGE : Observability.PARTICIPANT_DARK;
        }
        return modeSOnlySeenS >= MODE_S_ONLY_MIN_S ? Observability.OBSERVABLE : Observability.OUT_OF_COVERAGE;
    }

    /** The measured incident, or null if the geometry was never entered. */
    public TruthIncident result() {
        if (entries == 0) {
            return null;
        }
        if (b == null) {
            return new TruthIncident(kind, participants, start, end, closest, Double.NaN, Double.NaN, Double.NaN,
                    entries, observability(), note);
        }
        return new TruthIncident(kind, participants, start, end, closest, minH, minV, minSlant, entries,
                observability(), note);
    }
}

package org.deconflict.sim.truth;

import java.util.List;
import java.util.function.LongPredicate;

import org.deconflict.engine.geo.Geo;
import org.deconflict.sim.motion.Mover;

/**
 * Measures one designed incident on the true trajectories. Pairwise kinds sample both targets (every 5 s when far,
 * 0.5 s when within 30 km, 20 ms within 3 km) and record the window inside the incident geometry and the minima;
 * single-target kinds (dark gap, Mode S only) sample their condition every second.
 */
public final class IncidentMeter {

    private final TruthKind kind;
    private final List<String> participants;
    private final String note;
    private final Mover a;
    private final Mover b;
    private final TruthThresholds th;
    private boolean inside;
    private int entries;
    private long start = -1, end = -1, closest = -1;
    private double minH = Double.POSITIVE_INFINITY, minV = Double.POSITIVE_INFINITY, minSlant = Double.POSITIVE_INFINITY;

    private final LongPredicate condition;

    /** A pairwise incident between the targets moved by {@code a} and {@code b}. */
    public IncidentMeter(TruthKind kind, List<String> participants, String note, Mover a, Mover b, TruthThresholds th) {
        this(kind, participants, note, a, b, th, null);
    }

    /** A single-target incident (dark gap, Mode S only): inside whenever {@code condition} holds and the target exists. */
    public IncidentMeter(TruthKind kind, List<String> participants, String note, Mover a, LongPredicate condition) {
        this(kind, participants, note, a, null, TruthThresholds.DEFAULTS, condition);
    }

    private IncidentMeter(TruthKind kind, List<String> participants, String note, Mover a, Mover b,
                          TruthThresholds th, LongPredicate condition) {
        this.condition = condition;
        this.kind = kind;
        this.participants = List.copyOf(participants);
        this.note = note;
        this.a = a;
        this.b = b;
        this.th = th;
    }

    /** Samples at {@code tNanos} (non-decreasing between calls); returns the next time to sample. */
    public long sample(long tNanos) {
        if (condition != null) {
            boolean in = a.sample(tNanos) && condition.test(tNanos);
            if (in && !inside) {
                entries++;
                start = start < 0 ? tNanos : start;
                closest = closest < 0 ? tNanos : closest;
            }
            end = in ? tNanos : end;
            inside = in;
            return tNanos + 1_000_000_000L;
        }
        if (!a.sample(tNanos) || !b.sample(tNanos)) {
            inside = false;
            return tNanos + 5_000_000_000L;
        }
        double h = Geo.distanceM(a.sampleLatDeg(), a.sampleLonDeg(), b.sampleLatDeg(), b.sampleLonDeg());
        double v = Math.abs(a.sampleAltFt() - b.sampleAltFt());
        boolean in = switch (kind) {
            case LOSS_OF_SEPARATION -> h < th.separationHorizontalM() && v < th.separationVerticalFt();
            case NMAC -> h < th.nmacHorizontalFt() * Geo.M_PER_FT && v < th.nmacVerticalFt();
            case LOW_PASS -> h < th.lowPassHorizontalM() && v < th.lowPassHeightFt();
            case SHIP_CPA -> h < th.shipCloseQuartersM() && (a.speedKt() >= 1 || b.speedKt() >= 1);
            default -> false;
        };
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
        }
        inside = in;
        long step = h > 30_000 ? 5_000_000_000L : h > 3_000 ? 500_000_000L : 20_000_000L;
        return tNanos + step;
    }

    /** The measured incident, or null if the geometry was never entered. */
    public TruthIncident result() {
        if (entries == 0) {
            return null;
        }
        if (condition != null) {
            return new TruthIncident(kind, participants, start, end, closest, Double.NaN, Double.NaN, Double.NaN, entries, note);
        }
        return new TruthIncident(kind, participants, start, end, closest, minH, minV, minSlant, entries, note);
    }
}

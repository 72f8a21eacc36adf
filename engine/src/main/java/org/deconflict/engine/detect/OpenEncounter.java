package org.deconflict.engine.detect;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.deconflict.engine.event.Breach;
import org.deconflict.engine.event.ClosestApproach;
import org.deconflict.engine.event.Encounter;
import org.deconflict.engine.event.EncounterFlag;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.Limit;
import org.deconflict.engine.event.Prediction;
import org.deconflict.engine.event.Severity;
import org.deconflict.engine.event.TrackPoint;
import org.deconflict.engine.ingest.TargetKey;

/** Mutable, serialisable state of one open encounter; {@link #toEncounter} makes the immutable event view. */
final class OpenEncounter implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Fields of a stored point: lat, lon, altitude, ground speed, track, vertical rate, extrapolated (1/0). */
    private static final int POINT_FIELDS = 7;

    final EncounterType type;
    final long lo;
    final long hi;
    final long startNanos;
    final long ownerCell;
    final String id;
    long lastNanos;
    long lastEvaluatedNanos;
    double minHorizontalM = Double.POSITIVE_INFINITY;
    double minVerticalFt = Double.NaN;

    long closestNanos;
    double closestH;
    double closestV;
    double closestSlant = Double.POSITIVE_INFINITY;
    final double[] pointA = new double[POINT_FIELDS];
    final double[] pointB = new double[POINT_FIELDS];

    boolean hasPrediction;
    long evaluatedNanos;
    long cpaNanos;
    double cpaH;
    double cpaV;
    long entryNanos;
    long exitNanos;

    final Limit[] names;
    final double[] limits;
    final double[] reached;
    int flags;
    /**
     * How many of the low-key and the high-key track's own position reports (distinct times) fell inside the condition,
     * up to 2, and the time of the last one counted.
     */
    int loReportsInside;
    int hiReportsInside;
    long loReportNanos = Long.MIN_VALUE;
    long hiReportNanos = Long.MIN_VALUE;
    int passNumber;
    int sensitivityLevel;
    /** What the last event of this encounter (its opening or an update) reported: see {@link #worthReporting}. */
    private double reportedSlant;
    private Severity reportedSeverity;
    private int reportedFlags;
    private int reportedPassNumber;
    private int reportedSensitivityLevel;

    OpenEncounter(Sample s, long lo, long hi, long ownerCell) {
        this.type = s.type;
        this.lo = lo;
        this.hi = hi;
        this.startNanos = s.tNanos;
        this.ownerCell = ownerCell;
        this.id = type.name() + ":" + new TargetKey(lo) + ":" + new TargetKey(hi) + ":" + startNanos;
        this.names = new Limit[s.breachCount];
        this.limits = new double[s.breachCount];
        this.reached = new double[s.breachCount];
        for (int i = 0; i < s.breachCount; i++) {
            names[i] = s.names[i];
            limits[i] = s.limits[i];
            reached[i] = Double.POSITIVE_INFINITY;
        }
    }

    /** Folds an active sample in; returns true when it is a new closest point. */
    boolean merge(Sample s, Track a, Track b) {
        lastNanos = s.tNanos;
        if (a.positionNanos == s.tNanos && loReportNanos != s.tNanos) {   // a's own report, not dead reckoning
            loReportNanos = s.tNanos;
            loReportsInside = Math.min(2, loReportsInside + 1);
        }
        if (b.positionNanos == s.tNanos && hiReportNanos != s.tNanos) {
            hiReportNanos = s.tNanos;
            hiReportsInside = Math.min(2, hiReportsInside + 1);
        }
        lastEvaluatedNanos = s.tNanos;
        minHorizontalM = Math.min(minHorizontalM, s.horizontalM);
        if (!Double.isNaN(s.verticalFt)) {
            minVerticalFt = Double.isNaN(minVerticalFt) ? s.verticalFt : Math.min(minVerticalFt, s.verticalFt);
        }
        for (int i = 0; i < names.length && i < s.breachCount; i++) {
            reached[i] = Math.min(reached[i], s.reached[i]);
        }
        if (s.hasPrediction) {
            hasPrediction = true;
            evaluatedNanos = s.tNanos;
            cpaNanos = s.cpaNanos;
            cpaH = s.cpaHorizontalM;
            cpaV = s.cpaVerticalFt;
            entryNanos = s.entryNanos;
            exitNanos = s.exitNanos;
        }
        flags |= s.flags;
        passNumber = Math.max(passNumber, s.passNumber);
        sensitivityLevel = Math.max(sensitivityLevel, s.sensitivityLevel);
        double slant = PairGeometry.slant(s.horizontalM, s.verticalFt);
        if (!(slant < closestSlant)) {
            return false;
        }
        closestSlant = slant;
        closestNanos = s.tNanos;
        closestH = s.horizontalM;
        closestV = s.verticalFt;
        store(a, s.tNanos, pointA);
        store(b, s.tNanos, pointB);
        return true;
    }

    /**
     * True when the new closest point just merged is worth an update event: its slant separation has fallen to
     * {@link DetectionConfig#updateSlantShare} of the one last reported, or the severity, flags, pass number or TCAS
     * level differ from what was last reported. Call after a {@link #merge} that returned true.
     */
    boolean worthReporting(DetectionConfig config) {
        return closestSlant <= reportedSlant * config.updateSlantShare()
                || flags != reportedFlags || passNumber != reportedPassNumber
                || sensitivityLevel != reportedSensitivityLevel || severity(config) != reportedSeverity;
    }

    /** The event view of the encounter now, remembered as the last one reported. */
    Encounter report(DetectionConfig config) {
        Encounter view = toEncounter(config);
        reportedSlant = closestSlant;
        reportedSeverity = view.severity();
        reportedFlags = flags;
        reportedPassNumber = passNumber;
        reportedSensitivityLevel = sensitivityLevel;
        return view;
    }

    private Severity severity(DetectionConfig config) {
        return SeverityRule.grade(type, closestH, closestV, config);
    }

    Encounter toEncounter(DetectionConfig config) {
        List<Breach> breaches = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            breaches.add(new Breach(names[i], limits[i], reached[i]));
        }
        Set<EncounterFlag> flagSet = EnumSet.noneOf(EncounterFlag.class);
        for (EncounterFlag f : EncounterFlag.values()) {
            if ((flags & (1 << f.ordinal())) != 0) {
                flagSet.add(f);
            }
        }
        ClosestApproach closest = new ClosestApproach(closestNanos, closestH, closestV,
                point(lo, closestNanos, pointA), point(hi, closestNanos, pointB));
        Prediction prediction = hasPrediction
                ? new Prediction(evaluatedNanos, cpaNanos, cpaH, cpaV, entryNanos, exitNanos) : null;
        return new Encounter(id, type, new TargetKey(lo), new TargetKey(hi), startNanos, lastNanos, minHorizontalM,
                minVerticalFt, closest, prediction, breaches,
                severity(config), flagSet, passNumber, sensitivityLevel);
    }

    /** True when each participant's own position reports, not only dead reckoning, were inside at least twice. */
    boolean reportedInsideTwiceByBoth() {
        return loReportsInside >= 2 && hiReportsInside >= 2;
    }

    boolean has(EncounterFlag f) {
        return (flags & (1 << f.ordinal())) != 0;
    }

    private static void store(Track t, long tNanos, double[] p) {
        boolean extrapolated = tNanos != t.positionNanos;
        p[0] = extrapolated ? t.latAt(tNanos) : t.latDeg;
        p[1] = extrapolated ? t.lonAt(tNanos) : t.lonDeg;
        p[2] = extrapolated ? t.altitudeAt(tNanos) : t.altitudeFt;
        p[3] = t.groundSpeedKt;
        p[4] = t.trackDeg;
        p[5] = t.verticalRateFpm;
        p[6] = extrapolated ? 1 : 0;
    }

    private static TrackPoint point(long key, long tNanos, double[] p) {
        return new TrackPoint(new TargetKey(key), tNanos, p[0], p[1], p[2], p[3], p[4], p[5], p[6] != 0);
    }
}

package org.deconflict.app.pipeline.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.event.ClosestApproach;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.TrackPoint;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.Trail;
import org.deconflict.ledger.Incident;

/**
 * Maps an engine incident onto the ledger's {@link Incident}: same id (the engine's deterministic one, so two nodes
 * name one encounter alike), type in lower-case words ({@code low-pass}, {@code loss-of-separation}), window and minima,
 * participants as {@link TargetIdentities} knows them, and as evidence each participant's accepted track positions
 * within {@link #EVIDENCE_HALF_WINDOW_NANOS} of the closest approach. Engine thread only (reads live trails).
 */
final class IncidentMapper {

    /** Evidence spans this long either side of the closest approach (a low pass at 420 kt covers ~26 km). */
    static final long EVIDENCE_HALF_WINDOW_NANOS = 60_000_000_000L;
    /** At most this many points per participant (≈ 6 KB of JSON), well inside a 65,535-byte entry (C2SP tlog-tiles). */
    static final int MAX_POINTS_PER_SEGMENT = 128;
    private static final double LAT_LON_SCALE = 1e6;   // 6 decimals: 0.11 m, finer than the trail's float storage

    private final String detectorVersion;
    private final DetectionConfig config;
    private final Function<TargetKey, Trail> trails;
    private final TargetIdentities identities;

    /** {@code trails} gives the tracker's trail of a live target, null once it has expired. */
    IncidentMapper(String detectorVersion, DetectionConfig config, Function<TargetKey, Trail> trails,
                   TargetIdentities identities) {
        this.detectorVersion = detectorVersion;
        this.config = config;
        this.trails = trails;
        this.identities = identities;
    }

    /** The ledger incident; IllegalArgumentException when the engine incident has no usable horizontal minimum. */
    Incident map(org.deconflict.engine.event.Incident e) {
        ClosestApproach c = e.closest();
        double minH = finite(e.minHorizontalM()) ? Math.abs(e.minHorizontalM())
                : c != null && finite(c.horizontalM()) ? Math.abs(c.horizontalM()) : Double.NaN;
        if (!finite(minH)) {
            throw new IllegalArgumentException("incident " + e.id() + " has no horizontal minimum");
        }
        EncounterType.Domain domain = e.type().domain();
        Double minV = domain == EncounterType.Domain.SEA_SEA || !finite(e.minVerticalFt()) ? null : Math.abs(e.minVerticalFt());
        long startMs = e.startNanos() / 1_000_000L;
        long endMs = Math.max(startMs, e.endNanos() / 1_000_000L);
        long centreNanos = c != null ? c.timeNanos() : e.startNanos() + (e.endNanos() - e.startNanos()) / 2;
        List<Incident.Participant> participants = new ArrayList<>(e.participants().size());
        List<Incident.TrackSegment> evidence = new ArrayList<>(e.participants().size());
        for (TargetKey k : e.participants()) {
            participants.add(identities.participant(k));
            TrackPoint atClosest = c == null ? null : k.equals(c.a().key()) ? c.a() : k.equals(c.b().key()) ? c.b() : null;
            List<Incident.TrackPoint> points = evidence(k, centreNanos, atClosest);
            if (!points.isEmpty()) {
                evidence.add(new Incident.TrackSegment(k.toString(), points));
            }
        }
        String type = e.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new Incident(e.id(), type, startMs, endMs, participants, minH, minV, evidence,
                new Incident.Detector(detectorVersion, DetectorThresholds.of(config, domain)));
    }

    /** Accepted positions near {@code centreNanos}, oldest first, with the closest-approach position if it was not extrapolated. */
    private List<Incident.TrackPoint> evidence(TargetKey k, long centreNanos, TrackPoint atClosest) {
        boolean surface = k.kind() == TargetKey.Kind.SHIP;
        List<Incident.TrackPoint> out = new ArrayList<>();
        Trail t = trails.apply(k);
        boolean closestAdded = atClosest == null || atClosest.extrapolated() || !finite(atClosest.latDeg());
        if (t != null) {
            for (int j = 0; j < t.size(); j++) {
                long tn = t.timeNanos(j);
                if (Math.abs(tn - centreNanos) > EVIDENCE_HALF_WINDOW_NANOS || !finite(t.latDeg(j))) {
                    continue;
                }
                if (!closestAdded && atClosest.timeNanos() <= tn) {
                    closestAdded = true;
                    if (atClosest.timeNanos() < tn) {
                        out.add(point(atClosest.timeNanos(), atClosest.latDeg(), atClosest.lonDeg(), atClosest.altitudeFt(), surface));
                    }
                }
                out.add(point(tn, t.latDeg(j), t.lonDeg(j), t.altitudeFt(j), surface));
            }
        }
        if (!closestAdded) {
            out.add(point(atClosest.timeNanos(), atClosest.latDeg(), atClosest.lonDeg(), atClosest.altitudeFt(), surface));
        }
        return thin(out);
    }

    /** Every n-th point when there are too many, always keeping the last. */
    private static List<Incident.TrackPoint> thin(List<Incident.TrackPoint> points) {
        if (points.size() <= MAX_POINTS_PER_SEGMENT) {
            return points;
        }
        int stride = (points.size() + MAX_POINTS_PER_SEGMENT - 2) / (MAX_POINTS_PER_SEGMENT - 1);
        List<Incident.TrackPoint> out = new ArrayList<>(MAX_POINTS_PER_SEGMENT);
        for (int i = 0; i < points.size() - 1; i += stride) {
            out.add(points.get(i));
        }
        out.add(points.get(points.size() - 1));
        return out;
    }

    private static Incident.TrackPoint point(long timeNanos, double latDeg, double lonDeg, double altitudeFt, boolean surface) {
        Double alt = surface || !finite(altitudeFt) ? null : (double) Math.round(altitudeFt);
        return new Incident.TrackPoint(timeNanos / 1_000_000L, Math.round(latDeg * LAT_LON_SCALE) / LAT_LON_SCALE,
                Math.round(lonDeg * LAT_LON_SCALE) / LAT_LON_SCALE, alt);
    }

    private static boolean finite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }
}

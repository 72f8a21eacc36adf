package org.deconflict.app.pipeline.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.deconflict.engine.detect.DetectionConfig;
import org.deconflict.engine.event.ClosestApproach;
import org.deconflict.engine.event.EncounterType;
import org.deconflict.engine.event.Severity;
import org.deconflict.engine.event.TrackPoint;
import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.Trail;
import org.deconflict.engine.track.TransponderMode;
import org.deconflict.ledger.FiledIncident;
import org.deconflict.ledger.Incident;
import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Party;
import org.deconflict.ledger.Rejection;
import org.deconflict.ledger.Role;
import org.deconflict.ledger.Submission;
import org.deconflict.ledger.note.NoteKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one engine incident becomes in the ledger, which incidents are filed, and what happens when the filer falls behind. */
class LedgerSinkTest {

    static final long T0 = 1_460_466_000_000_000_000L;     // 2016-04-12T13:00:00Z in ns
    static final long S = 1_000_000_000L;
    static final TargetKey SU24 = TargetKey.icao(0x152402, AddressType.ICAO);
    static final TargetKey COOK = TargetKey.mmsi(369_970_075);
    static final NoteKeys.Signer NODE = NoteKeys.generate("pl-node");

    /** A low pass over the destroyer closing at {@code T0 + 100 s}, 9 m horizontal and 30 ft vertical. */
    static org.deconflict.engine.event.Incident lowPass(String id, Severity severity, long closestNanos) {
        TrackPoint a = new TrackPoint(SU24, closestNanos, 55.31, 18.2001, 60, 420, 270, 0, false);
        TrackPoint b = new TrackPoint(COOK, closestNanos, 55.31, 18.2, 0, 8, 270, 0, true);
        return new org.deconflict.engine.event.Incident(id, closestNanos + 10 * S, EncounterType.LOW_PASS,
                closestNanos - 20 * S, closestNanos + 5 * S, List.of(SU24, COOK), 9.0, 30.0,
                new ClosestApproach(closestNanos, 9.0, 30.0, a, b), severity, List.of(), Set.of(), "enc-" + id);
    }

    static TrackSnapshot snapshot(TargetKey k, String name, String nation, boolean military, long t) {
        return new TrackSnapshot(k, t, 55.3, 18.2, k.kind() == TargetKey.Kind.SHIP ? 0 : 60, 420, 270, 0, false, name,
                nation, military, 0, k.kind() == TargetKey.Kind.SHIP ? TransponderMode.AIS : TransponderMode.ADSB, 9, 8, 1);
    }

    static Ledger ledger(Path dir) throws Exception {
        return TestLedgers.create(dir, "test/pl", List.of(new Party(NODE.name(), NODE.verifier(), Role.MONITOR, "PL")));
    }

    @Test
    void anIncidentIsFiledWithItsParticipantsEvidenceAndThresholds(@TempDir Path tmp) throws Exception {
        // one trail point a second from T0 to T0 + 300 s; the closest approach at T0 + 100.5 s is between two of them
        Trail su24 = new Trail(400);
        Trail cook = new Trail(400);
        for (int s = 0; s <= 300; s++) {
            su24.add(T0 + s * S, 55.0 + s * 1e-3, 18.0, 60 + s);
            cook.add(T0 + s * S, 55.31, 18.2 - s * 1e-5, Double.NaN);
        }
        long closest = T0 + 100 * S + S / 2;
        List<String> warnings = new ArrayList<>();
        DetectionConfig detection = DetectionConfig.defaults();
        try (Ledger ledger = ledger(tmp)) {
            LedgerSink sink = new LedgerSink(ledger, NODE, detection, k -> k.equals(SU24) ? su24 : k.equals(COOK) ? cook : null,
                    LedgerSink.Config.defaults().withWarn(warnings::add));
            sink.onTrack(snapshot(SU24, "", "RU", true, T0));
            sink.onTrack(snapshot(COOK, "DONALD COOK", "US", true, T0));
            sink.onEvent(lowPass("a1", Severity.A, closest));
            sink.onFinish();
            sink.close();

            assertThat(ledger.incidents()).hasSize(1);
            FiledIncident f = ledger.incidents().get(0);
            assertThat(f.filer()).isEqualTo("pl-node");
            assertThat(f.filerNation()).isEqualTo("PL");
            Incident i = f.incident();
            assertThat(i.id()).isEqualTo("a1");
            assertThat(i.incidentType()).isEqualTo("low-pass");
            assertThat(i.startMillis()).isEqualTo((closest - 20 * S) / 1_000_000);
            assertThat(i.endMillis()).isEqualTo((closest + 5 * S) / 1_000_000);
            assertThat(i.minHorizontalM()).isEqualTo(9.0);
            assertThat(i.minVerticalFt()).isEqualTo(30.0);
            assertThat(i.participants()).containsExactly(
                    new Incident.Participant("icao:152402", null, "RU", "military-aircraft"),
                    new Incident.Participant("mmsi:369970075", "DONALD COOK", "US", "military-ship"));
            // evidence: the aircraft's trail within 60 s of the closest approach plus its (not extrapolated) position
            // there; the ship's position at the closest approach was dead-reckoned, so only its trail
            Incident.TrackSegment air = i.evidence().get(0);
            assertThat(air.targetId()).isEqualTo("icao:152402");
            assertThat(air.points()).hasSize(121);
            assertThat(air.points().get(0).timeMillis()).isEqualTo((T0 + 41 * S) / 1_000_000);
            assertThat(air.points().get(air.points().size() - 1).timeMillis()).isEqualTo((T0 + 160 * S) / 1_000_000);
            assertThat(air.points()).contains(new Incident.TrackPoint(closest / 1_000_000, 55.31, 18.2001, 60.0));
            assertThat(air.points().get(0)).isEqualTo(new Incident.TrackPoint((T0 + 41 * S) / 1_000_000, 55.041, 18.0, 101.0));
            assertThat(air.points()).isSortedAccordingTo((p, q) -> Long.compare(p.timeMillis(), q.timeMillis()));
            Incident.TrackSegment sea = i.evidence().get(1);
            assertThat(sea.targetId()).isEqualTo("mmsi:369970075");
            assertThat(sea.points()).hasSize(120).allSatisfy(p -> assertThat(p.altitudeFt()).isNull());
            assertThat(i.detector().version()).isEqualTo(LedgerSink.appVersion()).startsWith("deconflict ");
            assertThat(i.detector().thresholds()).containsEntry("airSea.lowPassDistanceM", detection.airSea().lowPassDistanceM())
                    .containsEntry("airSea.lowPassHeightFt", detection.airSea().lowPassHeightFt())
                    .containsEntry("closeDelayS", detection.closeDelayS())
                    .doesNotContainKey("airAir.horizontalSeparationM");
            assertThat(warnings).isEmpty();
        }
    }

    @Test
    void onlyIncidentsAtOrAboveTheThresholdAreFiled(@TempDir Path tmp) throws Exception {
        List<LedgerSink.Receipt> receipts = Collections.synchronizedList(new ArrayList<>());
        try (Ledger ledger = ledger(tmp)) {
            LedgerSink sink = new LedgerSink(ledger, NODE, DetectionConfig.defaults(), k -> null,
                    LedgerSink.Config.defaults().withOnFiled(receipts::add));
            Severity[] all = Severity.values();
            for (int i = 0; i < all.length; i++) {
                sink.onEvent(lowPass("sev-" + all[i], all[i], T0 + i * 600 * S));
            }
            sink.onFinish();
            assertThat(ledger.incidents()).extracting(f -> f.incident().id()).containsExactly("sev-A", "sev-B", "sev-C");
            assertThat(receipts).extracting(LedgerSink.Receipt::incidentId).containsExactlyInAnyOrder("sev-A", "sev-B", "sev-C");
            for (LedgerSink.Receipt r : receipts) {
                assertThat(ledger.leafHash(r.index())).isEqualTo(r.leafHash());
            }
            assertThat(sink.counters()).extracting(c -> c.name() + "=" + c.value())
                    .contains("ledger.filed=3", "ledger.shed=0", "ledger.below-threshold=2", "ledger.unmappable=0");
            sink.close();
        }
    }

    @Test
    void anIncidentWithoutAHorizontalMinimumIsCountedNotThrown(@TempDir Path tmp) throws Exception {
        List<String> warnings = new ArrayList<>();
        try (Ledger ledger = ledger(tmp)) {
            LedgerSink sink = new LedgerSink(ledger, NODE, DetectionConfig.defaults(), k -> null,
                    LedgerSink.Config.defaults().withWarn(warnings::add));
            org.deconflict.engine.event.Incident good = lowPass("x", Severity.A, T0);
            sink.onEvent(new org.deconflict.engine.event.Incident("nan", good.timeNanos(), good.type(), good.startNanos(),
                    good.endNanos(), good.participants(), Double.NaN, Double.NaN, null, Severity.A, List.of(), Set.of(), "e"));
            sink.onFinish();
            sink.close();
            assertThat(ledger.size()).isZero();
            assertThat(sink.counters()).extracting(c -> c.name() + "=" + c.value()).contains("ledger.unmappable=1", "ledger.filed=0");
            assertThat(warnings).singleElement().asString().contains("nan").contains("no horizontal minimum");
        }
    }

    @Test
    void aStalledLedgerShedsLoudlyAndCountsEveryIncident() throws Exception {
        // a ledger that does not answer until told to: two incidents may be outstanding, the rest is shed
        List<CompletableFuture<Submission>> answers = Collections.synchronizedList(new ArrayList<>());
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        IncidentFiler filer = new IncidentFiler(entry -> {
            CompletableFuture<Submission> f = new CompletableFuture<>();
            answers.add(f);
            return f;
        }, NODE, 2, warnings::add, r -> {
        });
        Incident incident = new Incident("i", "low-pass", 0, 1, List.of(new Incident.Participant("icao:152402", null, "RU", "aircraft")),
                9, 30.0, List.of(), new Incident.Detector("t", Map.of()));
        assertThat(filer.offer(incident)).isTrue();
        assertThat(filer.offer(incident)).isTrue();
        waitUntil(() -> answers.size() == 2);                 // both submitted, neither answered
        int shedAttempts = 5;
        for (int i = 0; i < shedAttempts; i++) {
            assertThat(filer.offer(incident)).isFalse();
        }
        assertThat(filer.shed()).isEqualTo(shedAttempts);
        assertThat(warnings).first().asString().contains("shed 1 incident").contains("NOT in the ledger");
        // answer: the first accepted, the second refused
        answers.get(0).complete(new Submission.Accepted(0, new byte[32]));
        assertThat(filer.offer(incident)).as("room for one again").isTrue();
        waitUntil(() -> answers.size() == 3);
        answers.get(2).complete(new Submission.Accepted(1, new byte[32]));
        answers.get(1).complete(new Submission.Rejected(Rejection.REPLAYED, "same nonce"));
        filer.flush();
        filer.close();
        assertThat(filer.filed()).isEqualTo(2);
        assertThat(filer.rejected(Rejection.REPLAYED)).isEqualTo(1);
        assertThat(filer.filed() + filer.rejected(Rejection.REPLAYED) + filer.shed()).isEqualTo(3 + shedAttempts);
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("REPLAYED"));
        assertThat(warnings).last().asString().contains(shedAttempts + " in all");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}

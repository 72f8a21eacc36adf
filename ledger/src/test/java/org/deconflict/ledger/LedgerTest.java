package org.deconflict.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;

import org.deconflict.ledger.merkle.ProofVerifier;
import org.deconflict.ledger.merkle.Rfc9162;
import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.SignedNote;
import org.deconflict.ledger.tiles.LogVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

    @TempDir
    Path dir;

    @Test
    void incidentsAndStatementsAreLoggedProvedAndVerified() throws Exception {
        long t0 = 1_394_000_000_000L;
        Submission.Accepted incident;
        SignedNote first;
        try (Ledger ledger = Ledger.create(dir, Fixtures.parties(), Fixtures.logSignerKey())) {
            incident = (Submission.Accepted) ledger.fileIncident(Fixtures.airprox("se-1", t0, 90, 0), Fixtures.SE_MONITOR);
            assertThat(incident.index()).isZero();
            first = ledger.publishCheckpoint();
            for (Statement.Kind kind : Statement.Kind.values()) {
                byte[] data = kind == Statement.Kind.EVIDENCE ? MessageDigest.getInstance("SHA-256").digest(new byte[] {1, 2, 3}) : null;
                Statement s = new Statement(kind, incident.index(), incident.leafHash(), "our account: " + kind, data, t0 + 3_600_000);
                assertThat(ledger.submitStatement(s, Fixtures.RU_PARTY).accepted()).as(kind.name()).isTrue();
            }
            assertThat(ledger.size()).isEqualTo(5);
            SignedNote second = ledger.publishCheckpoint();
            Checkpoint cp1 = Checkpoint.parse(first.text());
            Checkpoint cp2 = Checkpoint.parse(second.text());
            assertThat(cp2.size()).isEqualTo(5);
            assertThat(ProofVerifier.verifyInclusion(0, 5, incident.leafHash(), ledger.inclusionProof(0, 5), cp2.root()))
                    .isEqualTo(ProofVerifier.Failure.OK);
            assertThat(ProofVerifier.verifyConsistency(1, 5, cp1.root(), cp2.root(), ledger.consistencyProof(1, 5)))
                    .isEqualTo(ProofVerifier.Failure.OK);
            assertThat(new Rfc9162().leaf(ledger.entry(0))).isEqualTo(incident.leafHash());
            SignedEntry decoded = SignedEntry.decode(ledger.entry(2));
            assertThat(decoded.statement().kind()).isEqualTo(Statement.Kind.DISPUTE);
            assertThat(decoded.statement().text()).isEqualTo("our account: DISPUTE");
            assertThat(ledger.incidents()).singleElement().satisfies(f -> assertThat(f.filerNation()).isEqualTo("SE"));
        }
        LogVerifier.Report report = Ledger.verify(dir);
        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.size()).isEqualTo(5);
        try (Ledger again = Ledger.open(dir)) {
            Statement late = new Statement(Statement.Kind.COMMENT, 0, incident.leafHash(), "after restart", null, t0 + 7_200_000);
            assertThat(again.submitStatement(late, Fixtures.SE_PARTY).accepted()).isTrue();
            assertThat(again.incidents()).hasSize(1);
        }
    }

    @Test
    void incidentJsonRoundTripsThroughTheCanonicalEntry() {
        Incident i = Fixtures.airprox("se-2", 1_400_000_000_123L, 123.25, 0.01);
        SignedEntry e = SignedEntry.decode(SignedEntry.incident(i, Fixtures.SE_MONITOR));
        assertThat(e.incident()).isEqualTo(i);
        assertThat(e.signedBy(Fixtures.SE_MONITOR.verifier())).isTrue();
        assertThat(e.signedBy(Fixtures.RU_MONITOR.verifier())).isFalse();
        assertThat(List.of(e.party(), e.signer())).containsOnly("se-monitor");
    }
}

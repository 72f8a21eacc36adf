package org.deconflict.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.ledger.note.SignedNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitnessTest {

    @TempDir
    Path tmp;

    private static void fileSome(Ledger ledger, int n, long t0) {
        for (int i = 0; i < n; i++) {
            assertThat(ledger.fileIncident(Fixtures.airprox("w-" + t0 + "-" + i, t0 + i, 100, 0), Fixtures.SE_MONITOR).accepted()).isTrue();
        }
    }

    @Test
    void witnessCosignsConsistentCheckpointsAndTheyBecomeAgreed() throws Exception {
        Witness witness = new Witness(Fixtures.RU_WITNESS, Fixtures.LOG.verifier(), Fixtures.ORIGIN, tmp.resolve("witness.state"));
        try (Ledger ledger = Ledger.create(tmp.resolve("log"), Fixtures.parties(), Fixtures.logSignerKey())) {
            fileSome(ledger, 3, 1_000);
            long s1 = Checkpoint.parse(ledger.publishCheckpoint().text()).size();
            assertThat(ledger.isAgreed(s1)).isFalse();
            assertThat(ledger.requestCosignature(witness)).isInstanceOf(Witness.Result.Cosigned.class);
            assertThat(ledger.isAgreed(s1)).isTrue();
            fileSome(ledger, 300, 2_000);
            long s2 = Checkpoint.parse(ledger.publishCheckpoint().text()).size();
            assertThat(ledger.requestCosignature(witness)).isInstanceOf(Witness.Result.Cosigned.class);
            assertThat(ledger.isAgreed(s2)).isTrue();
            SignedNote latest = ledger.latestCheckpoint().orElseThrow();
            assertThat(latest.signatures()).extracting(SignedNote.NoteSignature::name).containsExactly("baltic-log", "ru-witness");
            assertThat(latest.verifiedBy(Fixtures.RU_WITNESS.verifier())).isPresent();
            // a cosignature by someone who is not a configured witness is not stored
            SignedNote.NoteSignature stranger = SignedNote.sign(latest.text(), NoteKeys.generate("stranger")).signatures().get(0);
            assertThat(ledger.addCosignature(s2, stranger)).isFalse();
        }
        assertThat(Ledger.verify(tmp.resolve("log")).ok()).isTrue();
        // the witness remembers across restarts
        assertThat(new Witness(Fixtures.RU_WITNESS, Fixtures.LOG.verifier(), Fixtures.ORIGIN, tmp.resolve("witness.state")).lastSize())
                .isEqualTo(303);
    }

    @Test
    void witnessRefusesForksRollbacksAndForeignSignatures() throws Exception {
        Witness witness = new Witness(Fixtures.RU_WITNESS, Fixtures.LOG.verifier(), Fixtures.ORIGIN, tmp.resolve("witness.state"));
        try (Ledger honest = Ledger.create(tmp.resolve("honest"), Fixtures.parties(), Fixtures.logSignerKey());
                Ledger fork = Ledger.create(tmp.resolve("fork"), Fixtures.parties(), Fixtures.logSignerKey())) {
            fileSome(honest, 5, 1_000);
            honest.publishCheckpoint();
            assertThat(honest.requestCosignature(witness)).isInstanceOf(Witness.Result.Cosigned.class);
            // same key and origin, different history: the log operator signs a fork
            fileSome(fork, 9, 5_000);
            SignedNote forked = fork.publishCheckpoint();
            List<byte[]> proof = fork.consistencyProof(5, 9);
            Witness.Result r = witness.cosign(5, proof, forked.encode());
            assertThat(r).isInstanceOfSatisfying(Witness.Result.Refused.class, x -> assertThat(x.reason()).isEqualTo(Witness.Reason.INCONSISTENT));
            assertThat(witness.cosign(0, List.of(), forked.encode()))
                    .isInstanceOfSatisfying(Witness.Result.Refused.class, x -> assertThat(x.reason()).isEqualTo(Witness.Reason.OLD_SIZE_MISMATCH));
            SignedNote foreign = SignedNote.sign(forked.text(), NoteKeys.generate("baltic-log"));
            assertThat(witness.cosign(5, proof, foreign.encode()))
                    .isInstanceOfSatisfying(Witness.Result.Refused.class, x -> assertThat(x.reason()).isEqualTo(Witness.Reason.BAD_LOG_SIGNATURE));
            SignedNote smaller = SignedNote.sign(new Checkpoint(Fixtures.ORIGIN, 2, honest.root(2)).text(), Fixtures.LOG);
            assertThat(witness.cosign(5, List.of(), smaller.encode()))
                    .isInstanceOfSatisfying(Witness.Result.Refused.class, x -> assertThat(x.reason()).isEqualTo(Witness.Reason.ROLLBACK));
            assertThat(witness.lastSize()).isEqualTo(5);
            fileSome(honest, 4, 9_000);
            honest.publishCheckpoint();
            assertThat(honest.requestCosignature(witness)).isInstanceOf(Witness.Result.Cosigned.class);
        }
    }
}

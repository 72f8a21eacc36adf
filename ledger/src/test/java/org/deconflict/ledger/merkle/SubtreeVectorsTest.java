package org.deconflict.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconflict.ledger.merkle.MerkleVectors.b64;
import static org.deconflict.ledger.merkle.MerkleVectors.b64list;
import static org.deconflict.ledger.merkle.MerkleVectors.read;
import static org.deconflict.ledger.merkle.MerkleVectors.u64;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every subtree vector of transparency-dev/merkle ({@code testdata/subtreeinclusion}, {@code testdata/subtreeconsistency}:
 * happy paths, corrupted proofs, invalid and empty subtrees, out-of-range indices, 2^63-wide subtrees).
 */
class SubtreeVectorsTest {

    @Test
    void subtreeInclusionVectorsGiveTheExpectedVerdict() throws IOException {
        MerkleVectors.assertVerdicts("subtreeinclusion", 150, 10, v -> SubtreeProofs.verifyInclusion(u64(v.get("leafIdx")),
                u64(v.get("start")), u64(v.get("end")), b64(v.get("leafHash")), b64list(v.get("proof")),
                b64(v.get("root"))) == SubtreeProofs.Result.OK);
    }

    @Test
    void subtreeConsistencyVectorsGiveTheExpectedVerdict() throws IOException {
        MerkleVectors.assertVerdicts("subtreeconsistency", 100, 10, v -> SubtreeProofs.verifyConsistency(u64(v.get("start")),
                u64(v.get("end")), u64(v.get("size")), b64(v.get("root1")), b64(v.get("root2")),
                b64list(v.get("proof"))) == SubtreeProofs.Result.OK);
    }

    @Test
    void aSubtreeStartingAtZeroIsAnOrdinaryConsistencyProof() throws IOException {
        // [0, size1) consistency in the tree of size2 is exactly RFC 9162 consistency: both verifiers must agree
        for (Path f : MerkleVectors.files("consistency")) {
            Map<String, Object> v = read(f);
            long size1 = u64(v.get("size1"));
            long size2 = u64(v.get("size2"));
            if (size1 == 0 || Long.compareUnsigned(size1, size2) > 0) {
                continue;
            }
            boolean rfc = ProofVerifier.verifyConsistency(size1, size2, b64(v.get("root1")), b64(v.get("root2")),
                    b64list(v.get("proof"))) == ProofVerifier.Failure.OK;
            boolean subtree = SubtreeProofs.verifyConsistency(0, size1, size2, b64(v.get("root1")), b64(v.get("root2")),
                    b64list(v.get("proof"))) == SubtreeProofs.Result.OK;
            assertThat(subtree).as(f + ": " + v.get("desc")).isEqualTo(rfc);
        }
    }
}

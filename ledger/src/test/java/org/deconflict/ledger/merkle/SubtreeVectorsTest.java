package org.deconflict.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconflict.ledger.merkle.TransparencyDevVectorsTest.b64;
import static org.deconflict.ledger.merkle.TransparencyDevVectorsTest.b64list;
import static org.deconflict.ledger.merkle.TransparencyDevVectorsTest.read;
import static org.deconflict.ledger.merkle.TransparencyDevVectorsTest.u64;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Every subtree vector of transparency-dev/merkle ({@code testdata/subtreeinclusion}, {@code testdata/subtreeconsistency}:
 * happy paths, corrupted proofs, invalid and empty subtrees, out-of-range indices, 2^63-wide subtrees).
 */
class SubtreeVectorsTest {

    private static final String ROOT = "merkle/transparency-dev-merkle/testdata/";

    @Test
    void subtreeInclusionVectorsGiveTheExpectedVerdict() throws IOException {
        List<Path> files = vectors("subtreeinclusion");
        assertThat(files).hasSizeGreaterThan(150);
        int accepted = 0;
        for (Path f : files) {
            Map<String, Object> v = read(f);
            SubtreeProofs.Result got = SubtreeProofs.verifyInclusion(u64(v.get("leafIdx")), u64(v.get("start")), u64(v.get("end")),
                    b64(v.get("leafHash")), b64list(v.get("proof")), b64(v.get("root")));
            boolean wantErr = (Boolean) v.get("wantErr");
            assertThat(got == SubtreeProofs.Result.OK).as(f + ": " + v.get("desc") + " -> " + got).isEqualTo(!wantErr);
            accepted += wantErr ? 0 : 1;
        }
        assertThat(accepted).isGreaterThan(10);
    }

    @Test
    void subtreeConsistencyVectorsGiveTheExpectedVerdict() throws IOException {
        List<Path> files = vectors("subtreeconsistency");
        assertThat(files).hasSizeGreaterThan(100);
        int accepted = 0;
        for (Path f : files) {
            Map<String, Object> v = read(f);
            SubtreeProofs.Result got = SubtreeProofs.verifyConsistency(u64(v.get("start")), u64(v.get("end")), u64(v.get("size")),
                    b64(v.get("root1")), b64(v.get("root2")), b64list(v.get("proof")));
            boolean wantErr = (Boolean) v.get("wantErr");
            assertThat(got == SubtreeProofs.Result.OK).as(f + ": " + v.get("desc") + " -> " + got).isEqualTo(!wantErr);
            accepted += wantErr ? 0 : 1;
        }
        assertThat(accepted).isGreaterThan(10);
    }

    @Test
    void aSubtreeStartingAtZeroIsAnOrdinaryConsistencyProof() throws IOException {
        // [0, size1) consistency in the tree of size2 is exactly RFC 9162 consistency: both verifiers must agree
        for (Path f : TransparencyDevVectorsTest.vectors("consistency")) {
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

    private static List<Path> vectors(String kind) throws IOException {
        Path dir = SharedData.require(ROOT + kind);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}

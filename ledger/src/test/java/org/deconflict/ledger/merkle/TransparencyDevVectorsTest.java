package org.deconflict.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconflict.ledger.merkle.MerkleVectors.b64list;
import static org.deconflict.ledger.merkle.MerkleVectors.b64;
import static org.deconflict.ledger.merkle.MerkleVectors.read;
import static org.deconflict.ledger.merkle.MerkleVectors.u64;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/** Every inclusion and consistency vector of transparency-dev/merkle (testdata/) and the RFC 6962 reference tree. */
class TransparencyDevVectorsTest {

    @Test
    void inclusionVectorsGiveTheExpectedVerdict() throws IOException {
        MerkleVectors.assertVerdicts("inclusion", 60, 5, v -> ProofVerifier.verifyInclusion(u64(v.get("leafIdx")),
                u64(v.get("treeSize")), b64(v.get("leafHash")), b64list(v.get("proof")),
                b64(v.get("root"))) == ProofVerifier.Failure.OK);
    }

    @Test
    void consistencyVectorsGiveTheExpectedVerdict() throws IOException {
        MerkleVectors.assertVerdicts("consistency", 60, 5, v -> ProofVerifier.verifyConsistency(u64(v.get("size1")),
                u64(v.get("size2")), b64(v.get("root1")), b64(v.get("root2")),
                b64list(v.get("proof"))) == ProofVerifier.Failure.OK);
    }

    @Test
    void happyPathProofsAreReproducedByTheBuilder() throws IOException {
        // The happy-path vectors come from the RFC 6962 reference tree; our builder must emit the very same proofs.
        Builder tree = Builder.reference();
        for (Path f : MerkleVectors.files("inclusion")) {
            Map<String, Object> v = read(f);
            if (f.getFileName().toString().equals("happy-path.json")) {
                List<byte[]> proof = tree.proofs.inclusion(u64(v.get("leafIdx")), u64(v.get("treeSize")));
                assertThat(proof).as(f.toString()).usingElementComparator(java.util.Arrays::compare)
                        .containsExactlyElementsOf(b64list(v.get("proof")));
            }
        }
        for (Path f : MerkleVectors.files("consistency")) {
            Map<String, Object> v = read(f);
            if (f.getFileName().toString().equals("happy-path.json")) {
                List<byte[]> proof = tree.proofs.consistency(u64(v.get("size1")), u64(v.get("size2")));
                assertThat(proof).as(f.toString()).usingElementComparator(java.util.Arrays::compare)
                        .containsExactlyElementsOf(b64list(v.get("proof")));
            }
        }
    }

    @Test
    void referenceTreeRootsAndLeafHashes() throws IOException {
        Map<String, Object> ref = read(SharedData.require(MerkleVectors.ROOT + "rfc6962_reference_tree.json"));
        Builder tree = Builder.reference();
        @SuppressWarnings("unchecked")
        List<Object> leafHashes = (List<Object>) ref.get("leafHashesHex");
        for (int i = 0; i < leafHashes.size(); i++) {
            assertThat(HexFormat.of().formatHex(tree.leaves.get(i))).isEqualTo(leafHashes.get(i));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> roots = (Map<String, Object>) ref.get("rootHashesHexBySize");
        assertThat(roots).hasSize(9);
        for (Map.Entry<String, Object> e : roots.entrySet()) {
            long size = Long.parseLong(e.getKey());
            assertThat(HexFormat.of().formatHex(tree.proofs.root(size))).as("root of size " + size).isEqualTo(e.getValue());
        }
    }

    /** The 8-leaf reference tree held in memory, with a naive NodeSource. */
    private static final class Builder {
        final List<byte[]> leaves = new ArrayList<>();
        final ProofBuilder proofs = new ProofBuilder(this::node);
        final Rfc9162 h = new Rfc9162();

        static Builder reference() throws IOException {
            Map<String, Object> ref = read(SharedData.require(MerkleVectors.ROOT + "rfc6962_reference_tree.json"));
            Builder b = new Builder();
            @SuppressWarnings("unchecked")
            List<Object> inputs = (List<Object>) ref.get("leafInputsHex");
            for (Object hex : inputs) {
                b.leaves.add(b.h.leaf(HexFormat.of().parseHex((String) hex)));
            }
            return b;
        }

        byte[] node(int level, long index) {
            if (level == 0) {
                return leaves.get((int) index);
            }
            return h.node(node(level - 1, 2 * index), node(level - 1, 2 * index + 1));
        }
    }
}

package org.deconflict.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.deconflict.ledger.json.JsonParser;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/** Every inclusion and consistency vector of transparency-dev/merkle (testdata/) and the RFC 6962 reference tree. */
class TransparencyDevVectorsTest {

    private static final String ROOT = "merkle/transparency-dev-merkle/";

    @Test
    void inclusionVectorsGiveTheExpectedVerdict() throws IOException {
        List<Path> files = vectors("inclusion");
        assertThat(files).hasSizeGreaterThan(60);
        int accepted = 0;
        for (Path f : files) {
            Map<String, Object> v = read(f);
            ProofVerifier.Failure got = ProofVerifier.verifyInclusion(u64(v.get("leafIdx")), u64(v.get("treeSize")),
                    b64(v.get("leafHash")), b64list(v.get("proof")), b64(v.get("root")));
            boolean wantErr = (Boolean) v.get("wantErr");
            assertThat(got == ProofVerifier.Failure.OK).as(f + ": " + v.get("desc") + " -> " + got).isEqualTo(!wantErr);
            accepted += wantErr ? 0 : 1;
        }
        assertThat(accepted).isGreaterThan(5);
    }

    @Test
    void consistencyVectorsGiveTheExpectedVerdict() throws IOException {
        List<Path> files = vectors("consistency");
        assertThat(files).hasSizeGreaterThan(60);
        int accepted = 0;
        for (Path f : files) {
            Map<String, Object> v = read(f);
            ProofVerifier.Failure got = ProofVerifier.verifyConsistency(u64(v.get("size1")), u64(v.get("size2")),
                    b64(v.get("root1")), b64(v.get("root2")), b64list(v.get("proof")));
            boolean wantErr = (Boolean) v.get("wantErr");
            assertThat(got == ProofVerifier.Failure.OK).as(f + ": " + v.get("desc") + " -> " + got).isEqualTo(!wantErr);
            accepted += wantErr ? 0 : 1;
        }
        assertThat(accepted).isGreaterThan(5);
    }

    @Test
    void happyPathProofsAreReproducedByTheBuilder() throws IOException {
        // The happy-path vectors come from the RFC 6962 reference tree; our builder must emit the very same proofs.
        Builder tree = Builder.reference();
        for (Path f : vectors("inclusion")) {
            Map<String, Object> v = read(f);
            if (f.getFileName().toString().equals("happy-path.json")) {
                List<byte[]> proof = tree.proofs.inclusion(u64(v.get("leafIdx")), u64(v.get("treeSize")));
                assertThat(proof).as(f.toString()).usingElementComparator(java.util.Arrays::compare)
                        .containsExactlyElementsOf(b64list(v.get("proof")));
            }
        }
        for (Path f : vectors("consistency")) {
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
        Map<String, Object> ref = read(SharedData.require(ROOT + "rfc6962_reference_tree.json"));
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
            Map<String, Object> ref = read(SharedData.require(ROOT + "rfc6962_reference_tree.json"));
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

    static List<Path> vectors(String kind) throws IOException {
        Path dir = SharedData.require(ROOT + "testdata/" + kind);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path p) throws IOException {
        return (Map<String, Object>) JsonParser.parse(Files.readAllBytes(p));
    }

    static long u64(Object n) {
        return ((BigDecimal) n).toBigIntegerExact().longValue(); // two's-complement wrap = the unsigned 64-bit value
    }

    static byte[] b64(Object s) {
        return s == null ? new byte[0] : Base64.getDecoder().decode((String) s);
    }

    @SuppressWarnings("unchecked")
    static List<byte[]> b64list(Object l) {
        List<byte[]> out = new ArrayList<>();
        if (l != null) {
            for (Object o : (List<Object>) l) {
                out.add(b64(o));
            }
        }
        return out;
    }
}

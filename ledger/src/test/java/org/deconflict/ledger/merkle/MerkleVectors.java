package org.deconflict.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.deconflict.ledger.json.JsonParser;
import org.deconflict.testsupport.SharedData;

/** Reads the transparency-dev/merkle test vectors ({@code ../shared/data/merkle/transparency-dev-merkle/}). */
final class MerkleVectors {

    static final String ROOT = "merkle/transparency-dev-merkle/";

    private MerkleVectors() {
    }

    /** Every vector file of one kind ({@code inclusion}, {@code subtreeconsistency}, ...), in name order. */
    static List<Path> files(String kind) throws IOException {
        Path dir = SharedData.require(ROOT + "testdata/" + kind);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /**
     * Runs every vector of one kind through {@code verifies} and checks that it accepts exactly those without
     * {@code wantErr}; at least {@code minFiles} vectors must exist and {@code minAccepted} of them be valid proofs, so
     * a missing or emptied folder cannot pass.
     */
    static void assertVerdicts(String kind, int minFiles, int minAccepted, Predicate<Map<String, Object>> verifies)
            throws IOException {
        List<Path> files = files(kind);
        assertThat(files).hasSizeGreaterThan(minFiles);
        int accepted = 0;
        for (Path f : files) {
            Map<String, Object> v = read(f);
            boolean wantErr = (Boolean) v.get("wantErr");
            assertThat(verifies.test(v)).as(f + ": " + v.get("desc")).isEqualTo(!wantErr);
            accepted += wantErr ? 0 : 1;
        }
        assertThat(accepted).isGreaterThan(minAccepted);
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

package org.deconflict.ledger.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.deconflict.ledger.merkle.ProofVerifier;
import org.deconflict.ledger.merkle.Rfc9162;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TileLogTest {

    @TempDir
    Path dir;

    private static byte[] content(int i) {
        return ("entry-" + i + "-" + "x".repeat(i % 37)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void concurrentAppendsGetDistinctIndicesAndRootsMatchTheReferenceTree() throws Exception {
        int n = 70_000; // crosses a level-1 tile boundary (65,536 leaves) and one rotation
        byte[][] byIndex = new byte[n][];
        try (TileLog log = TileLog.open(dir, new TileLog.Options(20_000, 64, 4096))) {
            List<CompletableFuture<Long>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(log.appendAsync(content(i)));
            }
            for (int i = 0; i < n; i++) {
                int idx = (int) (long) futures.get(i).get();
                assertThat(byIndex[idx]).isNull();
                byIndex[idx] = content(i);
            }
            assertThat(log.size()).isEqualTo(n);
            Rfc9162 h = new Rfc9162();
            for (int size : new int[] {1, 2, 255, 256, 257, 1000, 65_535, 65_536, 65_537, n}) {
                assertThat(log.root(size)).as("root of " + size).isEqualTo(h.rootOfLeaves(java.util.Arrays.copyOf(byIndex, size)));
            }
            Random rnd = new Random(7);
            byte[] root = log.root(n);
            for (int k = 0; k < 300; k++) {
                long i = rnd.nextInt(n);
                List<byte[]> proof = log.inclusionProof(i, n);
                assertThat(ProofVerifier.verifyInclusion(i, n, h.leaf(byIndex[(int) i]), proof, root)).isEqualTo(ProofVerifier.Failure.OK);
                long s1 = 1 + rnd.nextInt(n);
                long s2 = s1 + rnd.nextInt((int) (n - s1 + 1));
                assertThat(ProofVerifier.verifyConsistency(s1, s2, log.root(s1), log.root(s2), log.consistencyProof(s1, s2)))
                        .isEqualTo(ProofVerifier.Failure.OK);
                assertThat(log.entry(i)).isEqualTo(byIndex[(int) i]);
            }
        }
        assertThat(Files.exists(dir.resolve("tile/0/x000/255"))).isFalse();
        assertThat(Files.size(dir.resolve(TilePath.tile(0, 255, 256)))).isEqualTo(8192);
        assertThat(Files.size(dir.resolve(TilePath.tile(1, 0, 256)))).isEqualTo(8192);
        try (TileLog again = TileLog.open(dir)) {
            assertThat(again.size()).isEqualTo(n);
            assertThat(again.root(n)).isEqualTo(new Rfc9162().rootOfLeaves(byIndex));
            assertThat(again.entry(n - 1)).isEqualTo(byIndex[n - 1]);
            assertThat(again.append(content(n))).isEqualTo(n);
        }
    }

    @Test
    void partialTilesAreWrittenForAPublishedSize() throws Exception {
        try (TileLog log = TileLog.open(dir)) {
            for (int i = 0; i < 300; i++) {
                log.append(content(i));
            }
            log.persistTilesFor(300);
            log.persistTilesFor(5);
        }
        assertThat(Files.size(dir.resolve("tile/0/001.p/44"))).isEqualTo(44 * 32);
        assertThat(Files.size(dir.resolve("tile/1/000.p/1"))).isEqualTo(32);
        assertThat(Files.size(dir.resolve("tile/0/000.p/5"))).isEqualTo(5 * 32);
        assertThat(EntryBundle.decode(Files.readAllBytes(dir.resolve("tile/entries/001.p/44")))).hasSize(44);
        assertThat(EntryBundle.decode(Files.readAllBytes(dir.resolve("tile/entries/000")))).hasSize(256);
    }

    @Test
    void tornJournalTailIsCutOnOpen() throws Exception {
        try (TileLog log = TileLog.open(dir)) {
            for (int i = 0; i < 10; i++) {
                log.append(content(i));
            }
        }
        Path wal;
        try (java.util.stream.Stream<Path> s = Files.list(dir.resolve("journal"))) {
            wal = s.max(java.util.Comparator.naturalOrder()).orElseThrow();
        }
        byte[] whole = Files.readAllBytes(wal);
        Files.write(wal, java.util.Arrays.copyOf(whole, whole.length - 3)); // a torn last record
        try (TileLog log = TileLog.open(dir)) {
            assertThat(log.recoveredTruncatedBytes()).isPositive();
            assertThat(log.size()).isEqualTo(9);
            assertThat(log.entry(8)).isEqualTo(content(8));
        }
    }

    @Test
    void tilePathsUseTheXEncoding() {
        assertThat(TilePath.encodeIndex(0)).isEqualTo("000");
        assertThat(TilePath.encodeIndex(1234067)).isEqualTo("x001/x234/067");
        assertThat(TilePath.tile(2, 1000, 17)).isEqualTo("tile/2/x001/000.p/17");
        assertThat(TilePath.entries(5, 256)).isEqualTo("tile/entries/005");
        assertThat(TilePath.encodeIndex(-1L)).isEqualTo("x018/x446/x744/x073/x709/x551/615");
    }

    @Test
    void aSecondWriterIsRefused() throws Exception {
        try (TileLog log = TileLog.open(dir)) {
            log.append(content(1));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TileLog.open(dir))
                    .isInstanceOf(java.io.IOException.class).hasMessageContaining("open in another process");
        }
        try (TileLog again = TileLog.open(dir)) {
            assertThat(again.size()).isEqualTo(1);
        }
    }
}

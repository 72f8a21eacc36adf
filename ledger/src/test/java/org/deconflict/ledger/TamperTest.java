package org.deconflict.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.deconflict.ledger.tiles.LogVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flipping any byte of any tile, entry bundle or checkpoint makes verification fail and name that file. */
class TamperTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void buildLedger() throws Exception {
        long t0 = 1_394_000_000_000L;
        try (Ledger ledger = Ledger.create(dir, Fixtures.parties(), Fixtures.logSignerKey())) {
            Witness witness = new Witness(Fixtures.RU_WITNESS, Fixtures.LOG.verifier(), Fixtures.ORIGIN, dir.resolveSibling("witness-state-" + dir.getFileName()));
            List<Submission.Accepted> incidents = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                if (i % 3 == 0 || incidents.isEmpty()) {
                    incidents.add((Submission.Accepted) ledger.fileIncident(Fixtures.airprox("n-" + i, t0 + i * 1000L, 90 + i, 0),
                            i % 2 == 0 ? Fixtures.SE_MONITOR : Fixtures.RU_MONITOR));
                } else {
                    Submission.Accepted target = incidents.get(i % incidents.size());
                    Statement s = new Statement(Statement.Kind.COMMENT, target.index(), target.leafHash(), "comment " + i, null, t0 + i);
                    ledger.submitStatement(s, i % 2 == 0 ? Fixtures.SE_PARTY : Fixtures.RU_PARTY);
                }
                if (i == 2 || i == 259 || i == 599) {
                    ledger.publishCheckpoint();
                    if (i != 599) {
                        assertThat(ledger.requestCosignature(witness)).isInstanceOf(Witness.Result.Cosigned.class);
                    }
                }
            }
        }
        LogVerifier.Report ok = Ledger.verify(dir);
        assertThat(ok.ok()).as(ok.toString()).isTrue();
        assertThat(ok.size()).isEqualTo(600);
    }

    @Test
    void everyFlippedByteIsCaughtAndTheFileNamed() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).map(dir::relativize)
                    .filter(p -> p.startsWith("tile") || p.startsWith("history") || p.toString().equals("checkpoint"))
                    .sorted().toList();
        }
        assertThat(files).contains(Path.of("checkpoint"), Path.of("history/3"), Path.of("history/260"), Path.of("history/600"),
                Path.of("tile/0/000"), Path.of("tile/0/002.p/88"), Path.of("tile/1/000.p/2"), Path.of("tile/1/000.p/1"),
                Path.of("tile/entries/000"), Path.of("tile/entries/002.p/88"), Path.of("tile/0/000.p/3"), Path.of("tile/entries/001.p/4"));
        Random rnd = new Random(1);
        int flips = 0;
        for (Path rel : files) {
            Path file = dir.resolve(rel);
            byte[] original = Files.readAllBytes(file);
            List<Integer> positions = new ArrayList<>(List.of(0, original.length - 1, original.length / 2));
            for (int k = 0; k < 3; k++) {
                positions.add(rnd.nextInt(original.length));
            }
            for (int pos : positions) {
                byte[] bad = original.clone();
                bad[pos] ^= (byte) (1 << rnd.nextInt(8));
                Files.write(file, bad);
                LogVerifier.Report r = Ledger.verify(dir);
                assertThat(r.ok()).as("flip at %s[%d]", rel, pos).isFalse();
                assertThat(r.path()).as("flip at %s[%d]: %s", rel, pos, r).isEqualTo(rel.toString().replace('\\', '/'));
                flips++;
            }
            Files.write(file, original);
        }
        assertThat(Ledger.verify(dir).ok()).isTrue();
        assertThat(flips).isEqualTo(files.size() * 6);
    }

    @Test
    void aTruncatedOrMissingTileIsNamed() throws Exception {
        Path tile = dir.resolve("tile/0/001");
        byte[] original = Files.readAllBytes(tile);
        try {
            Files.write(tile, java.util.Arrays.copyOf(original, 100));
            assertThat(Ledger.verify(dir).path()).isEqualTo("tile/0/001");
            Files.delete(tile);
            LogVerifier.Report r = Ledger.verify(dir);
            assertThat(r.path()).isEqualTo("tile/0/001");
            assertThat(r.reason()).contains("missing");
        } finally {
            Files.write(tile, original);
        }
    }
}

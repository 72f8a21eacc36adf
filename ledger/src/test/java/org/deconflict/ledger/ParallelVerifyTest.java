package org.deconflict.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.ledger.note.SignedNote;
import org.deconflict.ledger.tiles.DirectoryTileSource;
import org.deconflict.ledger.tiles.Durable;
import org.deconflict.ledger.tiles.LogVerifier;
import org.deconflict.ledger.tiles.TileLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signatures are checked on several threads during a full verify, yet the report names the same first bad entry as a
 * single-threaded verify: a log written behind the ledger's back (structure intact, meaning not) with bad entries in
 * the second bundle, where the first bad one fails an order-dependent rule and later ones fail on their signatures.
 */
class ParallelVerifyTest {

    private static final int ENTRIES = 300; // a full bundle and a partial one of 44
    private static final int[] THREADS = {1, 3};
    /** Signed once for all tests: JDK Ed25519 signing costs about 1 ms per entry. */
    private static final List<byte[]> VALID = validEntries();

    @Test
    void firstBadSignatureIsNamedWhateverTheThreadCount(@TempDir Path tmp) throws Exception {
        NoteKeys.Signer impostor = NoteKeys.generate(Fixtures.SE_MONITOR.name()); // same name, not the configured key
        List<byte[]> entries = new ArrayList<>(VALID);
        entries.set(271, SignedEntry.incident(incident(271), impostor));
        entries.set(270, SignedEntry.incident(incident(270), impostor));
        entries.set(298, SignedEntry.incident(incident(298), NoteKeys.generate("nobody")));
        Path dir = write(tmp.resolve("bad-signatures"), entries);
        for (int threads : THREADS) {
            LogVerifier.Report r = Ledger.verify(new DirectoryTileSource(dir), Fixtures.parties(), threads);
            assertThat(r.ok()).isFalse();
            assertThat(r.entryIndex()).as("threads=%d", threads).isEqualTo(270);
            assertThat(r.path()).isEqualTo("tile/entries/001.p/44");
            assertThat(r.reason()).startsWith("BAD_SIGNATURE");
        }
    }

    @Test
    void anOrderDependentFailureBeforeABadSignatureIsNamedFirst(@TempDir Path tmp) throws Exception {
        List<byte[]> entries = new ArrayList<>(VALID);
        entries.set(260, entries.get(7));   // a replay: valid signature, refused only by what came before
        entries.set(261, SignedEntry.incident(incident(261), NoteKeys.generate(Fixtures.RU_MONITOR.name())));
        Path dir = write(tmp.resolve("replay"), entries);
        for (int threads : THREADS) {
            LogVerifier.Report r = Ledger.verify(new DirectoryTileSource(dir), Fixtures.parties(), threads);
            assertThat(r.entryIndex()).as("threads=%d", threads).isEqualTo(260);
            assertThat(r.reason()).startsWith("REPLAYED");
        }
    }

    @Test
    void aSoundLogVerifiesOnEveryThreadCount(@TempDir Path tmp) throws Exception {
        Path dir = write(tmp.resolve("sound"), VALID);
        for (int threads : THREADS) {
            LogVerifier.Report r = Ledger.verify(new DirectoryTileSource(dir), Fixtures.parties(), threads);
            assertThat(r.ok()).as("threads=%d: %s", threads, r).isTrue();
            assertThat(r.size()).isEqualTo(ENTRIES);
        }
    }

    private static List<byte[]> validEntries() {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            out.add(SignedEntry.incident(incident(i), i % 2 == 0 ? Fixtures.SE_MONITOR : Fixtures.RU_MONITOR));
        }
        return out;
    }

    private static Incident incident(int i) {
        return Fixtures.airprox("p-" + i, 1_394_000_000_000L + i * 60_000L, 100 + i, 0);
    }

    /** Appends the raw entries (no admission rules) and publishes a checkpoint signed by the log key. */
    private static Path write(Path dir, List<byte[]> entries) throws Exception {
        try (TileLog log = TileLog.open(dir)) {
            List<CompletableFuture<Long>> acks = new ArrayList<>();
            entries.forEach(e -> acks.add(log.appendAsync(e)));
            acks.forEach(CompletableFuture::join);
            long n = log.size();
            log.persistTilesFor(n);
            Durable.replace(dir.resolve("checkpoint"),
                    SignedNote.sign(new Checkpoint(Fixtures.ORIGIN, n, log.root(n)).text(), Fixtures.LOG).encode());
        }
        return dir;
    }
}

package org.deconflict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.deconflict.app.http.LedgerServer;
import org.deconflict.ledger.Incident;
import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Parties;
import org.deconflict.ledger.Party;
import org.deconflict.ledger.Role;
import org.deconflict.ledger.SignedEntry;
import org.deconflict.ledger.Submission;
import org.deconflict.ledger.note.Ed25519;
import org.deconflict.ledger.note.NoteKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code deconflict ledger verify URL} against a ledger served over HTTP (one full tile of 256 entries and a partial
 * one): it verifies from the served checkpoint, tiles and entry bundles alone, and when one byte of a served tile or
 * bundle changes it fails naming that file (and the entry).
 */
class LedgerVerifyUrlTest {

    private static final int ENTRIES = 300;

    @TempDir
    Path tmp;
    private Path dir;
    private Path partiesFile;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Files {@link #ENTRIES} signed incidents (submitted together, so they share group commits) and a checkpoint. */
    private void fileEntries() throws Exception {
        dir = tmp.resolve("ledger");
        NoteKeys.Signer monitor = NoteKeys.generate("se-monitor");
        byte[] seed = Ed25519.randomSeed();
        NoteKeys.Signer log = NoteKeys.signerFromSeed("baltic-log", seed);
        Parties parties = new Parties("deconflict.test/baltic", log.verifier(),
                List.of(new Party("se-monitor", monitor.verifier(), Role.MONITOR, "SE")));
        partiesFile = tmp.resolve("trusted-parties.json");
        parties.save(partiesFile);
        try (Ledger ledger = Ledger.create(dir, parties, NoteKeys.signerString("baltic-log", seed, log.publicKey()))) {
            List<CompletableFuture<Submission>> filed = new ArrayList<>();
            for (int n = 0; n < ENTRIES; n++) {
                long t = 1_394_000_000_000L + n * 60_000L;
                Incident i = new Incident("se-" + n, "airprox", t, t + 90_000,
                        List.of(new Incident.Participant("icao:4ca7b2", "SAS1754", "SE", "aircraft"),
                                new Incident.Participant("icao:155a21", null, "RU", "aircraft")),
                        90 + n, 150.0, List.of(), new Incident.Detector("test", Map.of("horizontalSeparationM", 9260.0)));
                filed.add(ledger.submitAsync(SignedEntry.incident(i, monitor)));
            }
            assertThat(filed).allSatisfy(f -> assertThat(f.join()).isInstanceOf(Submission.Accepted.class));
            ledger.publishCheckpoint();
        }
    }

    @Test
    void verifiesAServedLogAndNamesATamperedTile() throws Exception {
        fileEntries();
        try (Ledger ledger = Ledger.open(dir); LedgerServer server = LedgerServer.start(ledger, "localhost", 0)) {
            String url = "http://localhost:" + server.port();
            Run ok = run("ledger", "verify", url, "--parties", partiesFile.toString());
            assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
            assertThat(ok.out()).contains("OK: " + ENTRIES + " entries verified");
            Run served = run("ledger", "verify", url + "/ledger/");
            assertThat(served.exit()).as(served.out() + served.err()).isZero();
            assertThat(served.err()).contains("using the parties served by");

            Path tile = dir.resolve("tile/0/000");
            flipByte(tile, 32 * 17 + 5);
            Run bad = run("ledger", "verify", url, "--parties", partiesFile.toString());
            assertThat(bad.exit()).isEqualTo(1);
            assertThat(bad.out()).contains("FAILED at tile/0/000 (entry 17)");
            flipByte(tile, 32 * 17 + 5);

            Path bundle = dir.resolve("tile/entries/001.p/" + (ENTRIES - 256));
            flipByte(bundle, Files.size(bundle) - 10);
            Run badEntry = run("ledger", "verify", url, "--parties", partiesFile.toString());
            assertThat(badEntry.exit()).isEqualTo(1);
            assertThat(badEntry.out()).contains("FAILED at tile/entries/001.p/" + (ENTRIES - 256) + " (entry " + (ENTRIES - 1) + ")");
            flipByte(bundle, Files.size(bundle) - 10);

            assertThat(run("ledger", "verify", url, "--parties", partiesFile.toString()).exit()).isZero();
        }
    }

    @Test
    void anUnreachableLogIsAnErrorNotAVerdict() {
        Run r = run("ledger", "verify", "http://localhost:1/ledger/");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot read the parties of http://localhost:1/ledger/");
    }

    private static void flipByte(Path file, long offset) throws Exception {
        byte[] b = Files.readAllBytes(file);
        b[(int) offset] ^= 0x01;
        Files.write(file, b);
    }
}

package org.deconflict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.deconflict.ledger.Incident;
import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Submission;
import org.deconflict.ledger.json.JsonParser;
import org.deconflict.ledger.note.NoteKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Drives {@code deconflict ledger ...} in-process, as a user would. */
class LedgerCommandTest {

    @TempDir
    Path tmp;

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

    private String keygen(String name) {
        Run r = run("ledger", "keygen", "--name", name, "--out", tmp.resolve(name + ".key").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out().strip();
    }

    @Test
    void initFileAnswerProveAndVerify() throws Exception {
        String monitor = keygen("se-monitor");
        String party = keygen("ru-mod");
        String witness = keygen("ru-witness");
        Path dir = tmp.resolve("ledger");
        Run init = run("ledger", "init", dir.toString(), "--origin", "deconflict.test/baltic",
                "--party", "monitor:SE:" + monitor, "--party", "party:RU:" + party, "--party", "witness:RU:" + witness);
        assertThat(init.exit()).as(init.err()).isZero();

        // the monitoring node files an incident (the app's pipeline does this through the API)
        NoteKeys.Signer monitorKey = NoteKeys.parseSigner(Files.readString(tmp.resolve("se-monitor.key")));
        try (Ledger ledger = Ledger.open(dir)) {
            Incident i = new Incident("se-1", "airprox", 1_394_000_000_000L, 1_394_000_090_000L,
                    List.of(new Incident.Participant("icao:4ca7b2", "SAS1754", "SE", "aircraft"),
                            new Incident.Participant("icao:155a21", null, "RU", "aircraft")),
                    90, 150.0, List.of(), new Incident.Detector("test", Map.of("horizontalSeparationM", 9260.0)));
            assertThat(ledger.fileIncident(i, monitorKey)).isInstanceOf(Submission.Accepted.class);
        }

        String ruKey = tmp.resolve("ru-mod.key").toString();
        Run dispute = run("ledger", "statement", "0", "--dispute", "our aircraft kept 5 NM", "--key", ruKey, "--party", "ru-mod",
                "--dir", dir.toString());
        assertThat(dispute.exit()).as(dispute.err()).isZero();
        assertThat(dispute.out()).contains("accepted as entry 1");

        Run forFriend = run("ledger", "statement", "0", "--ack", "--key", ruKey, "--party", "se-mod", "--dir", dir.toString());
        assertThat(forFriend.exit()).isEqualTo(1);
        assertThat(forFriend.err()).contains("cannot speak for another");
        Run missing = run("ledger", "statement", "1", "--ack", "--key", ruKey, "--party", "ru-mod", "--dir", dir.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("MISSING_INCIDENT");

        Run show = run("ledger", "show", "1", "--dir", dir.toString());
        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains("\"kind\":\"dispute\"").contains("our aircraft kept 5 NM").contains("leafHash ");

        Run prove = run("ledger", "prove", "0", "--dir", dir.toString());
        assertThat(prove.exit()).as(prove.err()).isZero();
        Map<?, ?> proof = (Map<?, ?>) JsonParser.parse(prove.out().strip());
        assertThat(proof.get("treeSize").toString()).isEqualTo("2");
        assertThat((List<?>) proof.get("proof")).hasSize(1);

        Run consistency = run("ledger", "consistency", "1", "2", "--dir", dir.toString());
        assertThat(consistency.exit()).as(consistency.err()).isZero();
        assertThat(consistency.out()).contains("\"size1\":1").contains("\"size2\":2");

        Run ok = run("ledger", "verify", dir.toString());
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("OK: 2 entries verified");

        Path bundle = dir.resolve("tile/entries/000.p/2");
        byte[] b = Files.readAllBytes(bundle);
        b[b.length - 5] ^= 0x20;
        Files.write(bundle, b);
        Run bad = run("ledger", "verify", dir.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("FAILED at tile/entries/000.p/2").contains("entry 1");
    }

    @Test
    void verifyWithoutALedgerSaysSo() {
        Run r = run("ledger", "verify", tmp.resolve("nothing").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no ledger");
    }
}

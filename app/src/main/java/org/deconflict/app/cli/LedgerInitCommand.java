package org.deconflict.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Parties;
import org.deconflict.ledger.Party;
import org.deconflict.ledger.Role;
import org.deconflict.ledger.note.Ed25519;
import org.deconflict.ledger.note.NoteKeys;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deconflict ledger init}: creates a ledger directory with a fresh log key and its parties. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a ledger: a new log key and the configured parties.")
public final class LedgerInitCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Ledger directory (default: ./data/ledger)")
    Path dir = LedgerCommand.DEFAULT_DIR;

    @Option(names = "--origin", required = true, description = "Checkpoint origin line, e.g. deconflict.example/baltic")
    String origin;

    @Option(names = "--log-name", description = "Name of the log's signing key (default: deconflict-log)")
    String logName = "deconflict-log";

    @Option(names = "--party", paramLabel = "ROLE:NATION:VERIFIER_KEY",
            description = "A party: role (monitor, party, witness), nation (ISO 3166 alpha-2) and its verifier key from 'ledger keygen'")
    List<String> partySpecs = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Party> parties = new ArrayList<>();
        for (String s : partySpecs) {
            String[] f = s.split(":", 3);
            if (f.length != 3) {
                spec.commandLine().getErr().println("ledger init: --party wants ROLE:NATION:VERIFIER_KEY, got " + s);
                return 2;
            }
            NoteKeys.Verifier key = NoteKeys.parseVerifier(f[2]);
            parties.add(new Party(key.name(), key, Role.valueOf(f[0].toUpperCase(Locale.ROOT)), f[1]));
        }
        byte[] seed = Ed25519.randomSeed();
        NoteKeys.Signer logKey = NoteKeys.signerFromSeed(logName, seed);
        Parties config = new Parties(origin, logKey.verifier(), parties);
        try (Ledger ledger = Ledger.create(dir, config, NoteKeys.signerString(logName, seed, logKey.publicKey()))) {
            ledger.publishCheckpoint();
        }
        spec.commandLine().getOut().println("created ledger " + dir + " for " + origin + "; log key " + logKey.verifier().encoded());
        return 0;
    }
}

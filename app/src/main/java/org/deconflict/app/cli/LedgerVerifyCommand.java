package org.deconflict.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Parties;
import org.deconflict.ledger.remote.HttpTileSource;
import org.deconflict.ledger.remote.LogClient;
import org.deconflict.ledger.tiles.DirectoryTileSource;
import org.deconflict.ledger.tiles.LogVerifier;
import org.deconflict.ledger.tiles.TileSource;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deconflict ledger verify [DIR|URL]}: full re-verification; names the first bad file or entry. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-hash every entry and tile, check every signature and the checkpoint chain. Exit 1 on any failure.",
            "A URL (http://host:port or a log root such as http://host:port/ledger/) verifies a log served over HTTP",
            "from its tlog-tiles checkpoint, hash tiles and entry bundles."})
public final class LedgerVerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR|URL", description = "Ledger directory (default: ./data/ledger) or URL")
    String target = LedgerCommand.DEFAULT_DIR.toString();

    @Option(names = "--parties", paramLabel = "FILE",
            description = "Trust configuration to verify against (default: DIR/parties.json; for a URL, the parties it serves)")
    Path parties;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        TileSource source;
        Parties trust;
        if (target.startsWith("http://") || target.startsWith("https://")) {
            URI root;
            try {
                root = LogClient.logRoot(target);
            } catch (IllegalArgumentException e) {
                err.println("ledger verify: " + e.getMessage());
                return 2;
            }
            HttpTileSource http = HttpTileSource.of(root);
            source = http;
            if (parties != null) {
                trust = Parties.load(parties);
            } else {
                try {
                    trust = LogClient.fetchParties(root, LogClient.defaultHttpClient(), Duration.ofSeconds(30));
                } catch (IOException e) {
                    err.println("ledger verify: cannot read the parties of " + root + ": " + e.getMessage());
                    return 2;
                }
                err.println("ledger verify: using the parties served by " + root + " (log key " + trust.logKey().encoded()
                        + "); pass --parties FILE to verify against keys you trust");
            }
        } else {
            Path dir = Path.of(target);
            Path config = parties != null ? parties : dir.resolve(Ledger.PARTIES_FILE);
            if (!Files.isRegularFile(config)) {
                err.println("ledger verify: no ledger at " + dir + " (missing " + config + ")");
                return 2;
            }
            source = new DirectoryTileSource(dir);
            trust = Parties.load(config);
        }
        LogVerifier.Report r;
        try {
            r = Ledger.verify(source, trust);
        } catch (IOException e) {
            err.println("ledger verify: cannot read " + target + ": " + e.getMessage());
            return 2;
        }
        spec.commandLine().getOut().println(r);
        return r.ok() ? 0 : 1;
    }
}

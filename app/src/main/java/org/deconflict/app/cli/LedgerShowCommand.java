package org.deconflict.app.cli;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.Callable;

import org.deconflict.ledger.Ledger;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code deconflict ledger show N}: prints entry N (canonical JSON) and its leaf hash. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print entry N as stored (canonical JSON) and its leaf hash.")
public final class LedgerShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "N", description = "Entry index")
    String index;

    @Mixin
    LedgerDirOption dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long n = Long.parseUnsignedLong(index);
        try (Ledger ledger = Ledger.open(dir.dir)) {
            if (Long.compareUnsigned(n, ledger.size()) >= 0) {
                spec.commandLine().getErr().println("ledger show: no entry " + index + " (the log holds " + ledger.size() + ")");
                return 1;
            }
            spec.commandLine().getOut().println(new String(ledger.entry(n), StandardCharsets.UTF_8));
            spec.commandLine().getOut().println("leafHash " + Base64.getEncoder().encodeToString(ledger.leafHash(n)));
        }
        return 0;
    }
}

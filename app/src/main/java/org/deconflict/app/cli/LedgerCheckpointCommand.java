package org.deconflict.app.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.deconflict.ledger.Ledger;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code deconflict ledger checkpoint}: signs and publishes a checkpoint of everything durable, prints it. */
@Command(name = "checkpoint", mixinStandardHelpOptions = true, description = "Publish a signed checkpoint of the log and print it.")
public final class LedgerCheckpointCommand implements Callable<Integer> {

    @Mixin
    LedgerDirOption dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Ledger ledger = Ledger.open(dir.dir)) {
            spec.commandLine().getOut().print(new String(ledger.publishCheckpoint().encode(), StandardCharsets.UTF_8));
        }
        return 0;
    }
}

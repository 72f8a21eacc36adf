package org.deconflict.app.cli;

import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code deconflict ledger}: the signed incident ledger — create, verify, inspect, prove, answer incidents. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "The signed, append-only incident ledger (RFC 9162 Merkle log in C2SP tlog-tiles layout).",
        subcommands = {
            LedgerInitCommand.class,
            LedgerKeygenCommand.class,
            LedgerVerifyCommand.class,
            LedgerShowCommand.class,
            LedgerProveCommand.class,
            LedgerConsistencyCommand.class,
            LedgerStatementCommand.class,
            LedgerCheckpointCommand.class,
            LedgerServeCommand.class
        })
public final class LedgerCommand implements Runnable {

    /** Where the ledger lives when no directory is given. */
    static final Path DEFAULT_DIR = Path.of("data", "ledger");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}

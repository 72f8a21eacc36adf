package org.deconflict.app.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --dir} option shared by ledger subcommands. */
public final class LedgerDirOption {

    @Option(names = "--dir", paramLabel = "DIR", description = "Ledger directory (default: ./data/ledger)")
    Path dir = LedgerCommand.DEFAULT_DIR;
}

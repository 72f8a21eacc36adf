package org.deconflict.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code deconflict} command line: one subcommand per job, {@code --help} on each. */
@Command(name = "deconflict",
        mixinStandardHelpOptions = true,
        version = "deconflict 0.1.0",
        description = "Decodes Mode S / ADS-B and AIS, tracks every target, finds dangerous encounters and dark flights.",
        subcommands = {
            DemoCommand.class,
            RunCommand.class,
            ReplayCommand.class,
            IncidentsCommand.class,
            TrackCommand.class,
            ComplianceCommand.class,
            ConfigCommand.class,
            DecodeCommand.class,
            SimulateCommand.class,
            LedgerCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** Builds the command line (tests use this to run commands in-process). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}

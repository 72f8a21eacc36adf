package org.deconflict.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Statement;
import org.deconflict.ledger.Submission;
import org.deconflict.ledger.note.NoteKeys;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deconflict ledger statement INCIDENT --ack|--dispute TEXT|--comment TEXT|--evidence FILE --key FILE --party NAME}. */
@Command(name = "statement", mixinStandardHelpOptions = true,
        description = "Sign a statement about incident INCIDENT (its log index) with your key and submit it.")
public final class LedgerStatementCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INCIDENT", description = "Log index of the incident")
    String incident;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--ack", description = "Acknowledge the incident")
        boolean ack;

        @Option(names = "--dispute", paramLabel = "TEXT", description = "Dispute it, giving your own account")
        String dispute;

        @Option(names = "--comment", paramLabel = "TEXT", description = "Comment on it")
        String comment;

        @Option(names = "--evidence", paramLabel = "FILE", description = "Attach the SHA-256 of an evidence file")
        Path evidence;
    }

    @Option(names = "--text", description = "Text to go with --ack or --evidence")
    String text;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "Your private signer key (from 'ledger keygen')")
    Path keyFile;

    @Option(names = "--party", required = true, paramLabel = "NAME", description = "The party you speak for (must be your key's name)")
    String party;

    @Mixin
    LedgerDirOption dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NoteKeys.Signer key = NoteKeys.parseSigner(Files.readString(keyFile));
        if (!key.name().equals(party)) {
            spec.commandLine().getErr().println("ledger statement: the key in " + keyFile + " belongs to '" + key.name()
                    + "', not '" + party + "': a party cannot speak for another");
            return 1;
        }
        long index = Long.parseUnsignedLong(incident);
        try (Ledger ledger = Ledger.open(dir.dir)) {
            if (Long.compareUnsigned(index, ledger.size()) >= 0) {
                spec.commandLine().getErr().println("ledger statement: rejected MISSING_INCIDENT: no entry " + incident);
                return 1;
            }
            Statement.Kind kind;
            String body = text;
            byte[] dataHash = null;
            if (what.ack) {
                kind = Statement.Kind.ACKNOWLEDGE;
            } else if (what.dispute != null) {
                kind = Statement.Kind.DISPUTE;
                body = what.dispute;
            } else if (what.comment != null) {
                kind = Statement.Kind.COMMENT;
                body = what.comment;
            } else {
                kind = Statement.Kind.EVIDENCE;
                dataHash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(what.evidence));
            }
            Statement s = new Statement(kind, index, ledger.leafHash(index), body, dataHash, Instant.now().toEpochMilli());
            Submission result = ledger.submitStatement(s, key);
            if (result instanceof Submission.Accepted a) {
                ledger.publishCheckpoint();
                spec.commandLine().getOut().println("accepted as entry " + Long.toUnsignedString(a.index()));
                return 0;
            }
            Submission.Rejected r = (Submission.Rejected) result;
            spec.commandLine().getErr().println("ledger statement: rejected " + r.reason() + ": " + r.detail());
            return 1;
        }
    }
}

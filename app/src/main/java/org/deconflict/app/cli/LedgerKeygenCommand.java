package org.deconflict.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;

import org.deconflict.ledger.note.Ed25519;
import org.deconflict.ledger.note.NoteKeys;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code deconflict ledger keygen}: a new Ed25519 signed-note key pair for a party. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Generate an Ed25519 key: writes the private signer key to a file, prints the verifier key.")
public final class LedgerKeygenCommand implements Callable<Integer> {

    @Option(names = "--name", required = true, description = "Key (party) name: no spaces, no '+'")
    String name;

    @Option(names = "--out", paramLabel = "FILE", description = "Private key file (default: NAME.key); must not exist")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!NoteKeys.validName(name)) {
            spec.commandLine().getErr().println("ledger keygen: invalid key name '" + name + "'");
            return 2;
        }
        Path file = out != null ? out : Path.of(name + ".key");
        byte[] seed = Ed25519.randomSeed();
        NoteKeys.Signer signer = NoteKeys.signerFromSeed(name, seed);
        byte[] text = (NoteKeys.signerString(name, seed, signer.publicKey()) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            spec.commandLine().getErr().println("ledger keygen: cannot restrict permissions of " + file + " on this file system");
        }
        spec.commandLine().getOut().println(signer.verifier().encoded());
        return 0;
    }
}

package org.deconflict.app.pipeline.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.Parties;
import org.deconflict.ledger.Party;
import org.deconflict.ledger.Role;
import org.deconflict.ledger.note.Ed25519;
import org.deconflict.ledger.note.NoteKeys;

/**
 * A node's own ledger and the key it files with. On first use in an empty directory it creates both: the log's signer
 * key in {@code DIR/log.key} and the node's monitor key in {@code DIR/node.key} (signed-note private key strings,
 * permissions 600), and a {@code parties.json} naming the node as the only monitor. Later runs open them again.
 */
public record NodeLedger(Ledger ledger, NoteKeys.Signer nodeKey, boolean created) {

    /** The node's private monitor key inside the ledger directory. */
    public static final String NODE_KEY_FILE = "node.key";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /**
     * Opens the ledger in {@code dir} with its {@code node.key}, or creates both when {@code dir} holds no ledger.
     * {@code nodeName} (a signed-note key name) and {@code nation} (ISO 3166-1 alpha-2) are used only when creating;
     * an existing ledger must list its node key as a monitor.
     */
    public static NodeLedger openOrCreate(Path dir, String nodeName, String nation) throws IOException {
        if (Files.exists(dir.resolve(Ledger.PARTIES_FILE))) {
            return open(dir);
        }
        if (!NoteKeys.validName(nodeName) || !NoteKeys.validName(nodeName + "-log")) {
            throw new IOException("node name '" + nodeName + "' is not a valid key name (no spaces, no '+')");
        }
        Files.createDirectories(dir);
        byte[] nodeSeed = Ed25519.randomSeed();
        NoteKeys.Signer node = NoteKeys.signerFromSeed(nodeName, nodeSeed);
        writePrivate(dir.resolve(NODE_KEY_FILE), NoteKeys.signerString(nodeName, nodeSeed, node.publicKey()));
        String logName = nodeName + "-log";
        byte[] logSeed = Ed25519.randomSeed();
        NoteKeys.Signer log = NoteKeys.signerFromSeed(logName, logSeed);
        Parties parties = new Parties("deconflict/" + nodeName, log.verifier(),
                List.of(new Party(nodeName, node.verifier(), Role.MONITOR, nation)));
        Ledger ledger = Ledger.create(dir, parties, NoteKeys.signerString(logName, logSeed, log.publicKey()));
        try {
            restrict(dir.resolve(Ledger.LOG_KEY_FILE));
            ledger.publishCheckpoint();
        } catch (IOException | RuntimeException e) {
            ledger.close();
            throw e;
        }
        return new NodeLedger(ledger, node, true);
    }

    /** Opens an existing ledger and its {@code node.key}; fails unless the key is a configured monitor of that ledger. */
    public static NodeLedger open(Path dir) throws IOException {
        Path keyFile = dir.resolve(NODE_KEY_FILE);
        if (!Files.exists(keyFile)) {
            throw new IOException(dir + " holds a ledger but no " + NODE_KEY_FILE
                    + ": put this node's monitor signer key there (see 'deconflict ledger keygen')");
        }
        NoteKeys.Signer node;
        try {
            node = NoteKeys.parseSigner(Files.readString(keyFile, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(keyFile + ": " + e.getMessage(), e);
        }
        Ledger ledger = Ledger.open(dir);
        Party p = ledger.parties().find(node.name()).orElse(null);
        if (p == null || p.role() != Role.MONITOR || !p.key().encoded().equals(node.verifier().encoded())) {
            ledger.close();
            throw new IOException(keyFile + " (" + node.name() + ") is not a monitor of the ledger in " + dir);
        }
        return new NodeLedger(ledger, node, false);
    }

    /** Creates {@code file} readable by its owner only, then writes {@code key} and a newline into it. */
    private static void writePrivate(Path file, String key) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system: the directory's own protection applies
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap((key + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }
}

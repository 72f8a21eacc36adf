package org.deconflict.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.deconflict.ledger.merkle.ProofVerifier;
import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.ledger.note.SignedNote;
import org.deconflict.ledger.tiles.Durable;

/**
 * Another party's witness node: it remembers the last checkpoint it cosigned for one log, accepts a new checkpoint only
 * with a valid log signature and an RFC 9162 consistency proof from that one, and then cosigns it with a plain Ed25519
 * signed-note signature (C2SP signed-note, algorithm 0x01 — not the timestamped tlog-cosignature/v1 form).
 * State ({@code size}, {@code root}) is made durable before a cosignature is returned, so a witness never signs a fork.
 */
public final class Witness {

    /** Result of a cosigning request. */
    public sealed interface Result {
        record Cosigned(SignedNote.NoteSignature signature) implements Result {
        }

        record Refused(Reason reason, String detail) implements Result {
        }
    }

    /** Why a witness refuses to cosign. */
    public enum Reason { MALFORMED, BAD_LOG_SIGNATURE, WRONG_ORIGIN, OLD_SIZE_MISMATCH, ROLLBACK, INCONSISTENT }

    private final NoteKeys.Signer key;
    private final NoteKeys.Verifier logKey;
    private final String origin;
    private final Path stateFile;
    private long lastSize;
    private byte[] lastRoot;

    /** Opens a witness whose state lives in {@code stateFile} (created on first cosignature). */
    public Witness(NoteKeys.Signer key, NoteKeys.Verifier logKey, String origin, Path stateFile) throws IOException {
        this.key = key;
        this.logKey = logKey;
        this.origin = origin;
        this.stateFile = stateFile;
        if (Files.exists(stateFile)) {
            String[] lines = Files.readString(stateFile).split("\n");
            lastSize = Long.parseUnsignedLong(lines[0]);
            lastRoot = Base64.getDecoder().decode(lines[1]);
        }
    }

    /** Size of the last checkpoint this witness cosigned (0 before the first). */
    public synchronized long lastSize() {
        return lastSize;
    }

    /**
     * Cosigns {@code signedCheckpoint} if it extends the last cosigned checkpoint of size {@code oldSize}
     * ({@code proof} is the consistency proof from oldSize to the new size; empty when oldSize is 0 or equal).
     */
    public synchronized Result cosign(long oldSize, List<byte[]> proof, byte[] signedCheckpoint) throws IOException {
        SignedNote note;
        Checkpoint cp;
        try {
            note = SignedNote.parse(signedCheckpoint);
            cp = Checkpoint.parse(note.text());
        } catch (SignedNote.MalformedNoteException e) {
            return new Result.Refused(Reason.MALFORMED, e.getMessage());
        }
        if (note.verifiedBy(logKey).isEmpty()) {
            return new Result.Refused(Reason.BAD_LOG_SIGNATURE, "checkpoint is not signed by " + logKey.name());
        }
        if (!cp.origin().equals(origin)) {
            return new Result.Refused(Reason.WRONG_ORIGIN, "origin " + cp.origin());
        }
        if (oldSize != lastSize) {
            return new Result.Refused(Reason.OLD_SIZE_MISMATCH, "witness last saw size " + Long.toUnsignedString(lastSize));
        }
        if (Long.compareUnsigned(cp.size(), lastSize) < 0) {
            return new Result.Refused(Reason.ROLLBACK, "size " + cp.size() + " is below " + lastSize);
        }
        if (lastSize != 0) {
            ProofVerifier.Failure f = ProofVerifier.verifyConsistency(lastSize, cp.size(), lastRoot, cp.root(), proof);
            if (f != ProofVerifier.Failure.OK) {
                return new Result.Refused(Reason.INCONSISTENT, "consistency proof from " + lastSize + " failed: " + f);
            }
        }
        Durable.replace(stateFile, (Long.toUnsignedString(cp.size()) + "\n" + Base64.getEncoder().encodeToString(cp.root()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        lastSize = cp.size();
        lastRoot = cp.root();
        return new Result.Cosigned(SignedNote.sign(note.text(), key).signatures().get(0));
    }
}

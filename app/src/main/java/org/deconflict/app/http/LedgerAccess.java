package org.deconflict.app.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.deconflict.ledger.FiledIncident;
import org.deconflict.ledger.Ledger;
import org.deconflict.ledger.SignedEntry;
import org.deconflict.ledger.Submission;
import org.deconflict.ledger.merkle.ProofVerifier;
import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.SignedNote;

/**
 * What the web server needs from an incident {@link Ledger}: its C2SP tlog-tiles resources, the entry that filed an
 * incident with its inclusion proof checked against the current root, the parties' statements about it, and
 * submission of signed statements (the ledger's own rules reject unknown or forged signers). Thread-safe.
 */
public final class LedgerAccess {

    /** tlog-tiles resource paths: {@code tile/<L>/<N>[.p/<W>]} and {@code tile/entries/<N>[.p/<W>]} (C2SP tlog-tiles). */
    private static final Pattern TILE_PATH =
            Pattern.compile("tile/(entries|[0-9]{1,2})/(x[0-9]{3}/)*[0-9]{3}(\\.p/[0-9]{1,3})?");

    private final Ledger ledger;
    private final List<Decoded> statements = new ArrayList<>();
    private long scanned;

    public LedgerAccess(Ledger ledger) {
        this.ledger = ledger;
    }

    /** A statement entry decoded from the log. */
    record Decoded(long index, SignedEntry entry) {
    }

    /** The incident's filing, its inclusion proof state and every statement about it. */
    record IncidentStatus(FiledIncident filed, long treeSize, boolean inclusionVerified, List<Decoded> statements) {
    }

    /** Signed checkpoint note of everything durable, publishing a fresh one when the log grew since the last. */
    byte[] checkpoint() throws IOException {
        Optional<SignedNote> latest = ledger.latestCheckpoint();
        long size = ledger.size();
        if (latest.isEmpty() || checkpointSize(latest.get()) != size) {
            return ledger.publishCheckpoint().encode();
        }
        return latest.get().encode();
    }

    /**
     * A signed checkpoint whose tree holds entry {@code index} (durable): the latest one when it already does, else a
     * fresh one. Callers waiting on the same batch share one signature and one fsync.
     */
    synchronized SignedNote checkpointCovering(long index) throws IOException {
        Optional<SignedNote> latest = ledger.latestCheckpoint();
        if (latest.isPresent() && Long.compareUnsigned(index, checkpointSize(latest.get())) < 0) {
            return latest.get();
        }
        return ledger.publishCheckpoint();
    }

    /** The entry's index when the log already holds exactly these bytes (a retried submission), else empty. */
    Optional<Long> indexOf(byte[] entry) throws IOException {
        return ledger.indexOf(entry);
    }

    /** The trust configuration: origin, log key and every party's public key (nothing secret). */
    byte[] parties() {
        return ledger.parties().toJsonBytes();
    }

    static long checkpointSize(SignedNote note) throws IOException {
        try {
            return Checkpoint.parse(note.text()).size();
        } catch (SignedNote.MalformedNoteException e) {
            throw new IOException("stored checkpoint is malformed: " + e.getMessage(), e);
        }
    }

    /** A tile or entry bundle by its tlog-tiles path, or null when the path is not one or the resource is absent. */
    byte[] tile(String path) throws IOException {
        if (!TILE_PATH.matcher(path).matches()) {
            return null;
        }
        return ledger.tiles().read(path);
    }

    /** Whether {@code path} has the tlog-tiles shape at all (so a miss is a 404, a bad shape a 400). */
    static boolean isTilePath(String path) {
        return TILE_PATH.matcher(path).matches();
    }

    /** The filing of incident {@code id} with its statements, or empty when the ledger holds no such incident. */
    synchronized Optional<IncidentStatus> status(String id) throws IOException {
        FiledIncident filed = null;
        for (FiledIncident f : ledger.incidents()) {
            if (f.incident().id().equals(id)) {
                filed = f;
                break;
            }
        }
        if (filed == null) {
            return Optional.empty();
        }
        long size = ledger.size();
        scan(size);
        boolean verified = ProofVerifier.verifyInclusion(filed.index(), size, filed.leafHash(),
                ledger.inclusionProof(filed.index(), size), ledger.root(size)) == ProofVerifier.Failure.OK;
        long index = filed.index();
        List<Decoded> mine = statements.stream().filter(d -> d.entry().statement().incidentIndex() == index).toList();
        return Optional.of(new IncidentStatus(filed, size, verified, mine));
    }

    /** Number of durable entries. */
    long size() {
        return ledger.size();
    }

    /** RFC 9162 §2.1.3 inclusion proof of entry {@code index} in the tree of {@code size} entries. */
    List<byte[]> inclusionProof(long index, long size) throws IOException {
        return ledger.inclusionProof(index, size);
    }

    /** RFC 9162 §2.1.4 consistency proof between trees of {@code size1} and {@code size2} entries. */
    List<byte[]> consistencyProof(long size1, long size2) throws IOException {
        return ledger.consistencyProof(size1, size2);
    }

    /** Submits signed entry bytes and waits until they are durable or refused. */
    Submission submit(byte[] entry) {
        return ledger.submit(entry);
    }

    /** Decodes statements appended since the last scan. */
    private void scan(long size) throws IOException {
        for (; scanned < size; scanned++) {
            SignedEntry e = SignedEntry.decode(ledger.entry(scanned));
            if (!e.isIncident()) {
                statements.add(new Decoded(scanned, e));
            }
        }
    }
}

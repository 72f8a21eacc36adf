package org.deconflict.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.deconflict.ledger.merkle.Rfc9162;
import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.ledger.note.SignedNote;
import org.deconflict.ledger.tiles.DirectoryTileSource;
import org.deconflict.ledger.tiles.Durable;
import org.deconflict.ledger.tiles.LogVerifier;
import org.deconflict.ledger.tiles.TileLog;
import org.deconflict.ledger.tiles.TileSource;

/**
 * The incident ledger of one node: a {@link TileLog} of signed entries admitted by the ledger's rules, checkpoints signed
 * by the log key (kept in {@code history/}), and witness cosignatures. Directory layout: {@code parties.json},
 * {@code log.key} (the log's signer key), {@code checkpoint}, {@code history/<size>}, {@code tile/...}, {@code journal/}.
 */
public final class Ledger implements AutoCloseable {

    public static final String PARTIES_FILE = "parties.json";
    public static final String LOG_KEY_FILE = "log.key";

    private final Path dir;
    private final Parties parties;
    private final NoteKeys.Signer logKey;
    private final TileLog log;
    private final EntryRules rules;
    private final Object publishLock = new Object();

    private Ledger(Path dir, Parties parties, NoteKeys.Signer logKey) throws IOException {
        if (!logKey.verifier().encoded().equals(parties.logKey().encoded())) {
            throw new IOException("log.key does not match the log key in " + PARTIES_FILE);
        }
        this.dir = dir;
        this.parties = parties;
        this.logKey = logKey;
        this.log = TileLog.open(dir);
        this.rules = new EntryRules(parties);
        Rfc9162 h = new Rfc9162();
        long n = log.size();
        for (long i = 0; i < n; i++) {
            byte[] e = log.entry(i);
            SignedEntry decoded;
            try {
                decoded = SignedEntry.decode(e);
            } catch (RuntimeException ex) {
                log.close();
                throw new IOException("entry " + i + " of " + dir + " is not a valid entry: " + ex.getMessage(), ex);
            }
            rules.accepted(i, h.leaf(e), decoded);
        }
    }

    /** Creates a new ledger directory with its parties configuration and log signer key (written with the key's seed). */
    public static Ledger create(Path dir, Parties parties, String logSignerKey) throws IOException {
        Files.createDirectories(dir);
        if (Files.exists(dir.resolve(PARTIES_FILE)) || Files.exists(dir.resolve("journal"))) {
            throw new IOException(dir + " already holds a ledger");
        }
        NoteKeys.Signer signer = NoteKeys.parseSigner(logSignerKey);
        parties.save(dir.resolve(PARTIES_FILE));
        Durable.replace(dir.resolve(LOG_KEY_FILE), (logSignerKey.strip() + "\n").getBytes(StandardCharsets.UTF_8));
        return new Ledger(dir, parties, signer);
    }

    /** Opens an existing ledger directory, recovering its log from any crash. */
    public static Ledger open(Path dir) throws IOException {
        Parties parties = Parties.load(dir.resolve(PARTIES_FILE));
        NoteKeys.Signer signer = NoteKeys.parseSigner(Files.readString(dir.resolve(LOG_KEY_FILE)));
        return new Ledger(dir, parties, signer);
    }

    public Parties parties() {
        return parties;
    }

    public Path directory() {
        return dir;
    }

    /** Number of durable entries. */
    public long size() {
        return log.size();
    }

    /** Submits signed entry bytes; the future completes once the entry is durable (accepted) or refused (rejected). */
    public CompletableFuture<Submission> submitAsync(byte[] entry) {
        SignedEntry[] decoded = new SignedEntry[1];
        CompletableFuture<Long> appended;
        EntryRules.Prechecked checked = EntryRules.precheck(parties, entry); // the signature, outside the lock
        synchronized (rules) {
            Submission.Rejected rejected = rules.admit(checked, decoded);
            if (rejected != null) {
                return CompletableFuture.completedFuture(rejected);
            }
            rules.reserve(decoded[0]);
            appended = log.appendAsync(entry);
        }
        return appended.handle((index, err) -> {
            synchronized (rules) {
                if (err != null) {
                    rules.release(decoded[0]);
                    return new Submission.Rejected(Rejection.STORAGE_FAILED, String.valueOf(err.getMessage()));
                }
                byte[] leaf = new Rfc9162().leaf(entry);
                rules.accepted(index, leaf, decoded[0]);
                return new Submission.Accepted(index, leaf);
            }
        });
    }

    /** Submits and waits until the entry is durable or refused. */
    public Submission submit(byte[] entry) {
        return submitAsync(entry).join();
    }

    /** Signs {@code incident} as monitor {@code signer} and submits it. */
    public Submission fileIncident(Incident incident, NoteKeys.Signer signer) {
        return submit(SignedEntry.incident(incident, signer));
    }

    /** Signs {@code statement} as party {@code signer} and submits it. */
    public Submission submitStatement(Statement statement, NoteKeys.Signer signer) {
        return submit(SignedEntry.statement(statement, signer));
    }

    /** The entry bytes at {@code index}. */
    public byte[] entry(long index) throws IOException {
        return log.entry(index);
    }

    /** RFC 9162 leaf hash of entry {@code index} (what statements quote as {@code incidentHash}). */
    public byte[] leafHash(long index) throws IOException {
        return log.leafHash(index);
    }

    /**
     * The index of a durable entry with exactly these bytes, if the log holds one: lets a submitter that retries after
     * a lost answer learn where its entry went (the retry itself is refused as {@link Rejection#REPLAYED}).
     */
    public Optional<Long> indexOf(byte[] entry) throws IOException {
        SignedEntry decoded;
        try {
            decoded = SignedEntry.decode(entry);
        } catch (RuntimeException notAnEntry) {
            return Optional.empty();
        }
        long index;
        synchronized (rules) {
            index = rules.indexOfNonce(decoded);
        }
        if (index < 0 || !java.util.Arrays.equals(log.entry(index), entry)) {
            return Optional.empty();
        }
        return Optional.of(index);
    }

    /** Incidents accepted so far, in log order, with their filer. */
    public List<FiledIncident> incidents() {
        List<FiledIncident> out = new ArrayList<>();
        synchronized (rules) {
            for (EntryRules.Filed f : rules.incidents()) {
                out.add(new FiledIncident(parties.origin(), f.index(), f.leafHash(), f.filer().name(), f.filer().nation(), f.incident()));
            }
        }
        return out;
    }

    /**
     * Signs and publishes a checkpoint of everything durable now: tiles for that size are made durable first, then
     * {@code history/<size>} and {@code checkpoint} are replaced atomically.
     */
    public SignedNote publishCheckpoint() throws IOException {
        synchronized (publishLock) {
            long size = log.size();
            log.persistTilesFor(size);
            Checkpoint cp = new Checkpoint(parties.origin(), size, log.root(size));
            SignedNote note = SignedNote.sign(cp.text(), logKey);
            Optional<SignedNote> existing = historic(size);
            if (existing.isPresent() && existing.get().text().equals(note.text())) {
                note = existing.get(); // keep cosignatures already gathered for this size
            }
            if (!Files.isDirectory(dir.resolve("history"))) {
                Files.createDirectories(dir.resolve("history"));
                Durable.forceDirectory(dir);
            }
            Durable.replace(dir.resolve("history").resolve(Long.toUnsignedString(size)), note.encode());
            Durable.replace(dir.resolve("checkpoint"), note.encode());
            return note;
        }
    }

    /** The latest published checkpoint, if any. */
    public Optional<SignedNote> latestCheckpoint() throws IOException {
        return readNote(dir.resolve("checkpoint"));
    }

    /** The checkpoint published at {@code size} (with its cosignatures), if any. */
    public Optional<SignedNote> historic(long size) throws IOException {
        return readNote(dir.resolve("history").resolve(Long.toUnsignedString(size)));
    }

    private static Optional<SignedNote> readNote(Path p) throws IOException {
        if (!Files.exists(p)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SignedNote.parse(Files.readAllBytes(p)));
        } catch (SignedNote.MalformedNoteException e) {
            throw new IOException(p + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds a witness cosignature to the checkpoint kept for {@code size}; returns false (and stores nothing) unless it
     * is a valid signature by a configured witness over exactly that checkpoint.
     */
    public boolean addCosignature(long size, SignedNote.NoteSignature cosignature) throws IOException {
        synchronized (publishLock) {
            Optional<SignedNote> kept = historic(size);
            Party witness = parties.find(cosignature.name()).filter(p -> p.role() == Role.WITNESS).orElse(null);
            if (kept.isEmpty() || witness == null) {
                return false;
            }
            SignedNote note = kept.get();
            if (note.verifiedBy(witness.key()).isPresent()) {
                return true;
            }
            SignedNote with = note.with(cosignature);
            if (new SignedNote(note.text(), List.of(cosignature)).verifiedBy(witness.key()).isEmpty()) {
                return false;
            }
            Durable.replace(dir.resolve("history").resolve(Long.toUnsignedString(size)), with.encode());
            Optional<SignedNote> latest = latestCheckpoint();
            if (latest.isPresent() && latest.get().text().equals(note.text())) {
                Durable.replace(dir.resolve("checkpoint"), with.encode());
            }
            return true;
        }
    }

    /** Asks {@code witness} to cosign the latest checkpoint (with a consistency proof from what it saw last) and stores the result. */
    public Witness.Result requestCosignature(Witness witness) throws IOException {
        SignedNote latest = latestCheckpoint().orElseThrow(() -> new IOException("no checkpoint published yet"));
        Checkpoint cp;
        try {
            cp = Checkpoint.parse(latest.text());
        } catch (SignedNote.MalformedNoteException e) {
            throw new IOException(e);
        }
        long seen = witness.lastSize();
        List<byte[]> proof = seen == 0 || Long.compareUnsigned(seen, cp.size()) > 0 ? List.of() : log.consistencyProof(seen, cp.size());
        Witness.Result r = witness.cosign(seen, proof, latest.encode());
        if (r instanceof Witness.Result.Cosigned c && !addCosignature(cp.size(), c.signature())) {
            throw new IOException("witness " + c.signature().name() + " returned a cosignature that does not verify");
        }
        return r;
    }

    /** True when every configured witness has cosigned the checkpoint kept for {@code size}. */
    public boolean isAgreed(long size) throws IOException {
        Optional<SignedNote> kept = historic(size);
        if (kept.isEmpty()) {
            return false;
        }
        for (Party w : parties.witnesses()) {
            if (kept.get().verifiedBy(w.key()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** RFC 9162 inclusion proof of {@code index} in the tree of {@code treeSize} (≤ {@link #size()}). */
    public List<byte[]> inclusionProof(long index, long treeSize) throws IOException {
        return log.inclusionProof(index, treeSize);
    }

    /** RFC 9162 consistency proof from {@code size1} to {@code size2}. */
    public List<byte[]> consistencyProof(long size1, long size2) throws IOException {
        return log.consistencyProof(size1, size2);
    }

    /** Root hash of the tree of {@code treeSize} entries. */
    public byte[] root(long treeSize) throws IOException {
        return log.root(treeSize);
    }

    /** The published tiles, bundles and checkpoints, for serving over HTTP. */
    public TileSource tiles() {
        return new DirectoryTileSource(dir);
    }

    /**
     * Full re-verification of the published log in {@code source} against the trust configuration {@code parties}, the
     * entries' signatures checked on every core; see {@link #verify(TileSource, Parties, int)}.
     */
    public static LogVerifier.Report verify(TileSource source, Parties parties) throws IOException {
        return verify(source, parties, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Full re-verification with {@code threads} threads for the order-independent entry checks (shape, signer,
     * Ed25519 signature: the costly part), one entry bundle at a time; the
     * rules that depend on log order then run on the calling thread in index order, so the report names the same
     * first bad entry whatever the thread count.
     */
    public static LogVerifier.Report verify(TileSource source, Parties parties, int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        try {
            List<NoteKeys.Verifier> witnesses = parties.witnesses().stream().map(Party::key).toList();
            return new LogVerifier(source, parties.logKey(), parties.origin(), witnesses, new SemanticChecker(parties, pool)).verify();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** The admission rules replayed over a whole log; each bundle's signatures are checked at once on {@code pool}. */
    private static final class SemanticChecker implements LogVerifier.EntryChecker {
        private final Parties parties;
        private final ForkJoinPool pool;
        private final EntryRules rules;
        private final Rfc9162 hasher = new Rfc9162();
        private EntryRules.Prechecked[] prepared = new EntryRules.Prechecked[0];
        private long preparedFrom;

        SemanticChecker(Parties parties, ForkJoinPool pool) {
            this.parties = parties;
            this.pool = pool;
            this.rules = new EntryRules(parties);
        }

        @Override
        public void prepare(long firstIndex, List<byte[]> entries) {
            EntryRules.Prechecked[] out = new EntryRules.Prechecked[entries.size()];
            if (pool == null) {
                for (int i = 0; i < out.length; i++) {
                    out[i] = EntryRules.precheck(parties, entries.get(i));
                }
            } else {
                pool.submit(() -> IntStream.range(0, out.length).parallel()
                        .forEach(i -> out[i] = EntryRules.precheck(parties, entries.get(i)))).join();
            }
            prepared = out;
            preparedFrom = firstIndex;
        }

        @Override
        public String check(long index, byte[] entry) {
            long slot = index - preparedFrom;
            EntryRules.Prechecked p = slot >= 0 && slot < prepared.length ? prepared[(int) slot] : EntryRules.precheck(parties, entry);
            SignedEntry[] out = new SignedEntry[1];
            Submission.Rejected r = rules.admit(p, out);
            if (r != null) {
                return r.reason() + ": " + r.detail();
            }
            rules.accepted(index, hasher.leaf(entry), out[0]);
            return null;
        }
    }

    /** {@link #verify(TileSource, Parties)} of a ledger directory with its own {@code parties.json}. */
    public static LogVerifier.Report verify(Path dir) throws IOException {
        return verify(new DirectoryTileSource(dir), Parties.load(dir.resolve(PARTIES_FILE)));
    }

    @Override
    public void close() throws IOException {
        log.close();
    }
}

package org.deconflict.ledger.tiles;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.deconflict.ledger.merkle.Rfc9162;
import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.ledger.note.SignedNote;

/**
 * Re-verifies a whole tiled log from a {@link TileSource}: the checkpoint signature, every entry re-hashed, every hash
 * tile, every checkpoint kept in {@code history/} (signatures and roots), and whatever the {@link EntryChecker} says about
 * each entry. On failure it names the first bad file (or entry); when entries and tiles disagree, the signed root decides
 * which of the two was altered.
 */
public final class LogVerifier {

    /** Checks the meaning of one entry (signatures, references); returns null when fine, else the reason. */
    @FunctionalInterface
    public interface EntryChecker {
        String check(long index, byte[] entry);

        /**
         * Called with each entry bundle's entries (the first at {@code firstIndex}) before they are checked one by one
         * in log order: lets a checker do the order-independent work for the whole bundle at once, e.g. in parallel.
         */
        default void prepare(long firstIndex, List<byte[]> entries) {
        }
    }

    /** Outcome: {@code ok}, the verified size, and on failure the bad file path, the entry index (or -1) and the reason. */
    public record Report(boolean ok, long size, String path, long entryIndex, String reason) {
        static Report bad(String path, long index, String reason) {
            return new Report(false, -1, path, index, reason);
        }

        @Override
        public String toString() {
            if (ok) {
                return "OK: " + Long.toUnsignedString(size) + " entries verified";
            }
            return "FAILED at " + path + (entryIndex >= 0 ? " (entry " + Long.toUnsignedString(entryIndex) + ")" : "") + ": " + reason;
        }
    }

    private static final int W = TilePath.TILE_WIDTH;
    private static final int H = Rfc9162.HASH_BYTES;

    private final TileSource source;
    private final NoteKeys.Verifier logKey;
    private final String origin;
    private final List<NoteKeys.Verifier> cosigners;
    private final EntryChecker checker;

    /**
     * @param origin    expected checkpoint origin line (null: accept the one found)
     * @param cosigners witnesses allowed to cosign; every signature line must verify as the log's or one of theirs
     * @param checker   per-entry check (null: structure only)
     */
    public LogVerifier(TileSource source, NoteKeys.Verifier logKey, String origin, List<NoteKeys.Verifier> cosigners,
            EntryChecker checker) {
        this.source = source;
        this.logKey = logKey;
        this.origin = origin;
        this.cosigners = List.copyOf(cosigners);
        this.checker = checker;
    }

    public Report verify() throws IOException {
        Object cp = readCheckpoint("checkpoint", source.checkpoint());
        if (cp instanceof Report r) {
            return r;
        }
        Checkpoint head = (Checkpoint) cp;
        long size = head.size();
        Map<Long, byte[]> historic = new TreeMap<>(Long::compareUnsigned);
        for (long s : source.historySizes()) {
            String path = "history/" + Long.toUnsignedString(s);
            Object h = readCheckpoint(path, source.historicCheckpoint(s));
            if (h instanceof Report r) {
                return r;
            }
            Checkpoint c = (Checkpoint) h;
            if (c.size() != s) {
                return Report.bad(path, -1, "file name says size " + Long.toUnsignedString(s) + " but the checkpoint says " + Long.toUnsignedString(c.size()));
            }
            if (Long.compareUnsigned(s, size) > 0) {
                return Report.bad(path, -1, "kept checkpoint is larger than the latest checkpoint");
            }
            historic.put(s, c.root());
        }
        byte[] sameSize = historic.get(size);
        if (sameSize != null && !Arrays.equals(sameSize, head.root())) {
            return Report.bad("checkpoint", -1, "root differs from history/" + Long.toUnsignedString(size) + " for the same size: the log forked");
        }
        byte[] emptyAtZero = historic.get(0L);
        if (emptyAtZero != null && !Arrays.equals(emptyAtZero, new Rfc9162().emptyRoot())) {
            return Report.bad("history/0", -1, "root of the empty log is not SHA-256 of nothing");
        }
        Pass pass = new Pass(size, historic);
        Report structural = pass.run();
        if (structural != null) {
            return structural;
        }
        byte[] derived = pass.root();
        boolean entriesMatchRoot = MessageDigest.isEqual(derived, head.root());
        if (!entriesMatchRoot) {
            if (pass.firstLeafMismatch != null) {
                return pass.firstLeafMismatch;
            }
            if (pass.firstHistoryMismatch != null) {
                return Report.bad("checkpoint", pass.firstHistoryMismatchIndex,
                        "entries do not match the signed root; they were changed at or before this index (" + pass.firstHistoryMismatch.reason() + ")");
            }
            return Report.bad("checkpoint", -1, "root does not match the entries of the log");
        }
        if (pass.firstTileMismatch != null) {
            return pass.firstTileMismatch;
        }
        if (pass.firstHistoryMismatch != null) {
            return pass.firstHistoryMismatch;
        }
        Report stale = checkKeptPartials(size, historic.keySet());
        if (stale != null) {
            return stale;
        }
        Report meaning = checkEntries(size);
        if (meaning != null) {
            return meaning;
        }
        return new Report(true, size, null, -1, null);
    }

    private Object readCheckpoint(String path, byte[] raw) {
        if (raw == null) {
            return Report.bad(path, -1, "missing");
        }
        SignedNote note;
        Checkpoint c;
        try {
            note = SignedNote.parse(raw);
            c = Checkpoint.parse(note.text());
        } catch (SignedNote.MalformedNoteException e) {
            return Report.bad(path, -1, e.getMessage());
        }
        if (!Arrays.equals(note.encode(), raw)) {
            return Report.bad(path, -1, "not in canonical signed-note form");
        }
        if (note.verifiedBy(logKey).isEmpty()) {
            return Report.bad(path, -1, "no valid signature by the log key " + logKey.name());
        }
        if (origin != null && !origin.equals(c.origin())) {
            return Report.bad(path, -1, "origin is '" + c.origin() + "', want '" + origin + "'");
        }
        for (SignedNote.NoteSignature s : note.signatures()) {
            SignedNote alone = new SignedNote(note.text(), List.of(s));
            boolean known = alone.verifiedBy(logKey).isPresent();
            for (NoteKeys.Verifier w : cosigners) {
                known |= alone.verifiedBy(w).isPresent();
            }
            if (!known) {
                return Report.bad(path, -1, "signature line by '" + s.name() + "' is not a valid signature of the log or a configured witness");
            }
        }
        return c;
    }

    /** Second pass, once the structure is sound: the {@link EntryChecker} on every entry in log order. */
    private Report checkEntries(long size) throws IOException {
        if (checker == null) {
            return null;
        }
        long bundles = (size >>> TilePath.TILE_HEIGHT) + ((size & (W - 1)) != 0 ? 1 : 0);
        long index = 0;
        for (long b = 0; Long.compareUnsigned(b, bundles) < 0; b++) {
            int width = TilePath.widthAt(0, b, size);
            List<byte[]> entries = EntryBundle.decode(source.entryBundle(b, width));
            checker.prepare(index, entries);
            for (byte[] e : entries) {
                String problem = checker.check(index, e);
                if (problem != null) {
                    return Report.bad(TilePath.entries(b, width), index, problem);
                }
                index++;
            }
        }
        return null;
    }

    /** Partial tiles and bundles kept for older checkpoint sizes must be prefixes of the (verified) current ones. */
    private Report checkKeptPartials(long size, Iterable<Long> sizes) throws IOException {
        for (long s : sizes) {
            for (int level = 0; level < 8; level++) {
                long hashes = s >>> (TilePath.TILE_HEIGHT * level);
                int w = (int) (hashes & (W - 1));
                if (hashes == 0) {
                    break;
                }
                if (w == 0) {
                    continue;
                }
                long index = hashes >>> TilePath.TILE_HEIGHT;
                int currentWidth = TilePath.widthAt(level, index, size);
                if (currentWidth == w) {
                    continue;
                }
                byte[] old = source.tile(level, index, w);
                byte[] cur = source.tile(level, index, currentWidth);
                if (old != null && (cur == null || !Arrays.equals(old, 0, old.length, cur, 0, Math.min(cur.length, w * H)) || old.length != w * H)) {
                    return Report.bad(TilePath.tile(level, index, w), -1, "kept partial tile is not a prefix of the current tile");
                }
                if (level == 0) {
                    byte[] oldB = source.entryBundle(index, w);
                    byte[] curB = source.entryBundle(index, currentWidth);
                    List<byte[]> oldEntries = oldB == null ? null : EntryBundle.decode(oldB);
                    List<byte[]> curEntries = curB == null ? null : EntryBundle.decode(curB);
                    if (oldB != null && (oldEntries == null || curEntries == null || oldEntries.size() != w
                            || !prefixEquals(oldEntries, curEntries))) {
                        return Report.bad(TilePath.entries(index, w), -1, "kept partial entry bundle is not a prefix of the current bundle");
                    }
                }
            }
        }
        return null;
    }

    private static boolean prefixEquals(List<byte[]> a, List<byte[]> b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** One streaming pass over all entries: leaf hashes, a compact range for the roots, comparisons with stored tiles. */
    private final class Pass {
        private final long size;
        private final Map<Long, byte[]> historic;
        private final Rfc9162 hasher = new Rfc9162();
        private final byte[][] stack = new byte[65][];
        private final int[] stackLevel = new int[65];
        private int depth;
        private final byte[][] upperTiles = new byte[8][];
        private final long[] upperIndex = new long[8];
        Report firstLeafMismatch;
        Report firstTileMismatch;
        Report firstHistoryMismatch;
        long firstHistoryMismatchIndex = -1;

        private final long[] keptSizes;
        private int nextKept;

        Pass(long size, Map<Long, byte[]> historic) {
            this.size = size;
            this.historic = historic;
            this.keptSizes = historic.keySet().stream().mapToLong(Long::longValue).filter(x -> x != 0).toArray();
            Arrays.fill(upperIndex, -1);
        }

        /** Returns a report for a structural failure (missing or malformed file), else null. */
        Report run() throws IOException {
            long bundles = (size >>> TilePath.TILE_HEIGHT) + ((size & (W - 1)) != 0 ? 1 : 0);
            long leaf = 0;
            for (long b = 0; Long.compareUnsigned(b, bundles) < 0; b++) {
                int width = TilePath.widthAt(0, b, size);
                String bundlePath = TilePath.entries(b, width);
                String tilePath = TilePath.tile(0, b, width);
                byte[] raw = source.entryBundle(b, width);
                if (raw == null) {
                    return Report.bad(bundlePath, b * W, "entry bundle missing");
                }
                if (EntryBundle.count(raw) != width) {
                    return Report.bad(bundlePath, b * W, "entry bundle framing broken or wrong entry count");
                }
                byte[] tile = source.tile(0, b, width);
                if (tile == null) {
                    return Report.bad(tilePath, b * W, "hash tile missing");
                }
                if (tile.length != width * H) {
                    return Report.bad(tilePath, b * W, "hash tile has " + tile.length + " bytes, want " + width * H);
                }
                int p = 0;
                for (int i = 0; i < width; i++, leaf++) {
                    int len = ((raw[p] & 0xFF) << 8) | (raw[p + 1] & 0xFF);
                    byte[] lh = hasher.leaf(raw, p + 2, len);
                    p += 2 + len;
                    if (firstLeafMismatch == null && !Arrays.equals(lh, 0, H, tile, i * H, i * H + H)) {
                        firstLeafMismatch = Report.bad(bundlePath, leaf, "entry does not hash to " + tilePath + " nor to the signed root");
                        if (firstTileMismatch == null) {
                            firstTileMismatch = Report.bad(tilePath, leaf, "hash of entry " + leaf + " differs from the entry bundle, which matches the signed root");
                        }
                    }
                    Report r = push(leaf, lh);
                    if (r != null) {
                        return r;
                    }
                    if (nextKept < keptSizes.length && keptSizes[nextKept] == leaf + 1) {
                        byte[] want = historic.get(keptSizes[nextKept++]);
                        if (firstHistoryMismatch != null || MessageDigest.isEqual(want, root())) {
                            continue;
                        }
                        firstHistoryMismatch = Report.bad("history/" + Long.toUnsignedString(leaf + 1), -1,
                                "signed root does not match the log's first " + Long.toUnsignedString(leaf + 1) + " entries");
                        firstHistoryMismatchIndex = leaf;
                    }
                }
            }
            return null;
        }

        /** Adds leaf {@code index}; every completed node whose level is a multiple of 8 is compared with its hash tile. */
        private Report push(long index, byte[] leafHash) throws IOException {
            stack[depth] = leafHash;
            stackLevel[depth] = 0;
            depth++;
            while (depth >= 2 && stackLevel[depth - 1] == stackLevel[depth - 2]) {
                byte[] n = hasher.node(stack[depth - 2], stack[depth - 1]);
                int level = stackLevel[depth - 1] + 1;
                depth--;
                stack[depth - 1] = n;
                stackLevel[depth - 1] = level;
                if ((level & 7) == 0) {
                    Report r = compareUpper(level >>> 3, index >>> level, n);
                    if (r != null) {
                        return r;
                    }
                }
            }
            return null;
        }

        private Report compareUpper(int tileLevel, long hashIndex, byte[] derived) throws IOException {
            long tileIndex = hashIndex >>> TilePath.TILE_HEIGHT;
            int width = TilePath.widthAt(tileLevel, tileIndex, size);
            String path = TilePath.tile(tileLevel, tileIndex, width);
            if (upperIndex[tileLevel] != tileIndex) {
                byte[] t = source.tile(tileLevel, tileIndex, width);
                if (t == null) {
                    return Report.bad(path, -1, "hash tile missing");
                }
                if (t.length != width * H) {
                    return Report.bad(path, -1, "hash tile has " + t.length + " bytes, want " + width * H);
                }
                upperTiles[tileLevel] = t;
                upperIndex[tileLevel] = tileIndex;
            }
            int pos = (int) (hashIndex & (W - 1));
            if (firstTileMismatch == null && !Arrays.equals(derived, 0, H, upperTiles[tileLevel], pos * H, pos * H + H)) {
                firstTileMismatch = Report.bad(path, -1, "hash " + pos + " does not match the tiles below it");
            }
            return null;
        }

        /** Root of the leaves pushed so far (RFC 9162 MTH), folding the compact range from the right. */
        byte[] root() {
            if (depth == 0) {
                return hasher.emptyRoot();
            }
            byte[] r = stack[depth - 1];
            for (int i = depth - 2; i >= 0; i--) {
                r = hasher.node(stack[i], r);
            }
            return r;
        }
    }
}

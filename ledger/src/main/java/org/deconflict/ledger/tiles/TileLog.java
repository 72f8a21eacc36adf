package org.deconflict.ledger.tiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.deconflict.ledger.merkle.NodeSource;
import org.deconflict.ledger.merkle.ProofBuilder;
import org.deconflict.ledger.merkle.Rfc9162;

/**
 * Append-only Merkle log stored in the C2SP tlog-tiles layout. An append is acknowledged only once its bytes are in the
 * fsynced write-ahead journal; concurrent appenders are batched into one fsync (group commit). Full tiles are written as
 * they complete and fsynced by a background thread before the journal segments holding their entries are deleted, and
 * before a checkpoint is published; partial tiles are written for each published size. Opening recovers from any crash
 * by cutting the torn journal tail and rebuilding the tiles above the last durable tile boundary from the journal.
 */
public final class TileLog implements AutoCloseable {

    /** Tuning knobs. {@code rotateRecords}: journal length that triggers a tile flush and rotation. */
    public record Options(int rotateRecords, int cachedTiles, int maxBatch) {
        public static Options defaults() {
            return new Options(65_536, 2_048, 65_536);
        }
    }

    private static final int W = TilePath.TILE_WIDTH;
    private static final int H = Rfc9162.HASH_BYTES;
    private static final int LEVELS = 8; // 8 tile levels × 8 tree levels = 64-bit tree sizes

    private final Path dir;
    private final Options options;
    private final Journal journal;
    private final ExecutorService flusher;
    private final Rfc9162 commitHasher = new Rfc9162();
    private final ReentrantReadWriteLock state = new ReentrantReadWriteLock();
    private final Object io = new Object();

    // In-memory right edge: the partial tile at each level, guarded by `state`.
    private final byte[][] partialHashes = new byte[LEVELS][W * H];
    private final int[] partialCount = new int[LEVELS];
    private final long[] fullTiles = new long[LEVELS];
    private final byte[][] partialEntries = new byte[W][];
    private long size;

    private Set<Path> dirty = new LinkedHashSet<>();
    private final Map<Long, byte[][]> expanded;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread committer;
    private volatile boolean closing;
    private volatile IOException failure;
    private final long recoveredTruncatedBytes;
    private volatile DecodedBundle lastBundle;
    private volatile long journalForces;
    private final FileChannel lockChannel;

    private record Pending(byte[] entry, CompletableFuture<Long> done) {
    }

    private TileLog(Path dir, Options options) throws IOException {
        this.dir = dir;
        this.options = options;
        this.expanded = new LinkedHashMap<>(options.cachedTiles() * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, byte[][]> eldest) {
                return size() > options.cachedTiles();
            }
        };
        Files.createDirectories(dir);
        this.lockChannel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new IOException("log " + dir + " is open in another process (or elsewhere in this one)");
        }
        Journal opened = null;
        try {
            opened = Journal.open(dir.resolve("journal"));
            this.journal = opened;
            recover();
        } catch (IOException | RuntimeException e) {
            if (opened != null) {
                opened.close();
            }
            lockChannel.close();
            throw e;
        }
        this.recoveredTruncatedBytes = journal.truncatedBytes();
        this.flusher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ledger-flush-" + dir.getFileName());
            t.setDaemon(true);
            return t;
        });
        this.committer = new Thread(this::commitLoop, "ledger-commit-" + dir.getFileName());
        committer.setDaemon(true);
        committer.start();
    }

    /** Opens (or creates) the log in {@code dir}, recovering from any earlier crash. */
    public static TileLog open(Path dir) throws IOException {
        return new TileLog(dir, Options.defaults());
    }

    public static TileLog open(Path dir, Options options) throws IOException {
        return new TileLog(dir, options);
    }

    public Path directory() {
        return dir;
    }

    /** Bytes of torn, never-acknowledged journal tail cut off when this log was opened. */
    public long recoveredTruncatedBytes() {
        return recoveredTruncatedBytes;
    }

    /**
     * Rebuilds the in-memory right edge: full tiles below the tile boundary F at or under the journal's first entry are
     * durable; entries between F and that first entry come from the (durable, full) bundle F/256, the rest from the journal.
     */
    private void recover() throws IOException {
        long first = journal.firstStart();
        long base = first & ~((long) W - 1);
        size = base;
        for (int level = 0; level < LEVELS; level++) {
            long hashes = base >>> (TilePath.TILE_HEIGHT * level);
            fullTiles[level] = hashes >>> TilePath.TILE_HEIGHT;
            int count = (int) (hashes & (W - 1));
            partialCount[level] = count;
            for (int i = 0; i < count; i++) {
                long child = fullTiles[level] * W + i;
                byte[] tile = readFull(level - 1, child, "tile/" + (level - 1));
                System.arraycopy(commitHasher.rootOf(tile, 0, W), 0, partialHashes[level], i * H, H);
            }
        }
        if (first != base) {
            byte[] raw = Files.readAllBytes(dir.resolve(TilePath.entries(base >>> TilePath.TILE_HEIGHT, W)));
            List<byte[]> bundle = EntryBundle.decode(raw);
            if (bundle == null || bundle.size() != W) {
                throw new IOException("entry bundle " + TilePath.entries(base >>> TilePath.TILE_HEIGHT, W) + " is malformed");
            }
            for (int i = 0; i < first - base; i++) {
                appendLeaf(bundle.get(i));
            }
        }
        for (byte[] e : journal.recovered()) {
            appendLeaf(e);
        }
    }

    private byte[] readFull(int level, long index, String what) throws IOException {
        Path p = dir.resolve(TilePath.tile(level, index, W));
        byte[] b = Files.readAllBytes(p);
        if (b.length != W * H) {
            throw new IOException(what + " tile " + p + " has " + b.length + " bytes, want " + W * H);
        }
        return b;
    }

    /** Appends one entry and returns its index once it is durable. */
    public long append(byte[] entry) throws IOException {
        try {
            return appendAsync(entry).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the commit", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** Queues one entry; the future completes with its index once it is durable (or exceptionally on an I/O failure). */
    public CompletableFuture<Long> appendAsync(byte[] entry) {
        CompletableFuture<Long> f = new CompletableFuture<>();
        if (entry.length > EntryBundle.MAX_ENTRY_BYTES) {
            f.completeExceptionally(new IllegalArgumentException("entry of " + entry.length + " bytes exceeds " + EntryBundle.MAX_ENTRY_BYTES));
        } else if (failure != null) {
            f.completeExceptionally(failure);
        } else if (closing) {
            f.completeExceptionally(new IOException("log is closed"));
        } else {
            queue.add(new Pending(entry, f));
        }
        return f;
    }

    private void commitLoop() {
        List<Pending> batch = new ArrayList<>();
        List<byte[]> entries = new ArrayList<>();
        while (true) {
            try {
                Pending first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (closing && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                batch.clear();
                entries.clear();
                batch.add(first);
                queue.drainTo(batch, options.maxBatch() - 1);
                for (Pending p : batch) {
                    entries.add(p.entry());
                }
                commit(batch, entries);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void commit(List<Pending> batch, List<byte[]> entries) {
        long start;
        synchronized (io) {
            if (failure != null) {
                batch.forEach(p -> p.done().completeExceptionally(failure));
                return;
            }
            try {
                journal.appendDurably(entries);
                journalForces++; // only the committer thread writes this
            } catch (IOException e) {
                failure = e;
                batch.forEach(p -> p.done().completeExceptionally(e));
                return;
            }
            state.writeLock().lock();
            try {
                start = size;
                for (byte[] e : entries) {
                    appendLeaf(e);
                }
            } catch (IOException e) {
                failure = e; // the entries are durable in the journal; reopening rebuilds the tiles
                start = -1;
            } finally {
                state.writeLock().unlock();
            }
            if (start >= 0 && journal.currentRecords() >= options.rotateRecords()) {
                try {
                    rotate();
                } catch (IOException e) {
                    failure = e;
                }
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            if (start >= 0) {
                batch.get(i).done().complete(start + i);
            } else {
                batch.get(i).done().completeExceptionally(failure);
            }
        }
    }

    /** Adds a leaf to the in-memory right edge, writing (not yet syncing) every tile that becomes full. Caller holds the write lock. */
    private void appendLeaf(byte[] entry) throws IOException {
        int c = partialCount[0];
        partialEntries[c] = entry;
        System.arraycopy(commitHasher.leaf(entry), 0, partialHashes[0], c * H, H);
        size++;
        if (c + 1 == W) {
            long index = fullTiles[0];
            writeTile(dir.resolve(TilePath.entries(index, W)), EntryBundle.encode(partialEntries, W));
            java.util.Arrays.fill(partialEntries, null);
        }
        pushHash(0, c);
    }

    private void pushHash(int level, int slotJustFilled) throws IOException {
        partialCount[level] = slotJustFilled + 1;
        if (partialCount[level] < W) {
            return;
        }
        byte[] tile = partialHashes[level].clone();
        writeTile(dir.resolve(TilePath.tile(level, fullTiles[level], W)), tile);
        byte[] root = commitHasher.rootOf(tile, 0, W);
        fullTiles[level]++;
        partialCount[level] = 0;
        int next = level + 1;
        System.arraycopy(root, 0, partialHashes[next], partialCount[next] * H, H);
        pushHash(next, partialCount[next]);
    }

    private void writeTile(Path p, byte[] data) throws IOException {
        Durable.write(p, data);
        dirty.add(p);
    }

    /**
     * Hands the full tiles written since the last hand-off to the flusher thread, which fsyncs them (and the directories
     * naming them) and then drops journal segments wholly below {@code durableBelow}. Caller holds {@code io}.
     */
    private Future<?> handOff(long durableBelow) {
        Set<Path> files = dirty;
        dirty = new LinkedHashSet<>();
        return flusher.submit(() -> {
            try {
                Set<Path> dirs = new LinkedHashSet<>();
                for (Path p : files) {
                    Durable.force(p);
                    for (Path d = p.getParent(); d != null && d.startsWith(dir); d = d.getParent()) {
                        dirs.add(d);
                    }
                }
                for (Path d : dirs) {
                    Durable.forceDirectory(d);
                }
                journal.deleteBelow(durableBelow);
            } catch (IOException e) {
                failure = e;
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** Starts a new journal segment at the current size; older segments go once their tiles are durable. */
    private void rotate() throws IOException {
        long boundary;
        long next;
        state.readLock().lock();
        try {
            boundary = fullTiles[0] * W;
            next = size;
        } finally {
            state.readLock().unlock();
        }
        journal.startSegment(next);
        handOff(boundary);
    }

    /** How many group commits (journal fsyncs) this log has made since it was opened. */
    public long journalForces() {
        return journalForces;
    }

    /** Number of durable entries. */
    public long size() {
        state.readLock().lock();
        try {
            return size;
        } finally {
            state.readLock().unlock();
        }
    }

    /** The durable entry at {@code index}. */
    public byte[] entry(long index) throws IOException {
        long bundle = index >>> TilePath.TILE_HEIGHT;
        int pos = (int) (index & (W - 1));
        state.readLock().lock();
        try {
            if (Long.compareUnsigned(index, size) >= 0) {
                throw new IllegalArgumentException("no entry " + Long.toUnsignedString(index) + " in a log of " + size);
            }
            if (bundle == fullTiles[0]) {
                return partialEntries[pos].clone();
            }
        } finally {
            state.readLock().unlock();
        }
        DecodedBundle last = lastBundle;
        if (last == null || last.index() != bundle) {
            byte[] raw = Files.readAllBytes(dir.resolve(TilePath.entries(bundle, W)));
            List<byte[]> all = EntryBundle.decode(raw);
            if (all == null || all.size() != W) {
                throw new IOException("entry bundle " + TilePath.entries(bundle, W) + " is malformed");
            }
            last = new DecodedBundle(bundle, all);
            lastBundle = last;
        }
        return last.entries().get(pos).clone();
    }

    /** The most recently read full entry bundle, so that sequential reads decode each bundle once. */
    private record DecodedBundle(long index, List<byte[]> entries) {
    }

    /** Stored hashes as a {@link NodeSource} for proof building. */
    public NodeSource nodes() {
        return this::node;
    }

    private byte[] node(int level, long index) throws IOException {
        int tileLevel = level >>> 3;
        int r = level & 7;
        long first = index << r;
        long tileIndex = first >>> TilePath.TILE_HEIGHT;
        int pos = (int) (first & (W - 1));
        state.readLock().lock();
        try {
            if (tileIndex == fullTiles[tileLevel]) {
                if (pos + (1 << r) > partialCount[tileLevel]) {
                    throw new IllegalArgumentException("node " + level + "/" + index + " is outside the tree");
                }
                return new Rfc9162().rootOf(partialHashes[tileLevel], pos * H, 1 << r);
            }
            if (Long.compareUnsigned(tileIndex, fullTiles[tileLevel]) > 0) {
                throw new IllegalArgumentException("node " + level + "/" + index + " is outside the tree");
            }
        } finally {
            state.readLock().unlock();
        }
        int at = (pos >>> r) * H;
        return java.util.Arrays.copyOfRange(expandedTile(tileLevel, tileIndex)[r], at, at + H);
    }

    /** All 9 levels of the binary tree inside a full tile (256 hashes, 128, ..., 1), cached LRU. */
    private byte[][] expandedTile(int level, long index) throws IOException {
        long key = (index << 3) | level;
        synchronized (expanded) {
            byte[][] hit = expanded.get(key);
            if (hit != null) {
                return hit;
            }
        }
        byte[] tile = readFull(level, index, "tile/" + level);
        Rfc9162 h = new Rfc9162();
        byte[][] packed = new byte[TilePath.TILE_HEIGHT + 1][];
        packed[0] = tile;
        for (int r = 1; r <= TilePath.TILE_HEIGHT; r++) {
            int n = W >>> r;
            byte[] below = packed[r - 1];
            byte[] out = new byte[n * H];
            for (int j = 0; j < n; j++) {
                h.node(below, 2 * j * H, below, (2 * j + 1) * H, out, j * H);
            }
            packed[r] = out;
        }
        synchronized (expanded) {
            expanded.put(key, packed);
        }
        return packed;
    }

    /** Root hash of the tree of {@code treeSize} entries (must not exceed {@link #size()}). */
    public byte[] root(long treeSize) throws IOException {
        return new ProofBuilder(nodes()).root(treeSize);
    }

    /** RFC 9162 §2.1.3.1 inclusion proof of {@code index} in the tree of {@code treeSize}. */
    public List<byte[]> inclusionProof(long index, long treeSize) throws IOException {
        return new ProofBuilder(nodes()).inclusion(index, treeSize);
    }

    /** RFC 9162 §2.1.4.1 consistency proof between two tree sizes. */
    public List<byte[]> consistencyProof(long size1, long size2) throws IOException {
        return new ProofBuilder(nodes()).consistency(size1, size2);
    }

    /** Leaf hash of entry {@code index}. */
    public byte[] leafHash(long index) throws IOException {
        return node(0, index);
    }

    /**
     * Makes everything a reader needs for a checkpoint of {@code treeSize} durable: fsyncs pending full tiles and writes
     * and fsyncs the partial tiles and partial entry bundle of that size.
     */
    public void persistTilesFor(long treeSize) throws IOException {
        Future<?> done;
        synchronized (io) {
            if (Long.compareUnsigned(treeSize, size()) > 0) {
                throw new IllegalArgumentException("size " + treeSize + " beyond the log (" + size() + ")");
            }
            for (int level = 0; level < LEVELS; level++) {
                long hashes = treeSize >>> (TilePath.TILE_HEIGHT * level);
                if (hashes == 0) {
                    break;
                }
                int width = (int) (hashes & (W - 1));
                if (width == 0) {
                    continue;
                }
                long index = hashes >>> TilePath.TILE_HEIGHT;
                writeTile(dir.resolve(TilePath.tile(level, index, width)), tilePrefix(level, index, width));
                if (level == 0) {
                    writeTile(dir.resolve(TilePath.entries(index, width)), bundlePrefix(index, width));
                }
            }
            done = handOff(0);
        }
        awaitFlush(done);
    }

    private static void awaitFlush(Future<?> done) throws IOException {
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while syncing tiles", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        }
    }

    private byte[] tilePrefix(int level, long index, int width) throws IOException {
        state.readLock().lock();
        try {
            if (index == fullTiles[level]) {
                return java.util.Arrays.copyOf(partialHashes[level], width * H);
            }
        } finally {
            state.readLock().unlock();
        }
        return java.util.Arrays.copyOf(readFull(level, index, "tile/" + level), width * H);
    }

    private byte[] bundlePrefix(long index, int width) throws IOException {
        state.readLock().lock();
        try {
            if (index == fullTiles[0]) {
                return EntryBundle.encode(partialEntries, width);
            }
        } finally {
            state.readLock().unlock();
        }
        byte[][] entries = new byte[width][];
        for (int i = 0; i < width; i++) {
            entries[i] = entry(index * W + i);
        }
        return EntryBundle.encode(entries, width);
    }

    /** Stops accepting appends, commits what is queued, fsyncs pending tiles and closes the journal. */
    @Override
    public void close() throws IOException {
        closing = true;
        try {
            committer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Future<?> done;
        synchronized (io) {
            done = handOff(0);
        }
        try {
            awaitFlush(done);
        } finally {
            flusher.shutdown();
            journal.close();
            lockChannel.close(); // releases the process lock
        }
        Pending p;
        while ((p = queue.poll()) != null) {
            p.done().completeExceptionally(new IOException("log closed"));
        }
        if (failure != null) {
            throw new IOException("log had failed", failure);
        }
    }
}

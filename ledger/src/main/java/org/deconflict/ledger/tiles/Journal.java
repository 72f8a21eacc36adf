package org.deconflict.ledger.tiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * Write-ahead journal of the entries not yet in durable full tiles, as segment files {@code journal/<start>.wal}. A segment
 * is an 8-byte magic, the unsigned 64-bit index of its first entry, then records {@code u32 length ‖ u32 CRC-32C ‖ data}.
 * Only the newest segment is written; a torn tail there (short or bad-CRC record) is cut off on open. Older segments are
 * deleted once the tiles holding their entries are durable.
 */
final class Journal implements AutoCloseable {

    private static final byte[] MAGIC = "DCLJRN01".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 16;
    private static final int RECORD_HEADER_BYTES = 8;
    private static final String SUFFIX = ".wal";

    private final Path dir;
    /** start index → segment file, oldest first. Guarded by {@code this}. */
    private final TreeMap<Long, Path> segments = new TreeMap<>();
    private FileChannel current;
    private long currentRecords;
    private final long firstStart;
    private final List<byte[]> recovered;
    private final long truncatedBytes;

    private Journal(Path dir, long firstStart, List<byte[]> recovered, long truncatedBytes) {
        this.dir = dir;
        this.firstStart = firstStart;
        this.recovered = recovered;
        this.truncatedBytes = truncatedBytes;
    }

    /** Opens the journal in {@code dir}, recovering every record and cutting a torn tail off the newest segment. */
    static Journal open(Path dir) throws IOException {
        Files.createDirectories(dir);
        TreeMap<Long, Path> found = new TreeMap<>(Long::compareUnsigned);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                found.put(Long.parseUnsignedLong(n.substring(0, n.length() - SUFFIX.length())), p);
            }
        }
        List<byte[]> entries = new ArrayList<>();
        long cut = 0;
        long first = found.isEmpty() ? 0 : found.firstKey();
        long expected = first;
        Journal j = null;
        List<Long> starts = new ArrayList<>(found.keySet());
        for (int i = 0; i < starts.size(); i++) {
            long start = starts.get(i);
            Path p = found.get(start);
            boolean last = i == starts.size() - 1;
            byte[] all = Files.readAllBytes(p);
            if (all.length < HEADER_BYTES || !hasMagic(all) || ByteBuffer.wrap(all).getLong(8) != start) {
                if (last && all.length <= HEADER_BYTES) {
                    Files.delete(p); // a segment whose creation was cut short: it never held an acknowledged entry
                    Durable.forceDirectory(dir);
                    found.remove(start);
                    continue;
                }
                throw new IOException("journal segment " + p + " has a bad header");
            }
            if (start != expected) {
                throw new IOException("journal segment " + p + " starts at " + start + ", expected " + expected);
            }
            int end = readRecords(all, entries);
            if (end < all.length) {
                if (!last) {
                    throw new IOException("journal segment " + p + " is damaged at byte " + end + " but is not the newest");
                }
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                    ch.truncate(end);
                    ch.force(true);
                }
                cut = all.length - end;
            }
            expected = first + entries.size();
        }
        j = new Journal(dir, first, entries, cut);
        j.segments.putAll(found);
        if (found.isEmpty()) {
            j.startSegment(0);
        } else {
            Path newest = found.lastEntry().getValue();
            j.current = FileChannel.open(newest, StandardOpenOption.WRITE);
            j.current.position(j.current.size());
            j.currentRecords = first + entries.size() - found.lastKey();
        }
        return j;
    }

    private static boolean hasMagic(byte[] b) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (b[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** Appends every intact record to {@code out}; returns the offset after the last intact one. */
    private static int readRecords(byte[] all, List<byte[]> out) {
        ByteBuffer b = ByteBuffer.wrap(all);
        CRC32C crc = new CRC32C();
        int p = HEADER_BYTES;
        while (p + RECORD_HEADER_BYTES <= all.length) {
            int len = b.getInt(p);
            int sum = b.getInt(p + 4);
            if (len < 0 || len > EntryBundle.MAX_ENTRY_BYTES || p + RECORD_HEADER_BYTES + len > all.length) {
                break;
            }
            crc.reset();
            crc.update(all, p + RECORD_HEADER_BYTES, len);
            if ((int) crc.getValue() != sum) {
                break;
            }
            byte[] e = new byte[len];
            System.arraycopy(all, p + RECORD_HEADER_BYTES, e, 0, len);
            out.add(e);
            p += RECORD_HEADER_BYTES + len;
        }
        return p;
    }

    private static ByteBuffer frame(List<byte[]> entries) {
        int total = 0;
        for (byte[] e : entries) {
            total += RECORD_HEADER_BYTES + e.length;
        }
        ByteBuffer b = ByteBuffer.allocate(total);
        CRC32C crc = new CRC32C();
        for (byte[] e : entries) {
            crc.reset();
            crc.update(e, 0, e.length);
            b.putInt(e.length).putInt((int) crc.getValue()).put(e);
        }
        return b.flip();
    }

    /** Appends the entries to the newest segment and forces them to disk; returns only once they are durable. */
    synchronized void appendDurably(List<byte[]> entries) throws IOException {
        ByteBuffer b = frame(entries);
        while (b.hasRemaining()) {
            current.write(b);
        }
        current.force(false);
        currentRecords += entries.size();
    }

    /** Records in the newest segment. */
    synchronized long currentRecords() {
        return currentRecords;
    }

    /** Starts a new (durably created, empty) segment whose first entry will be {@code start}. */
    synchronized void startSegment(long start) throws IOException {
        Path p = dir.resolve(String.format("%020d", start) + SUFFIX);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).putLong(start).flip();
            while (h.hasRemaining()) {
                ch.write(h);
            }
            ch.force(true);
        }
        Durable.forceDirectory(dir);
        if (current != null) {
            current.close();
        }
        current = FileChannel.open(p, StandardOpenOption.WRITE);
        current.position(HEADER_BYTES);
        currentRecords = 0;
        segments.put(start, p);
    }

    /** Deletes every older segment whose entries all lie below {@code durable} (entries in durable full tiles). */
    synchronized void deleteBelow(long durable) throws IOException {
        boolean deleted = false;
        while (segments.size() > 1) {
            long next = segments.higherKey(segments.firstKey());
            if (Long.compareUnsigned(next, durable) > 0) {
                break;
            }
            Files.deleteIfExists(segments.pollFirstEntry().getValue());
            deleted = true;
        }
        if (deleted) {
            Durable.forceDirectory(dir);
        }
    }

    /** Index of the first entry found on open. */
    long firstStart() {
        return firstStart;
    }

    /** Entries found on open (after the torn tail was cut). */
    List<byte[]> recovered() {
        return recovered;
    }

    /** Bytes of torn, unacknowledged tail cut off on open. */
    long truncatedBytes() {
        return truncatedBytes;
    }

    @Override
    public synchronized void close() throws IOException {
        current.close();
    }
}

package org.deconflict.ledger.tiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Write-ahead journal of the entries not yet covered by durable full tiles. Layout: 8-byte magic, unsigned 64-bit base
 * index, then records {@code u32 length ‖ u32 CRC-32C(data) ‖ data}. A torn tail (short or bad-CRC record) is cut off on open.
 */
final class Wal implements AutoCloseable {

    private static final byte[] MAGIC = "DCLWAL01".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 16;
    private static final int RECORD_HEADER_BYTES = 8;

    private final Path path;
    private FileChannel channel;
    private long base;
    private long records;
    private final List<byte[]> recovered;
    private final long truncatedBytes;

    private Wal(Path path, FileChannel channel, long base, List<byte[]> recovered, long truncatedBytes) {
        this.path = path;
        this.channel = channel;
        this.base = base;
        this.recovered = recovered;
        this.records = recovered.size();
        this.truncatedBytes = truncatedBytes;
    }

    /** Opens (creating with base 0 when absent) and recovers the journal, truncating any torn tail durably. */
    static Wal open(Path path) throws IOException {
        if (!Files.exists(path)) {
            writeFresh(path, 0, List.of());
        }
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        long fileSize = ch.size();
        ByteBuffer all = ByteBuffer.allocate((int) Math.min(fileSize, Integer.MAX_VALUE - 8));
        while (all.hasRemaining() && ch.read(all) >= 0) {
            // read the whole journal: it is bounded by the rotation threshold
        }
        all.flip();
        if (all.remaining() < HEADER_BYTES || !hasMagic(all)) {
            ch.close();
            throw new IOException("write-ahead journal " + path + " has no valid header");
        }
        long base = all.getLong(8);
        List<byte[]> out = new ArrayList<>();
        int p = HEADER_BYTES;
        CRC32C crc = new CRC32C();
        while (p + RECORD_HEADER_BYTES <= all.limit()) {
            int len = all.getInt(p);
            int sum = all.getInt(p + 4);
            if (len < 0 || len > EntryBundle.MAX_ENTRY_BYTES || p + RECORD_HEADER_BYTES + len > all.limit()) {
                break;
            }
            crc.reset();
            crc.update(all.array(), p + RECORD_HEADER_BYTES, len);
            if ((int) crc.getValue() != sum) {
                break;
            }
            byte[] e = new byte[len];
            System.arraycopy(all.array(), p + RECORD_HEADER_BYTES, e, 0, len);
            out.add(e);
            p += RECORD_HEADER_BYTES + len;
        }
        long cut = fileSize - p;
        if (cut > 0) {
            ch.truncate(p);
            ch.force(true);
        }
        ch.position(p);
        return new Wal(path, ch, base, out, cut);
    }

    private static boolean hasMagic(ByteBuffer b) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (b.get(i) != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static void writeFresh(Path path, long base, List<byte[]> entries) throws IOException {
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES);
            h.put(MAGIC).putLong(base).flip();
            writeFully(ch, h);
            writeFully(ch, frame(entries, 0, entries.size()));
            ch.force(true);
        }
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Durable.forceDirectory(path.getParent());
    }

    static ByteBuffer frame(List<byte[]> entries, int from, int to) {
        int total = 0;
        for (int i = from; i < to; i++) {
            total += RECORD_HEADER_BYTES + entries.get(i).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total);
        CRC32C crc = new CRC32C();
        for (int i = from; i < to; i++) {
            byte[] e = entries.get(i);
            crc.reset();
            crc.update(e, 0, e.length);
            b.putInt(e.length).putInt((int) crc.getValue()).put(e);
        }
        return b.flip();
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** Appends the entries and forces them to disk; returns only once they are durable. */
    void appendDurably(List<byte[]> entries) throws IOException {
        writeFully(channel, frame(entries, 0, entries.size()));
        channel.force(false);
        records += entries.size();
    }

    /** Replaces the journal by one starting at {@code newBase} holding {@code tail} (atomic rename, then directory fsync). */
    void rotate(long newBase, List<byte[]> tail) throws IOException {
        channel.close();
        writeFresh(path, newBase, tail);
        channel = FileChannel.open(path, StandardOpenOption.WRITE);
        channel.position(channel.size());
        base = newBase;
        records = tail.size();
    }

    long base() {
        return base;
    }

    long records() {
        return records;
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
    public void close() throws IOException {
        channel.close();
    }
}

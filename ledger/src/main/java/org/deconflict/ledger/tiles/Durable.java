package org.deconflict.ledger.tiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Small helpers for writing files so that they survive a crash. */
public final class Durable {

    private Durable() {
    }

    /** fsync of a directory, so that created or renamed names in it are durable (no-op where the OS refuses). */
    public static void forceDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            if (!System.getProperty("os.name", "").toLowerCase().contains("win")) {
                throw e instanceof IOException io ? io : new IOException(e);
            }
        }
    }

    /** Writes {@code data} to {@code path} (creating parents) without syncing; {@link #force} it later. */
    public static void write(Path path, byte[] data) throws IOException {
        Files.createDirectories(path.getParent());
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.wrap(data);
            while (b.hasRemaining()) {
                ch.write(b);
            }
        }
    }

    /** fsync of one existing file. */
    public static void force(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Atomically replaces {@code path} with {@code data}: temp file, fsync, rename, directory fsync. */
    public static void replace(Path path, byte[] data) throws IOException {
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        write(tmp, data);
        force(tmp);
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(path.getParent());
    }
}

package org.deconflict.ledger.tiles;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@link TileSource} over a log directory on the local file system. */
public final class DirectoryTileSource implements TileSource {

    private final Path root;

    public DirectoryTileSource(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    @Override
    public byte[] read(String path) throws IOException {
        try {
            return Files.readAllBytes(root.resolve(path));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public List<Long> historySizes() throws IOException {
        Path dir = root.resolve("history");
        List<Long> sizes = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return sizes;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.matches("[0-9]{1,20}")) {
                    sizes.add(Long.parseUnsignedLong(name));
                }
            }
        }
        sizes.sort(Long::compareUnsigned);
        return sizes;
    }
}

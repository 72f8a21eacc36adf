package org.deconflict.ledger.tiles;

import java.io.IOException;
import java.util.List;

/**
 * Read side of a tlog-tiles log: the directory implementation reads files, an HTTP one can fetch the same paths.
 * Paths are those of {@link TilePath}; missing resources yield {@code null}.
 */
public interface TileSource {

    /** Raw bytes of a resource relative to the log root ({@code checkpoint}, {@code tile/...}), or null when absent. */
    byte[] read(String path) throws IOException;

    /** Tree sizes of the checkpoints kept in {@code history/} (ascending); an empty list when the source keeps none. */
    List<Long> historySizes() throws IOException;

    /** The latest signed checkpoint note, or null. */
    default byte[] checkpoint() throws IOException {
        return read("checkpoint");
    }

    /** {@code history/<size>}: the checkpoint published at that size with any cosignatures. */
    default byte[] historicCheckpoint(long size) throws IOException {
        return read("history/" + Long.toUnsignedString(size));
    }

    /** Hash tile bytes (width × 32), or null. */
    default byte[] tile(int level, long index, int width) throws IOException {
        return read(TilePath.tile(level, index, width));
    }

    /** Entry bundle bytes, or null. */
    default byte[] entryBundle(long index, int width) throws IOException {
        return read(TilePath.entries(index, width));
    }
}

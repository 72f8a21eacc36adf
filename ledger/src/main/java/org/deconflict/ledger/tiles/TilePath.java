package org.deconflict.ledger.tiles;

/**
 * Paths of the C2SP tlog-tiles layout: {@code tile/<L>/<N>[.p/<W>]} and {@code tile/entries/<N>[.p/<W>]}, where N is
 * written in 3-digit groups, all but the last prefixed with {@code x} (C2SP tlog-tiles "Merkle Tree" section).
 */
public final class TilePath {

    /** Hashes (or entries) per full tile: 2^8 (C2SP tlog-tiles). */
    public static final int TILE_WIDTH = 256;
    /** Tree levels covered by one tile level: log2(256). */
    public static final int TILE_HEIGHT = 8;

    private TilePath() {
    }

    /** {@code tile/<level>/<N>} or {@code tile/<level>/<N>.p/<width>} when {@code width < 256}. */
    public static String tile(int level, long index, int width) {
        return "tile/" + level + "/" + encodeIndex(index) + partialSuffix(width);
    }

    /** {@code tile/entries/<N>} or {@code tile/entries/<N>.p/<width>}. */
    public static String entries(long index, int width) {
        return "tile/entries/" + encodeIndex(index) + partialSuffix(width);
    }

    private static String partialSuffix(int width) {
        if (width < 1 || width > TILE_WIDTH) {
            throw new IllegalArgumentException("tile width " + width + " outside 1..256");
        }
        return width == TILE_WIDTH ? "" : ".p/" + width;
    }

    /** The x### encoding of an unsigned tile index, e.g. 1234067 → {@code x001/x234/067}. */
    public static String encodeIndex(long index) {
        String digits = Long.toUnsignedString(index);
        int pad = (3 - digits.length() % 3) % 3;
        String padded = "0".repeat(pad) + digits;
        StringBuilder sb = new StringBuilder(padded.length() + padded.length() / 3 * 2);
        for (int i = 0; i < padded.length(); i += 3) {
            if (i + 3 < padded.length()) {
                sb.append('x').append(padded, i, i + 3).append('/');
            } else {
                sb.append(padded, i, i + 3);
            }
        }
        return sb.toString();
    }

    /** Width of the tile at {@code level}, {@code index} in a tree of {@code treeSize} leaves (0 when the tile does not exist). */
    public static int widthAt(int level, long index, long treeSize) {
        long hashes = level * TILE_HEIGHT >= 64 ? 0 : treeSize >>> (level * TILE_HEIGHT);
        long full = hashes >>> TILE_HEIGHT;
        if (Long.compareUnsigned(index, full) < 0) {
            return TILE_WIDTH;
        }
        if (index == full) {
            return (int) (hashes & (TILE_WIDTH - 1));
        }
        return 0;
    }
}

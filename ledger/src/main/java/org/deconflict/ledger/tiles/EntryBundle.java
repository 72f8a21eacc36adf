package org.deconflict.ledger.tiles;

import java.util.ArrayList;
import java.util.List;

/** Entry bundles of C2SP tlog-tiles: each entry as a big-endian uint16 length followed by its bytes. */
public final class EntryBundle {

    /** Largest entry a bundle can hold: the uint16 length prefix (C2SP tlog-tiles "Log Entries"). */
    public static final int MAX_ENTRY_BYTES = 0xFFFF;

    private EntryBundle() {
    }

    /** Concatenates the framed entries. */
    public static byte[] encode(byte[][] entries, int count) {
        int total = 0;
        for (int i = 0; i < count; i++) {
            total += 2 + entries[i].length;
        }
        byte[] out = new byte[total];
        int p = 0;
        for (int i = 0; i < count; i++) {
            byte[] e = entries[i];
            out[p++] = (byte) (e.length >>> 8);
            out[p++] = (byte) e.length;
            System.arraycopy(e, 0, out, p, e.length);
            p += e.length;
        }
        return out;
    }

    /** Splits a bundle into entries; returns null when the framing is broken (truncated entry or trailing bytes). */
    public static List<byte[]> decode(byte[] bundle) {
        List<byte[]> out = new ArrayList<>(TilePath.TILE_WIDTH);
        int p = 0;
        while (p < bundle.length) {
            if (p + 2 > bundle.length) {
                return null;
            }
            int len = ((bundle[p] & 0xFF) << 8) | (bundle[p + 1] & 0xFF);
            p += 2;
            if (p + len > bundle.length) {
                return null;
            }
            byte[] e = new byte[len];
            System.arraycopy(bundle, p, e, 0, len);
            out.add(e);
            p += len;
        }
        return out;
    }

    /** Number of entries in a well-framed bundle, or -1 when the framing is broken; does not copy. */
    public static int count(byte[] bundle) {
        int n = 0;
        int p = 0;
        while (p < bundle.length) {
            if (p + 2 > bundle.length) {
                return -1;
            }
            p += 2 + (((bundle[p] & 0xFF) << 8) | (bundle[p + 1] & 0xFF));
            if (p > bundle.length) {
                return -1;
            }
            n++;
        }
        return n;
    }
}

package org.deconflict.modes;

/**
 * Syndrome-table bit error correction for frames whose parity must be zero (DF11 with II=0, DF17, DF18).
 * Flipping bit k adds a fixed syndrome S(k) to the CRC residual (the code is linear), so a residual equal to one
 * S(k) (or S(i)^S(j)) locates the error. The 5 downlink-format bits are never corrected: a "fix" there would change
 * the message kind. Two-bit correction invents addresses on noisy input and is off by default (see DESIGN.md).
 */
public final class ErrorCorrection {
    private static final int SHORT_BITS = 56;
    private static final int LONG_BITS = 112;
    /** First correctable bit (0-based): bits 0..4 hold the DF. */
    private static final int FIRST_FIXABLE = 5;

    private static final SyndromeTable ONE_SHORT = build(SHORT_BITS, false);
    private static final SyndromeTable ONE_LONG = build(LONG_BITS, false);
    private static volatile SyndromeTable twoShort;
    private static volatile SyndromeTable twoLong;

    private ErrorCorrection() {
    }

    /**
     * Tries to make the residual zero by flipping at most {@code maxBits} (0, 1 or 2) bits in place.
     * Returns the number of bits flipped (0 if the residual was already 0), or -1 if no fix was found
     * (the frame is then left unchanged).
     */
    public static int correct(byte[] b, int off, int lenBytes, int residual, int maxBits) {
        if (residual == 0) {
            return 0;
        }
        if (maxBits <= 0) {
            return -1;
        }
        boolean isLong = lenBytes == 14;
        int packed = (isLong ? ONE_LONG : ONE_SHORT).lookup(residual);
        if (packed == 0 && maxBits >= 2) {
            packed = twoBitTable(isLong).lookup(residual);
        }
        if (packed == 0) {
            return -1;
        }
        int k1 = (packed & 0xFF) - 1;
        int k2 = ((packed >>> 8) & 0xFF) - 1;
        flip(b, off, k1);
        if (k2 >= 0) {
            flip(b, off, k2);
            return 2;
        }
        return 1;
    }

    private static void flip(byte[] b, int off, int bitIndex) {
        b[off + (bitIndex >>> 3)] ^= (byte) (0x80 >>> (bitIndex & 7));
    }

    private static SyndromeTable twoBitTable(boolean isLong) {
        SyndromeTable t = isLong ? twoLong : twoShort;
        if (t == null) {
            synchronized (ErrorCorrection.class) {
                t = isLong ? twoLong : twoShort;
                if (t == null) {
                    t = build(isLong ? LONG_BITS : SHORT_BITS, true);
                    if (isLong) {
                        twoLong = t;
                    } else {
                        twoShort = t;
                    }
                }
            }
        }
        return t;
    }

    private static SyndromeTable build(int nBits, boolean pairs) {
        int lenBytes = nBits / 8;
        int[] s = new int[nBits];
        byte[] frame = new byte[lenBytes];
        for (int k = 0; k < nBits; k++) {
            java.util.Arrays.fill(frame, (byte) 0);
            flip(frame, 0, k);
            s[k] = Crc24.residual(frame, 0, lenBytes);
        }
        SyndromeTable t = new SyndromeTable(pairs ? nBits * nBits : nBits * 4);
        for (int i = FIRST_FIXABLE; i < nBits; i++) {
            if (!pairs) {
                t.put(s[i], i + 1);
                continue;
            }
            for (int j = i + 1; j < nBits; j++) {
                t.put(s[i] ^ s[j], (i + 1) | ((j + 1) << 8));
            }
        }
        return t;
    }

    /** Open-addressing int→int map; a syndrome seen twice is ambiguous and maps to 0 (no fix). */
    private static final class SyndromeTable {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        SyndromeTable(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, expected * 2)) << 1;
            keys = new int[cap];
            values = new int[cap];
            mask = cap - 1;
        }

        void put(int key, int value) {
            int i = mix(key) & mask;
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    values[i] = 0;
                    return;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
        }

        int lookup(int key) {
            int i = mix(key) & mask;
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return 0;
        }

        private static int mix(int k) {
            int h = k * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}

package org.deconflict.ais;

/**
 * The two six-bit alphabets of AIS: payload armoring of NMEA 0183 / IEC 61162-1 (ASCII 48..87 and 96..119 carry
 * values 0..63) and the six-bit text alphabet of ITU-R M.1371-5 Annex 8 Table 47 ('@', 'A'..'Z', ..., '?').
 */
public final class SixBit {

    /** Value returned by {@link #armorValue(int)} for a byte that is not an armoring character. */
    public static final int INVALID = -1;

    private static final byte[] ARMOR_VALUE = new byte[256];
    private static final char[] ARMOR_CHAR = new char[64];
    private static final String TEXT = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?";
    private static final char[] TEXT_CHARS = TEXT.toCharArray();

    static {
        java.util.Arrays.fill(ARMOR_VALUE, (byte) INVALID);
        for (int v = 0; v < 64; v++) {
            // IEC 61162-1 §7.3.4 (6-bit armoring): value + 48, plus 8 more when above 39.
            int c = v < 40 ? v + 48 : v + 56;
            ARMOR_VALUE[c] = (byte) v;
            ARMOR_CHAR[v] = (char) c;
        }
    }

    private SixBit() {
    }

    /** Six-bit value of an armored payload byte, or {@link #INVALID}. */
    public static int armorValue(int b) {
        return ARMOR_VALUE[b & 0xff];
    }

    /** Armored payload character carrying the six-bit value {@code v} (0..63). */
    public static char armorChar(int v) {
        return ARMOR_CHAR[v & 63];
    }

    /** Text character for a six-bit text code (0..63). */
    public static char toAscii(int code) {
        return TEXT_CHARS[code & 63];
    }

    /** Six-bit text code of an ASCII character; lower case is folded to upper case, characters outside map to '?'. */
    public static int fromAscii(char c) {
        char u = Character.toUpperCase(c);
        int i = TEXT.indexOf(u);
        return i < 0 ? 63 : i;
    }

    /**
     * De-armors {@code len} payload characters into packed bits in {@code out} (which must hold
     * {@code (len*6+7)/8} bytes). Returns the number of bits written, or -1 - index of the first invalid character.
     */
    public static int dearmor(byte[] src, int off, int len, byte[] out) {
        byte[] table = ARMOR_VALUE;
        int o = 0;
        int i = 0;
        // four characters make three bytes; an invalid character (-1) makes the OR negative
        for (; i + 4 <= len; i += 4) {
            int a = table[src[off + i] & 0xff];
            int b = table[src[off + i + 1] & 0xff];
            int c = table[src[off + i + 2] & 0xff];
            int d = table[src[off + i + 3] & 0xff];
            if ((a | b | c | d) < 0) {
                return -1 - (i + (a < 0 ? 0 : b < 0 ? 1 : c < 0 ? 2 : 3));
            }
            int v = (a << 18) | (b << 12) | (c << 6) | d;
            out[o] = (byte) (v >>> 16);
            out[o + 1] = (byte) (v >>> 8);
            out[o + 2] = (byte) v;
            o += 3;
        }
        int acc = 0;
        int accBits = 0;
        for (; i < len; i++) {
            int v = table[src[off + i] & 0xff];
            if (v < 0) {
                return -1 - i;
            }
            acc = (acc << 6) | v;
            accBits += 6;
            if (accBits >= 8) {
                accBits -= 8;
                out[o++] = (byte) (acc >>> accBits);
            }
        }
        if (accBits > 0) {
            out[o] = (byte) (acc << (8 - accBits));
        }
        return len * 6;
    }
}

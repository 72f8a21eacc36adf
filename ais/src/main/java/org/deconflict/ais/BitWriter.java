package org.deconflict.ais;

import java.util.Arrays;

/** Builds AIS payload bits (ITU-R M.1371-5 Annex 8 §3.3 field order, most significant bit first). */
final class BitWriter {

    private byte[] bytes = new byte[64];
    private int length;

    int length() {
        return length;
    }

    BitWriter put(long value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            int bit = (int) (value >>> i) & 1;
            if ((length >>> 3) >= bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            if (bit != 0) {
                bytes[length >>> 3] |= (byte) (0x80 >>> (length & 7));
            }
            length++;
        }
        return this;
    }

    BitWriter bool(boolean b) {
        return put(b ? 1 : 0, 1);
    }

    /** Six-bit text padded with '@' (code 0) to {@code chars} characters (ITU-R M.1371-5 Annex 8 Table 47). */
    BitWriter text(String s, int chars) {
        String t = s == null ? "" : s;
        for (int i = 0; i < chars; i++) {
            put(i < t.length() ? SixBit.fromAscii(t.charAt(i)) : 0, 6);
        }
        return this;
    }

    /** Armored payload characters and the number of fill bits (0..5) that pad the last character. */
    String armor(int[] fillOut) {
        int chars = (length + 5) / 6;
        StringBuilder sb = new StringBuilder(chars);
        BitReader r = new BitReader(bytes, length);
        for (int i = 0; i < chars; i++) {
            sb.append(SixBit.armorChar(r.ubits(6 * i, 6)));
        }
        fillOut[0] = chars * 6 - length;
        return sb.toString();
    }
}

package org.deconflict.ais;

import java.util.Arrays;

/** Uninterpreted binary data: {@code bitCount} bits, left-aligned in {@code bytes} (last byte zero-padded). */
public record RawData(int bitCount, byte[] bytes) {

    /** Lower-case hex of the padded bytes (gpsd's {@code "data":"<bits>:<hex>"} form uses this). */
    public String hex() {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >>> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawData r && r.bitCount == bitCount && Arrays.equals(r.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * bitCount + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return bitCount + ":" + hex();
    }
}

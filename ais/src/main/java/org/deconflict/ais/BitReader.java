package org.deconflict.ais;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Zero-allocation reader of big-endian bit fields over a packed {@code byte[]} (bit 0 is the most significant bit of
 * byte 0), as AIS payloads are defined in ITU-R M.1371-5 Annex 8 §3.3. Bits past {@link #bitLength()} (including
 * fill bits) read as zero, so a short message decodes what is there; callers compare against the nominal length to
 * flag what is missing.
 */
public final class BitReader {

    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private byte[] bits;
    private int bitLength;

    public BitReader() {
        this.bits = new byte[0];
    }

    public BitReader(byte[] bits, int bitLength) {
        reset(bits, bitLength);
    }

    /** Points the reader at new data without allocating. */
    public BitReader reset(byte[] bits, int bitLength) {
        this.bits = bits;
        this.bitLength = bitLength;
        return this;
    }

    public int bitLength() {
        return bitLength;
    }

    /** The packed bytes this reader looks at (shared, not copied). */
    public byte[] bytes() {
        return bits;
    }

    /** Unsigned field of {@code width} bits (0..32) starting at bit {@code start}; bits past the end read as 0. */
    public int ubits(int start, int width) {
        return (int) ulong(start, width);
    }

    /** Unsigned field of up to 63 bits; bits past the end read as 0. */
    public long ulong(int start, int width) {
        // kept small so the JIT inlines it at every field read: one 8-byte big-endian load when the field lies
        // inside the message (width <= 56 always fits after the in-byte offset), everything else out of line
        int byteIndex = start >>> 3;
        if (width > 0 && width <= 56 && start >= 0 && start + width <= bitLength && byteIndex + 8 <= bits.length) {
            return ((long) LONG_BE.get(bits, byteIndex) << (start & 7)) >>> (64 - width);
        }
        return ulongSlow(start, width);
    }

    private long ulongSlow(int start, int width) {
        if (width <= 0 || start < 0) {
            return 0;
        }
        if (width > 56) {
            int high = width - 32;
            return (ulong(start, high) << 32) | ulong(start + high, 32);
        }
        if (start + width <= bitLength) { // near the end of a buffer without 8 bytes of room after the message
            int byteIndex = start >>> 3;
            int need = (start & 7) + width;
            int nbytes = (need + 7) >>> 3;
            long acc = 0;
            for (int i = 0; i < nbytes; i++) {
                acc = (acc << 8) | (bits[byteIndex + i] & 0xff);
            }
            return (acc >>> ((nbytes << 3) - need)) & ((1L << width) - 1);
        }
        long v = 0;
        for (int i = 0; i < width; i++) {
            int pos = start + i;
            int b = pos < bitLength ? (bits[pos >>> 3] >>> (7 - (pos & 7))) & 1 : 0;
            v = (v << 1) | b;
        }
        return v;
    }

    /** Two's-complement signed field of {@code width} bits. */
    public int sbits(int start, int width) {
        int u = ubits(start, width);
        int shift = 32 - width;
        return (u << shift) >> shift;
    }

    public boolean bit(int start) {
        return ubits(start, 1) != 0;
    }

    /**
     * Six-bit ASCII text of {@code chars} characters (ITU-R M.1371-5 Annex 8 Table 47), stopped at the first '@'
     * and with trailing spaces removed. Characters past the end of the message are left out.
     */
    public String text(int start, int chars) {
        int available = Math.max(0, Math.min(chars, (bitLength - start) / 6));
        byte[] out = new byte[available];
        int n = 0;
        for (int i = 0; i < available; i++) {
            int c = ubits(start + 6 * i, 6);
            if (c == 0) {
                break;
            }
            out[n++] = (byte) SixBit.toAscii(c);
        }
        while (n > 0 && out[n - 1] == ' ') {
            n--;
        }
        return new String(out, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}

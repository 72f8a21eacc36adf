package org.deconflict.bench.modes;

import java.util.SplittableRandom;

import org.deconflict.modes.Crc24;

/**
 * Makes fuzz frames from real ones: bit flips, DF changes, truncation and extension, random ME/MB fields with a
 * chosen type code, spliced headers, fully random frames. Half of the frames whose parity must be zero get a fresh
 * CRC, so garbage also reaches the field decoders behind the parity check.
 */
public final class FrameMutator {
    private final byte[][] seeds;
    private final SplittableRandom rnd;

    public FrameMutator(byte[][] seeds, long seed) {
        this.seeds = seeds;
        this.rnd = new SplittableRandom(seed);
    }

    /** One mutated frame (usually 7 or 14 bytes, sometimes any length 0..20). */
    public byte[] next() {
        byte[] f = seeds[rnd.nextInt(seeds.length)].clone();
        switch (rnd.nextInt(8)) {
            case 0 -> flipBits(f, 1 + rnd.nextInt(4));
            case 1 -> f = withDf(f, rnd.nextInt(32));
            case 2 -> f = resize(f, rnd.nextInt(21));
            case 3 -> f = randomField(f);
            case 4 -> f = splice(f, seeds[rnd.nextInt(seeds.length)]);
            case 5 -> f = random(rnd.nextBoolean() ? 7 : 14);
            case 6 -> {
                f = withDf(f, rnd.nextInt(32));
                flipBits(f, rnd.nextInt(6));
            }
            default -> flipBits(f, rnd.nextInt(24));
        }
        if (rnd.nextBoolean() && (f.length == 7 || f.length == 14)) {
            Crc24.writeParity(f, 0, f.length, Crc24.compute(f, 0, f.length - 3));
        }
        return f;
    }

    private void flipBits(byte[] f, int n) {
        for (int k = 0; k < n && f.length > 0; k++) {
            int bit = rnd.nextInt(f.length * 8);
            f[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
        }
    }

    /** Sets DF (bits 1-5) and gives the frame the length that DF implies. */
    private byte[] withDf(byte[] f, int df) {
        byte[] g = resize(f, df < 16 ? 7 : 14);
        if (g.length > 0) {
            g[0] = (byte) ((df << 3) | (g[0] & 7));
        }
        return g;
    }

    private byte[] resize(byte[] f, int len) {
        byte[] g = new byte[len];
        System.arraycopy(f, 0, g, 0, Math.min(len, f.length));
        for (int i = f.length; i < len; i++) {
            g[i] = (byte) rnd.nextInt(256);
        }
        return g;
    }

    /** Keeps the 32-bit header, fills MB/ME with random bits, often with a chosen type code and subtype. */
    private byte[] randomField(byte[] f) {
        byte[] g = resize(f, 14);
        for (int i = 4; i < 11; i++) {
            g[i] = (byte) rnd.nextInt(256);
        }
        if (rnd.nextInt(3) > 0) { // ME bits 1-8: type code 0-31 and subtype 0-7
            g[4] = (byte) ((rnd.nextInt(32) << 3) | rnd.nextInt(8));
        }
        if (rnd.nextBoolean()) {
            int df = new int[] {17, 18, 19, 20, 21}[rnd.nextInt(5)];
            g[0] = (byte) ((df << 3) | rnd.nextInt(8));
        }
        return g;
    }

    private byte[] splice(byte[] f, byte[] other) {
        byte[] g = resize(f, other.length);
        System.arraycopy(other, Math.min(4, other.length), g, Math.min(4, g.length),
                Math.max(0, Math.min(other.length, g.length) - 4));
        return g;
    }

    private byte[] random(int len) {
        byte[] g = new byte[len];
        for (int i = 0; i < len; i++) {
            g[i] = (byte) rnd.nextInt(256);
        }
        return g;
    }
}

package org.deconflict.bench.modes;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.deconflict.modes.Bits;

/**
 * Makes fuzz byte streams from real ones: windows of the Beast and AVR samples, SBS lines, hex lines and IQ samples,
 * then byte flips, insertions (Beast escape 0x1A and type bytes, AVR/SBS separators, random bytes), deletions and
 * duplicated runs; sometimes pure random bytes.
 */
public final class StreamMutator {
    /** What a stream is meant to be; decides which parser gets it. */
    public enum Kind { BEAST, AVR, SBS, HEX, IQ }

    private static final byte[] SPECIAL = "\u001a\u001a1234*@<%;\r\n,.-:MSGSTAID0123456789abcdefABCDEF "
            .getBytes(StandardCharsets.ISO_8859_1);
    private final FuzzSeeds seeds;
    private final SplittableRandom rnd;

    public StreamMutator(FuzzSeeds seeds, long seed) {
        this.seeds = seeds;
        this.rnd = new SplittableRandom(seed);
    }

    public Kind nextKind() {
        return Kind.values()[rnd.nextInt(Kind.values().length)];
    }

    /** A mutated stream of {@code kind}, at most a few KiB (IQ: up to 16 KiB). */
    public byte[] next(Kind kind) {
        byte[] base = switch (kind) {
            case BEAST -> window(seeds.beast, 16 + rnd.nextInt(2048));
            case AVR -> window(seeds.avr, 16 + rnd.nextInt(2048));
            case SBS -> lines(seeds.sbsLines, 1 + rnd.nextInt(20));
            case HEX -> hexLines(1 + rnd.nextInt(20));
            case IQ -> window(seeds.iq, 2 * (rnd.nextInt(8192)));
        };
        if (rnd.nextInt(20) == 0) {
            return random(rnd.nextInt(4096));
        }
        return mutate(base, rnd.nextInt(kind == Kind.IQ ? 64 : 12));
    }

    /** Whether the stream should be fed in small random pieces (else in one call). */
    public int nextChunk(int remaining) {
        return rnd.nextBoolean() ? remaining : Math.min(remaining, 1 + rnd.nextInt(64));
    }

    private byte[] window(byte[] src, int len) {
        len = Math.min(len, src.length);
        int from = rnd.nextInt(src.length - len + 1);
        byte[] b = new byte[len];
        System.arraycopy(src, from, b, 0, len);
        return b;
    }

    private byte[] lines(String[] src, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n && src.length > 0; i++) {
            sb.append(src[rnd.nextInt(src.length)]).append(rnd.nextBoolean() ? "\r\n" : "\n");
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] hexLines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            byte[] f = seeds.frames[rnd.nextInt(seeds.frames.length)];
            if (rnd.nextBoolean()) {
                sb.append(rnd.nextInt()).append(',');
            }
            sb.append(Bits.hex(f, 0, f.length)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] mutate(byte[] b, int edits) {
        for (int k = 0; k < edits; k++) {
            int op = rnd.nextInt(5);
            int at = b.length == 0 ? 0 : rnd.nextInt(b.length);
            if (op == 0 && b.length > 0) {
                b[at] = (byte) rnd.nextInt(256);
            } else if (op == 1 && b.length > 0) {
                b[at] = SPECIAL[rnd.nextInt(SPECIAL.length)];
            } else if (op == 2) {
                b = insert(b, at, SPECIAL[rnd.nextInt(SPECIAL.length)]);
            } else if (op == 3 && b.length > 0) {
                int n = Math.min(b.length - at, 1 + rnd.nextInt(16));
                byte[] c = new byte[b.length - n];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + n, c, at, b.length - at - n);
                b = c;
            } else if (b.length > 0) {
                int n = Math.min(b.length - at, 1 + rnd.nextInt(32));
                byte[] c = new byte[b.length + n];
                System.arraycopy(b, 0, c, 0, at + n);
                System.arraycopy(b, at, c, at + n, b.length - at);
                b = c;
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte v) {
        byte[] c = new byte[b.length + 1];
        System.arraycopy(b, 0, c, 0, at);
        c[at] = v;
        System.arraycopy(b, at, c, at + 1, b.length - at);
        return c;
    }

    private byte[] random(int len) {
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = (byte) rnd.nextInt(256);
        }
        return b;
    }
}

package org.deconflict.app.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * One Server-Sent Events frame (W3C HTML Living Standard §9.2.6 "Interpreting an event stream") encoded once for
 * every client: the plain bytes, and the same bytes as a self-contained run of raw deflate blocks (RFC 1951) that
 * ends on a byte boundary and refers to nothing before it. A gzip client's response body is {@link #GZIP_HEADER}
 * followed by such runs in any order and number, which is one valid, never-finished gzip member (RFC 1952 §2.3), so
 * every client can be handed the same compressed bytes whenever it joined. Immutable: the arrays are never changed
 * after construction, so they may be handed to many asynchronous writes at once.
 */
final class SseFrame {

    /** A gzip member header (RFC 1952 §2.3.1): ID1 ID2, CM = 8 deflate, no flags, no time, XFL 0, OS 255 unknown. */
    static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    /** A comment line that keeps idle connections (and proxies) from timing out (§9.2.6: lines starting ':'). */
    static final SseFrame KEEP_ALIVE = comment("keep-alive");
    /** The first bytes a client without a snapshot gets, so its headers go out and its EventSource opens at once. */
    static final SseFrame CONNECTED = comment("connected");

    private final byte[] plain;
    /** Compressed on first demand (no gzip client, no deflate); a race computes it twice, equal either way. */
    private volatile byte[] deflated;

    private SseFrame(byte[] plain) {
        this.plain = plain;
    }

    /** {@code event: NAME\ndata: BODY\n\n}; the body must hold no line break (compact JSON has none). */
    static SseFrame event(String name, byte[] jsonBody) {
        byte[] head = ("event: " + name + "\ndata: ").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + jsonBody.length + 2];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(jsonBody, 0, out, head.length, jsonBody.length);
        out[out.length - 2] = '\n';
        out[out.length - 1] = '\n';
        return new SseFrame(out);
    }

    static SseFrame comment(String text) {
        return new SseFrame((": " + text + "\n\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** The bytes for a client with ({@code gzip}) or without compression. */
    byte[] bytes(boolean gzip) {
        if (!gzip) {
            return plain;
        }
        byte[] d = deflated;
        if (d == null) {
            d = deflate(plain);
            deflated = d;
        }
        return d;
    }

    int plainLength() {
        return plain.length;
    }

    /**
     * Raw deflate at the fastest level from an empty window, ended by a sync flush (an empty stored block, RFC 1951
     * §3.2.4) so the run stops on a byte boundary and the next run may follow it directly.
     */
    private static byte[] deflate(byte[] in) {
        Deflater d = new Deflater(Deflater.BEST_SPEED, true);
        try {
            d.setInput(in);
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 3 + 64);
            byte[] buf = new byte[Math.max(256, Math.min(in.length + 64, 64 * 1024))];
            int n;
            do {
                n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
                out.write(buf, 0, n);
            } while (n == buf.length);
            return out.toByteArray();
        } finally {
            d.end();
        }
    }
}

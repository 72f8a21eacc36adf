package org.deconflict.app.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Test samples written on the fly: Beast frames (escaped), text recordings, gzip'd copies. */
final class Samples {
    private Samples() {
    }

    /** One Beast frame: 0x1A, type, 6-byte 12 MHz timestamp, signal, payload; every 0x1A after the first doubled. */
    static byte[] beastFrame(int type, long timestamp12MHz, int signal, byte[] payload) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int i = 5; i >= 0; i--) {
            raw.write((int) (timestamp12MHz >>> (8 * i)) & 0xff);
        }
        raw.write(signal);
        raw.write(payload, 0, payload.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x1a);
        out.write(type);
        for (byte b : raw.toByteArray()) {
            out.write(b);
            if (b == 0x1a) {
                out.write(0x1a);
            }
        }
        return out.toByteArray();
    }

    /** {@code frames} Beast frames alternating short and long, timestamps and payloads rich in 0x1A. */
    static byte[] beastStream(int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < frames; i++) {
            boolean lng = i % 2 == 1;
            byte[] payload = new byte[lng ? 14 : 7];
            for (int k = 0; k < payload.length; k++) {
                payload[k] = (byte) (k % 3 == 0 ? 0x1a : 0x8d + i + k);
            }
            out.writeBytes(beastFrame(lng ? 0x33 : 0x32, 0x1a1a00L + 12_000_000L * i, 0x1a, payload));
        }
        return out.toByteArray();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    static Path writeGzip(Path dir, String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(content);
        }
        return p;
    }
}

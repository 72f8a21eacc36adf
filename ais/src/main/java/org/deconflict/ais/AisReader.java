package org.deconflict.ais;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * The friendly API: NMEA text in, immutable {@link AisReport}s out. Wraps {@link AisStreamDecoder} (framing,
 * tag blocks, assembly) and {@link MessageDecoder}; everything rejected is counted in {@link #stats()}.
 * Not thread-safe; use one reader per input stream.
 */
public final class AisReader {

    private final AisStreamDecoder decoder;
    private final MessageDecoder messages = new MessageDecoder();
    private final AisStats stats;

    public AisReader(Consumer<AisReport> sink) {
        this(sink, new AisStats());
    }

    public AisReader(Consumer<AisReport> sink, AisStats stats) {
        this.stats = stats;
        this.decoder = new AisStreamDecoder(new AisStreamDecoder.Listener() {
            @Override
            public void onFrame(AisFrame frame) {
                AisReport r = frame.toReport(messages);
                if (r == null) {
                    stats.countReject(messages.lastReject());
                } else {
                    stats.countMessage(r.message().type());
                    sink.accept(r);
                }
            }
        }, stats, AisStreamDecoder.DEFAULT_PENDING_MESSAGES, AisStreamDecoder.DEFAULT_FRAGMENT_TIMEOUT_MILLIS,
                AisStreamDecoder.DEFAULT_MAX_SENTENCE_GAP);
    }

    public AisStats stats() {
        return stats;
    }

    /** Feeds raw bytes (lines may be split anywhere). */
    public void feed(byte[] buf, int off, int len) {
        decoder.feed(buf, off, len);
    }

    /** Decodes one line of text (without line terminator). */
    public void line(String line) {
        byte[] b = line.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        decoder.line(b, 0, b.length);
    }

    /** Reads to end of stream and finishes. */
    public void readAll(InputStream in) throws IOException {
        decoder.readAll(in);
    }

    /** End of input: decodes a last unterminated line, drops (and counts) incomplete multi-part messages. */
    public void finish() {
        decoder.finish();
    }
}

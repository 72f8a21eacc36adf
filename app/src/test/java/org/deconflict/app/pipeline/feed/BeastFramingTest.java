package org.deconflict.app.pipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.deconflict.app.input.StreamFormat;
import org.deconflict.ais.AisReport;
import org.deconflict.engine.ingest.Observation;
import org.deconflict.modes.framing.BeastParser;
import org.deconflict.modes.framing.FrameSink;
import org.deconflict.modes.framing.FramingReject;
import org.deconflict.sim.out.BeastFrames;
import org.junit.jupiter.api.Test;

/**
 * {@link FrameDecoder} frames clean Beast frames itself and hands everything else to the {@link BeastParser}: over
 * streams of frames with escaped bytes, Mode A/C, garbage, bad types and cut frames, fed in chunks of any size, it
 * delivers exactly the frames (bytes, counter, in order) and counts exactly the rejects of one parser fed the whole
 * stream at once.
 */
class BeastFramingTest {

    /** What was delivered, as text so two runs compare by value. */
    private static String frame(byte[] buf, int off, int len, long ts) {
        return HexFormat.of().formatHex(buf, off, off + len) + "@" + ts;
    }

    private static byte[] stream(Random r, int pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64];
        for (int p = 0; p < pieces; p++) {
            int kind = r.nextInt(20);
            if (kind < 14) {                              // a Mode S frame, often with 0x1A bytes to escape
                byte[] f = new byte[r.nextBoolean() ? 7 : 14];
                r.nextBytes(f);
                if (r.nextInt(4) == 0) {
                    f[r.nextInt(f.length)] = 0x1A;
                }
                long ts = r.nextInt(3) == 0 ? 0x1A1A1A1A1A1AL : r.nextLong() & 0xFFFF_FFFF_FFFFL;
                int signal = r.nextInt(5) == 0 ? 0x1A : r.nextInt(256);
                out.write(buf, 0, BeastFrames.write(buf, 0, ts, signal, f, 0, f.length));
            } else if (kind < 16) {                       // Mode A/C: 0x1A '1', counter, signal, 2 bytes
                out.write(new byte[] {0x1A, '1', 0, 0, 0, 0, 0, 1, 0x20, 0x12, 0x34}, 0, 11);
            } else if (kind < 18) {                       // garbage
                for (int g = r.nextInt(6); g >= 0; g--) {
                    out.write(r.nextInt(256));
                }
            } else if (kind < 19) {                       // a bad type
                out.write(new byte[] {0x1A, '7'}, 0, 2);
            } else {                                      // a frame cut short
                byte[] f = new byte[14];
                r.nextBytes(f);
                int n = BeastFrames.write(buf, 0, r.nextLong() & 0xFFFF_FFFF_FFFFL, 0x40, f, 0, f.length);
                out.write(buf, 0, 1 + r.nextInt(n - 1));
            }
        }
        return out.toByteArray();
    }

    @Property(tries = 300)
    void framesAndRejectsEqualThoseOfTheParserAlone(@ForAll long seed,
                                                    @ForAll @IntRange(min = 0, max = 400) int pieces,
                                                    @ForAll @IntRange(min = 1, max = 64) int maxChunk) {
        Random r = new Random(seed);
        byte[] bytes = stream(r, pieces);

        List<String> expected = new ArrayList<>();
        BeastParser alone = new BeastParser(new FrameSink() {
            @Override
            public void frame(byte[] buf, int off, int len, long ts, int signal) {
                expected.add(BeastFramingTest.frame(buf, off, len, ts));
            }
        });
        alone.feed(bytes, 0, bytes.length);
        long expectedRejects = 0;
        for (FramingReject reason : FramingReject.values()) {
            expectedRejects += alone.rejectCount(reason);
        }

        List<String> got = new ArrayList<>();
        FrameDecoder d = new FrameDecoder(StreamFormat.BEAST, 1, null, new FrameDecoder.Output() {
            @Override
            public void modes(byte[] buf, int off, int len, long ts, long timeNanos, int receiverId, long endOffset) {
                got.add(BeastFramingTest.frame(buf, off, len, ts));
            }

            @Override
            public void ais(AisReport report, long receivedNanos, long endOffset) {
                throw new AssertionError("no AIS in Beast");
            }

            @Override
            public void observation(Observation o, long endOffset) {
                throw new AssertionError("no SBS in Beast");
            }
        });
        for (int off = 0; off < bytes.length; ) {
            int n = Math.min(bytes.length - off, 1 + r.nextInt(maxChunk));
            d.feed(bytes, off, n, 0, off + n);
            off += n;
        }
        d.finish(0, bytes.length);
        assertThat(got).containsExactlyElementsOf(expected);
        assertThat(d.rejected()).isEqualTo(expectedRejects);
    }

    @Test
    void aRecordingInOneChunkIsFramedWholeAndAFrameCutAtTheChunkEndFinishesInTheNext() {
        Random r = new Random(7);
        byte[] bytes = stream(r, 2_000);
        List<String> expected = new ArrayList<>();
        new BeastParser((buf, off, len, ts, signal) -> expected.add(frame(buf, off, len, ts)))
                .feed(bytes, 0, bytes.length);
        List<FeedItem> items = new ArrayList<>();
        FrameDecoder d = new FrameDecoder(StreamFormat.BEAST, 1, null, items::add);
        int half = bytes.length / 2;
        d.feed(bytes, 0, half, 0, half);
        d.feed(bytes, half, bytes.length - half, 0, bytes.length);
        assertThat(expected).hasSizeGreaterThan(1_000);
        assertThat(items).extracting(i -> {
            FeedItem.ModeS m = (FeedItem.ModeS) i;
            return frame(m.frame(), 0, m.frame().length, m.timestamp12MHz());
        }).containsExactlyElementsOf(expected);
    }
}

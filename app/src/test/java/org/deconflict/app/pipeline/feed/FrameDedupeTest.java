package org.deconflict.app.pipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.deconflict.engine.ingest.ModeSFrameDeduplicator;
import org.deconflict.engine.ingest.ReceiverList;
import org.junit.jupiter.api.Test;

class FrameDedupeTest {

    /** What a sink was given, with the frame as hex so two runs compare by value. */
    record Released(String frameHex, long timestamp12MHz, long timeNanos, ReceiverList receivers) {
    }

    private static ModeSFrameDeduplicator.Sink into(List<Released> out) {
        return (frame, ts, t, rx) -> out.add(new Released(HexFormat.of().formatHex(frame), ts, t, rx));
    }

    /** The same record from a reused buffer, read during the call as the sink contract allows. */
    private static FrameDedupe.Sink intoFromBuffer(List<Released> out) {
        return (buf, off, len, ts, t, rx) -> out.add(new Released(HexFormat.of().formatHex(buf, off, off + len), ts, t, rx));
    }

    /**
     * Random traffic of few distinct frames (so copies, repeats from one receiver and late copies all happen), from up
     * to {@code receivers} receivers (more than the inline receiver slots; some ids too large to pack), with times that tie, sit on the window's
     * edge and jump past it; both deduplicators must release the same groups in the same order and count the same.
     */
    @Property(tries = 300)
    void releasesExactlyWhatTheEngineDeduplicatorReleases(@ForAll long seed,
                                                          @ForAll @IntRange(min = 1, max = 12) int receivers,
                                                          @ForAll @IntRange(min = 1, max = 40) int distinct,
                                                          @ForAll @IntRange(min = 1, max = 3000) int frames) {
        Random r = new Random(seed);
        long window = 500;
        List<byte[]> pool = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            byte[] f = new byte[r.nextBoolean() ? 7 : 14];
            r.nextBytes(f);
            pool.add(f);
        }
        List<Released> engine = new ArrayList<>();
        List<Released> ours = new ArrayList<>();
        ModeSFrameDeduplicator reference = new ModeSFrameDeduplicator(into(engine), window);
        FrameDedupe dedupe = new FrameDedupe(intoFromBuffer(ours), window);
        byte[] buf = new byte[64];
        long t = 1_000;
        for (int i = 0; i < frames; i++) {
            t += switch (r.nextInt(6)) {
                case 0 -> 0;
                case 1 -> window;
                case 2 -> window + 1;
                case 3 -> r.nextInt(3 * (int) window);
                default -> r.nextInt(20);
            };
            byte[] f = pool.get(r.nextInt(pool.size()));
            int off = r.nextInt(buf.length - f.length);
            System.arraycopy(f, 0, buf, off, f.length);
            int rx = (r.nextInt(4) == 0 ? 250 : 1) + r.nextInt(receivers);   // ids past one byte too
            long ts = r.nextLong() & 0xFFFF_FFFF_FFFFL;
            reference.offer(buf, off, f.length, ts, t, rx);
            dedupe.offer(buf, off, f.length, ts, t, rx);
            assertThat(ours).hasSameSizeAs(engine);
        }
        reference.flush();
        dedupe.flush();
        assertThat(ours).containsExactlyElementsOf(engine);
        assertThat(dedupe.duplicates()).isEqualTo(reference.duplicates());
    }

    @Test
    void manyTransmissionsInOneWindowGrowTheBuffersWithoutLosingAny() {
        List<Released> out = new ArrayList<>();
        FrameDedupe dedupe = new FrameDedupe(intoFromBuffer(out), 1_000_000);
        byte[] f = new byte[14];
        for (int i = 0; i < 20_000; i++) {
            f[0] = (byte) i;
            f[1] = (byte) (i >> 8);
            for (int rx = 1; rx <= 3; rx++) {
                dedupe.offer(f, 0, f.length, -1, 1_000 + i, rx);
            }
        }
        dedupe.flush();
        assertThat(out).hasSize(20_000);
        assertThat(out).allSatisfy(g -> assertThat(g.receivers()).isEqualTo(ReceiverList.of(1, 2, 3)));
        assertThat(dedupe.duplicates()).isEqualTo(40_000);
        assertThat(out).extracting(Released::timeNanos).isSorted();
    }
}

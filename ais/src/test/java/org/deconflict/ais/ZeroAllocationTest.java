package org.deconflict.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hot path allocates nothing once warm: framing, tag blocks ({@code s:}/{@code si:}/{@code c:} read through the
 * reused {@link TagBlockView}), $PGHP lines, multi-part assembly and {@link MessageView} decoding of every message,
 * over real feeds. Measured with the JVM's per-thread allocation counter over whole passes of each file.
 */
class ZeroAllocationTest {

    @ParameterizedTest
    @ValueSource(strings = {"dma-aisabnormal/212123000_drift_1.ais", "pyais/mixed.txt", "libais/tagblock.nmea",
        "gpsd/sample.aivdm"})
    void warmDecodingAllocatesNothingPerLine(String file) throws IOException {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(mx.isThreadAllocatedMemorySupported(), "this JVM does not count allocated bytes per thread");
        byte[] bytes = Files.readAllBytes(SharedData.require("ais/" + file));
        long[] sum = new long[3];
        MessageView view = new MessageView();
        AisStreamDecoder decoder = new AisStreamDecoder(new AisStreamDecoder.Listener() {
            @Override
            public void onFrame(AisFrame frame) {
                TagBlockView tag = frame.tag();
                if (tag != null) {
                    sum[0] += tag.timeMillis() + tag.groupId() + (tag.source() == null ? 0 : tag.source().length());
                }
                if (view.decode(frame.bits())) {
                    sum[1] += view.mmsi() + view.latRaw() + view.name().length() + view.text().length();
                }
                sum[2] += frame.hasTime() ? frame.timeMillis() : 0;
            }
        });
        for (int pass = 0; pass < 40; pass++) { // warm-up: the JIT compiles the decoder
            decoder.feed(bytes, 0, bytes.length);
            decoder.finish();
        }
        long lines = decoder.stats().lines();
        long tid = Thread.currentThread().getId();
        int passes = 5;
        long before = mx.getThreadAllocatedBytes(tid);
        for (int pass = 0; pass < passes; pass++) {
            decoder.feed(bytes, 0, bytes.length);
            decoder.finish();
        }
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        long linesPerPass = (decoder.stats().lines() - lines) / passes;
        assertThat(decoder.stats().frames()).isPositive();
        assertThat(sum[1]).isNotZero();
        // a few bytes of slack per pass for the counter's own bookkeeping, none per line
        assertThat(allocated / passes).as("bytes allocated per pass of %d lines", linesPerPass).isLessThan(256);
    }
}

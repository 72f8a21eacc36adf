package org.deconflict.sim.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.deconflict.sim.Protocol;

class ReceptionBufferTest {

    @Test
    void releasesInTrueTimeOrderWithTiesInInsertionOrder() {
        ReceptionBuffer buf = new ReceptionBuffer();
        SplittableRandom rng = new SplittableRandom(1);
        List<long[]> added = new ArrayList<>();
        List<long[]> out = new ArrayList<>();
        long now = 1_000_000_000_000L;
        int id = 0;
        for (int step = 0; step < 20_000; step++) {
            now += rng.nextInt(30_000);
            long upTo = now;
            int before = out.size();
            buf.release(upTo, (rid, t, p, b, off, len, sig) -> out.add(new long[] {t, b[0]}));
            for (int k = before; k < out.size(); k++) {
                assertThat(out.get(k)[0]).isLessThanOrEqualTo(upTo);             // never early
            }
            if (step % 200 == 0) {                                                // at most one bucket late
                long due = added.stream().filter(a -> a[0] <= upTo - ReceptionBuffer.BUCKET_NANOS).count();
                assertThat((long) out.size()).isGreaterThanOrEqualTo(due);
            }
            for (int k = 0; k < 3; k++) {
                long t = now + rng.nextInt(3_000_000) + (rng.nextInt(10) == 0 ? 30_000_000 : 0);
                added.add(new long[] {t, (byte) id, id});
                buf.add(t, 1, t, Protocol.MODE_S, frameWithFirstByte(id), 0, 7, 0);
                if (rng.nextInt(5) == 0) {            // an exact tie with the previous one
                    ++id;
                    added.add(new long[] {t, (byte) id, id});
                    buf.add(t, 1, t, Protocol.MODE_S, frameWithFirstByte(id), 0, 7, 0);
                }
                id++;
            }
        }
        buf.release(Long.MAX_VALUE, (rid, t, p, b, off, len, sig) -> out.add(new long[] {t, b[0]}));
        assertThat(buf.isEmpty()).isTrue();
        added.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[2], b[2]));
        assertThat(out).hasSize(added.size());
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.get(i)[0]).isEqualTo(added.get(i)[0]);
            assertThat(out.get(i)[1]).isEqualTo(added.get(i)[1]);
        }
    }

    @Test
    void nothingIsReleasedEarlyAndFarFutureIsRefused() {
        ReceptionBuffer buf = new ReceptionBuffer();
        byte[] frame = new byte[7];
        buf.add(5_000_000, 1, 5_000_000, Protocol.AIS, frame, 0, 7, 0);
        List<Long> out = new ArrayList<>();
        buf.release(4_999_999, (rid, t, p, b, off, len, sig) -> out.add(t));
        assertThat(out).isEmpty();
        buf.release(5_000_000 + ReceptionBuffer.BUCKET_NANOS, (rid, t, p, b, off, len, sig) -> out.add(t));
        assertThat(out).containsExactly(5_000_000L);
        assertThatThrownBy(() -> buf.add(5_000_000 + ReceptionBuffer.HORIZON_NANOS + 1_000_000, 1, 0, Protocol.AIS,
                frame, 0, 7, 0)).isInstanceOf(IllegalStateException.class);
    }

    /** A fresh frame per reception: the buffer keeps a reference to the bytes it is given. */
    private static byte[] frameWithFirstByte(int id) {
        byte[] f = new byte[7];
        f[0] = (byte) id;
        return f;
    }
}

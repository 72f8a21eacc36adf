package org.deconflict.modes.iq;

import org.deconflict.modes.ModeS;
import org.deconflict.modes.framing.FrameSink;

/**
 * Mode S demodulator for 2 MS/s RTL-SDR captures (unsigned 8-bit interleaved I/Q, offset 127.5). At 2 MS/s one
 * sample is 0.5 µs: the preamble has pulses at samples 0, 2, 7 and 9 and data starts at sample 16, one bit per two
 * samples, pulse position modulated (ICAO Annex 10 Vol IV §3.1.2.1-2: 1 = pulse in the first half µs).
 * Candidates are handed to the sink unchecked; the decoder's CRC decides. Timestamps are 12 MHz ticks of the
 * sample position (6 ticks per sample).
 */
public final class IqDemodulator {
    /** Samples of the preamble before the first data bit (8 µs). ICAO Annex 10 Vol IV §3.1.2.1.4. */
    private static final int PREAMBLE_SAMPLES = 16;
    private static final int LONG_BITS = 112;
    /** 12 MHz ticks per 2 MHz sample. */
    private static final int TICKS_PER_SAMPLE = 6;
    private static final int[] MAGNITUDE = new int[256 * 256];

    static {
        for (int i = 0; i < 256; i++) {
            for (int q = 0; q < 256; q++) {
                double di = i - 127.5;
                double dq = q - 127.5;
                MAGNITUDE[i * 256 + q] = (int) Math.round(Math.sqrt(di * di + dq * dq) * 360);
            }
        }
    }

    private final byte[] frame = new byte[14];
    private long candidates;

    /** Demodulates a whole capture; returns the number of candidate frames handed to {@code sink}. */
    public long demodulate(byte[] iq, FrameSink sink) {
        int n = iq.length / 2;
        int[] m = new int[n];
        for (int k = 0; k < n; k++) {
            m[k] = MAGNITUDE[((iq[2 * k] & 0xFF) << 8) | (iq[2 * k + 1] & 0xFF)];
        }
        long found = 0;
        int last = n - PREAMBLE_SAMPLES - 2 * LONG_BITS;
        for (int j = 0; j < last; j++) {
            if (!preamble(m, j)) {
                continue;
            }
            int bits = bitsAt(m, j + PREAMBLE_SAMPLES);
            if (bits > 0) {
                found++;
                sink.frame(frame, 0, bits / 8, (long) j * TICKS_PER_SAMPLE, -1);
                j += PREAMBLE_SAMPLES + 2 * bits - 1; // skip the frame just taken
            }
        }
        candidates += found;
        return found;
    }

    /** Pulse shape test at 0, 2, 7, 9 with quiet samples between and after (as in antirez's dump1090). */
    private static boolean preamble(int[] m, int j) {
        if (!(m[j] > m[j + 1] && m[j + 1] < m[j + 2] && m[j + 2] > m[j + 3] && m[j + 3] < m[j]
                && m[j + 4] < m[j] && m[j + 5] < m[j] && m[j + 6] < m[j] && m[j + 7] > m[j + 8]
                && m[j + 8] < m[j + 9] && m[j + 9] > m[j + 6])) {
            return false;
        }
        int high = (m[j] + m[j + 2] + m[j + 7] + m[j + 9]) / 6;
        if (m[j + 4] >= high || m[j + 5] >= high) {
            return false;
        }
        return m[j + 11] < high && m[j + 12] < high && m[j + 13] < high && m[j + 14] < high;
    }

    /** Slices bits from sample {@code s}; returns the frame length in bits (56/112) or 0 on an unsupported DF. */
    private int bitsAt(int[] m, int s) {
        java.util.Arrays.fill(frame, (byte) 0);
        int len = LONG_BITS;
        for (int i = 0; i < len; i++) {
            int first = m[s + 2 * i];
            int second = m[s + 2 * i + 1];
            if (first > second) {
                frame[i >>> 3] |= (byte) (0x80 >>> (i & 7));
            }
            if (i == 4) {
                int df = ModeS.df(frame, 0);
                if (!ModeS.isSupportedDf(df)) {
                    return 0;
                }
                len = ModeS.lengthBytes(df) * 8;
            }
        }
        return len;
    }

    /** Candidate frames found so far. */
    public long candidates() {
        return candidates;
    }
}

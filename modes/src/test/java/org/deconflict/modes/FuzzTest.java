package org.deconflict.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.deconflict.modes.adsb.Adsb;
import org.deconflict.modes.cpr.PositionResolver;
import org.deconflict.modes.encode.ModeSEncoder;
import org.deconflict.modes.framing.AvrParser;
import org.deconflict.modes.framing.BeastParser;
import org.deconflict.modes.framing.FrameSink;
import org.deconflict.modes.framing.SbsParser;
import org.deconflict.modes.json.ModeSFields;
import org.deconflict.modes.message.ModeSMessage;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated frames and byte streams: nothing throws, every frame is either accepted or rejected with a
 * reason, accepted CRC-checked formats really have clean parity, and the parsers finish (bounded input).
 */
class FuzzTest {
    private static final int FRAMES = 200_000;

    @Test
    void randomAndMutatedFramesNeverThrow() {
        SplittableRandom rnd = new SplittableRandom(42);
        ModeSDecoder stream = new ModeSDecoder(ModeSDecoder.Options.stream().withMaxCorrectedBits(2));
        ModeSDecoder frames = new ModeSDecoder(ModeSDecoder.Options.frames());
        ModeSView view = new ModeSView();
        byte[][] seeds = {Bits.parseHex("8D406B902015A678D4D220AA4BDA"), Bits.parseHex("A000139381951536E024D4CCF6B5"),
            Bits.parseHex("8D40058B58C901375147EFD09357"), Bits.parseHex("8DA05629EA21485CBF3F8CADAEEB"),
            ModeSEncoder.operationalStatus(17, 5, 0xABCDEF, 1, 0xFFF, 0, 2, 1, 9, 0, 3, true, false, true, 5),
            Bits.parseHex("20001718029FCD"), Bits.parseHex("5D4CA2D4000000")};
        double[] pos = new double[2];
        PositionResolver resolver = new PositionResolver();
        long accepted = 0;
        for (int i = 0; i < FRAMES; i++) {
            byte[] f;
            if (rnd.nextBoolean()) {
                f = new byte[rnd.nextInt(4) == 0 ? rnd.nextInt(20) : (rnd.nextBoolean() ? 7 : 14)];
                for (int k = 0; k < f.length; k++) {
                    f[k] = (byte) rnd.nextInt(256);
                }
            } else {
                f = seeds[rnd.nextInt(seeds.length)].clone();
                int flips = rnd.nextInt(4);
                for (int k = 0; k < flips; k++) {
                    int bit = rnd.nextInt(f.length * 8);
                    f[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
                }
            }
            for (ModeSDecoder d : new ModeSDecoder[] {stream, frames}) {
                ModeSDecoder.Result r = d.decode(f, i * 1_000_000L);
                assertThat(r.accepted()).isNotEqualTo(r.reason() != null);
                if (r.accepted()) {
                    accepted++;
                    ModeSMessage m = r.message();
                    assertThat(ModeSFields.toJson(m)).startsWith("{\"hex\":");
                    byte[] fixed = Bits.parseHex(m.frame().hex());
                    if (m.df() == 17 || m.df() == 18 || m.df() == 19) {
                        assertThat(Crc24.residual(fixed, 0, fixed.length)).isZero();
                    }
                }
                if (d.decode(f, 0, f.length, -1, i, view) == null && view.typecode() >= 9 && view.typecode() <= 18) {
                    byte[] vf = view.frame();
                    resolver.resolve(view.icao(), false, Adsb.cprOdd(vf, 0), Adsb.cprLat(vf, 0), Adsb.cprLon(vf, 0),
                            i, pos);
                }
            }
        }
        assertThat(accepted).isPositive();
    }

    @Test
    void randomStreamsNeverThrow() {
        SplittableRandom rnd = new SplittableRandom(7);
        long[] delivered = {0};
        FrameSink sink = (buf, off, len, ts, sig) -> {
            assertThat(len).isIn(7, 14);
            delivered[0]++;
        };
        BeastParser beast = new BeastParser(sink);
        AvrParser avr = new AvrParser(sink);
        SbsParser sbs = new SbsParser(m -> delivered[0]++);
        byte[] alphabet = "*@<%;0123456789abcdefABCDEF\r\n,MSG1A".getBytes();
        byte[] buf = new byte[4096];
        for (int round = 0; round < 200; round++) {
            for (int k = 0; k < buf.length; k++) {
                buf[k] = rnd.nextInt(3) == 0 ? (byte) 0x1A
                        : rnd.nextBoolean() ? alphabet[rnd.nextInt(alphabet.length)] : (byte) rnd.nextInt(256);
            }
            int off = 0;
            while (off < buf.length) {
                int n = Math.min(buf.length - off, 1 + rnd.nextInt(64));
                beast.feed(buf, off, n);
                avr.feed(buf, off, n);
                sbs.feed(buf, off, n);
                off += n;
            }
        }
        assertThat(beast.frames() + avr.frames()).isEqualTo(delivered[0] - sbs.frames());
    }
}

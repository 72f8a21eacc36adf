package org.deconflict.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.deconflict.modes.adsb.Adsb;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The view loads a frame as words (header, MB/ME, parity): every word accessor must agree with the byte-level
 * accessors on the same frame, at any offset inside a larger buffer, and {@link ModeSView#frame()} must give back the
 * accepted bytes.
 */
class ModeSViewTest {
    private final ModeSDecoder decoder = new ModeSDecoder(ModeSDecoder.Options.frames().withMaxCorrectedBits(0));

    @Property(tries = 3000)
    void wordAccessorsEqualByteAccessors(@ForAll @Size(min = 14, max = 14) byte[] data,
            @ForAll @IntRange(min = 0, max = 24) int df, @ForAll @IntRange(min = 0, max = 9) int off) {
        data[0] = (byte) ((df << 3) | (data[0] & 7));
        int len = ModeS.lengthBytes(ModeS.df(data, 0));
        if (df == 11 || df == 17 || df == 18 || df == 19) { // make the parity clean so the frame is accepted
            Crc24.writeParity(data, 0, len, Crc24.compute(data, 0, len - 3));
        }
        byte[] buf = new byte[off + len + 3];
        Arrays.fill(buf, (byte) 0x5A);
        System.arraycopy(data, 0, buf, off, len);
        ModeSView v = new ModeSView();
        RejectReason r = decoder.decode(buf, off, len, -1, 0, v);
        if (!ModeS.isSupportedDf(ModeS.df(data, 0))) {
            assertThat(r).isEqualTo(RejectReason.UNSUPPORTED_DF);
            return;
        }
        assertThat(r).isNull();
        assertThat(Arrays.copyOf(v.frame(), len)).isEqualTo(Arrays.copyOf(data, len));
        assertThat(v.df()).isEqualTo(ModeS.df(data, 0));
        assertThat(v.header()).isEqualTo(Bits.get(data, 0, 1, 32));
        assertThat(v.bits6to8()).isEqualTo(ModeS.bits6to8(data, 0));
        assertThat(v.downlinkRequest()).isEqualTo(ModeS.downlinkRequest(data, 0));
        assertThat(v.utilityMessage()).isEqualTo(ModeS.utilityMessage(data, 0));
        assertThat(v.parity()).isEqualTo(Bits.get(data, 0, len * 8 - 23, 24));
        assertThat(v.mb()).isEqualTo(len == 14 ? Bits.field(data, 0, 33, 56) : 0);
        if (v.hasAdsb()) {
            assertThat(v.typecode()).isEqualTo(Adsb.typecode(data, 0));
            assertThat(Adsb.cprLat(v.mb())).isEqualTo(Adsb.cprLat(data, 0));
            assertThat(Adsb.cprLon(v.mb())).isEqualTo(Adsb.cprLon(data, 0));
        }
        int icao = v.addressFromParity() ? Crc24.residual(data, 0, len) : ModeS.addressAnnounced(data, 0);
        assertThat(v.icao()).isEqualTo(icao);
        assertThat(v.toMessage(null).frame().bytes()).isEqualTo(Arrays.copyOf(data, len));
    }

    @Property(tries = 1)
    void supportedDownlinkFormatsAreTheListedOnes() {
        java.util.Set<Integer> listed = java.util.Set.of(0, 4, 5, 11, 16, 17, 18, 19, 20, 21, 24);
        for (int df = -1; df <= 32; df++) {
            assertThat(ModeS.isSupportedDf(df)).as("DF%d", df).isEqualTo(listed.contains(df));
        }
    }

    @Property(tries = 500)
    void correctedFrameIsReloaded(@ForAll @IntRange(min = 5, max = 111) int bit,
            @ForAll @IntRange(max = 0xFFFFFF) int icao) {
        ModeSDecoder oneBit = new ModeSDecoder(ModeSDecoder.Options.frames());
        byte[] good = org.deconflict.modes.encode.ModeSEncoder.identification(17, 5, icao, 4, 0, "ABC123");
        byte[] bad = good.clone();
        bad[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
        ModeSView v = new ModeSView();
        assertThat(oneBit.decode(bad, 0, 14, -1, 0, v)).isNull();
        assertThat(v.correctedBits()).isEqualTo(1);
        assertThat(Arrays.copyOf(v.frame(), 14)).isEqualTo(good);
        assertThat(v.mb()).isEqualTo(Bits.field(good, 0, 33, 56));
        assertThat(v.icao()).isEqualTo(icao);
    }
}

package org.deconflict.modes;

import static org.assertj.core.api.Assertions.assertThat;

import org.deconflict.modes.commb.Bds;
import org.deconflict.modes.encode.ModeSEncoder;
import org.deconflict.modes.message.CommBReply;
import org.junit.jupiter.api.Test;

/** Address/parity replies are credited only to addresses confirmed by clean squitters, within the TTL. */
class KnownAddressFilterTest {
    private static final long S = 1_000_000_000L;
    private static final int ICAO = 0x4CA2D4;

    @Test
    void repliesNeedARecentlyConfirmedAddress() {
        ModeSDecoder d = new ModeSDecoder(ModeSDecoder.Options.stream());
        byte[] altitude = ModeSEncoder.altitudeReply(0, 0, 0, 35000, ICAO);
        assertThat(d.decode(altitude, 0).reason()).isEqualTo(RejectReason.UNKNOWN_ADDRESS);
        assertThat(d.decode(ModeSEncoder.allCall(5, ICAO, 0), S).accepted()).isTrue();
        assertThat(d.decode(altitude, 2 * S).message().icao()).isEqualTo(ICAO);
        // a DF11 carrying an interrogator code is trusted only because the address is now known
        assertThat(d.decode(ModeSEncoder.allCall(5, ICAO, 12), 3 * S).accepted()).isTrue();
        assertThat(d.decode(ModeSEncoder.allCall(5, 0x123456, 12), 3 * S).reason())
                .isEqualTo(RejectReason.UNKNOWN_ADDRESS);
        // 60 s after the last confirmation the address is forgotten
        assertThat(d.decode(altitude, 62 * S).reason()).isEqualTo(RejectReason.UNKNOWN_ADDRESS);
        assertThat(d.rejectCount(RejectReason.UNKNOWN_ADDRESS)).isEqualTo(3);
        // without the filter every reply is decoded with the address recovered from parity
        ModeSDecoder open = new ModeSDecoder(ModeSDecoder.Options.stream().withAddressFilter(false));
        assertThat(open.decode(altitude, 0).message().icao()).isEqualTo(ICAO);
    }

    @Test
    void bdsOverlaidParityNamesTheRegister() {
        ModeSDecoder d = new ModeSDecoder(ModeSDecoder.Options.stream());
        d.decode(ModeSEncoder.identification(17, 5, ICAO, 4, 0, "SAS123"), 0);
        long mb = 0x85E42F313000L << 8; // a BDS 4,0 selected vertical intention
        byte[] plain = ModeSEncoder.commBAltitudeReply(0, 0, 0, 30000, mb, ICAO);
        // data parity (DP, ICAO Annex 10 Vol IV): the register number added to the first 8 parity bits
        byte[] overlaid = plain.clone();
        overlaid[11] ^= 0x40;
        CommBReply r = (CommBReply) d.decode(overlaid, S).message();
        assertThat(r.icao()).isEqualTo(ICAO);
        assertThat(r.overlayBds()).isEqualTo(0x40);
        assertThat(r.bdsCandidates()).isEqualTo(Bds.BDS40.mask());
        // the same frame from an unknown aircraft is not credited to anybody
        ModeSDecoder fresh = new ModeSDecoder(ModeSDecoder.Options.stream());
        assertThat(fresh.decode(overlaid, S).reason()).isEqualTo(RejectReason.UNKNOWN_ADDRESS);
    }
}

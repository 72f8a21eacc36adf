package org.deconflict.modes.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** SBS/BaseStation lines as readsb writes them on port 30003, including its {@code ~} non-ICAO address marker. */
class SbsParserTest {

    @Test
    void aTildeHexidentIsANonIcaoAddress() {
        SbsMessage m = SbsParser.parse(
                "MSG,3,1,1,~C0FFEE,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,2500,,,52.2572,3.91937,,,0,0,0,0");
        assertThat(m).isNotNull();
        assertThat(m.icao()).isEqualTo(0xC0FFEE);
        assertThat(m.nonIcao()).isTrue();
        assertThat(m.altitudeFt()).isEqualTo(2500);
        assertThat(m.latitudeDeg()).isEqualTo(52.2572);
    }

    @Test
    void aPlainHexidentIsAnIcaoAddress() {
        SbsMessage m = SbsParser.parse(
                "MSG,4,1,1,4840D6,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,,159,182.88,,,-832,,0,0,0,0");
        assertThat(m.icao()).isEqualTo(0x4840D6);
        assertThat(m.nonIcao()).isFalse();
    }

    @Test
    void theSeventeenFieldConstructorMakesAnIcaoRecord() {
        SbsMessage m = new SbsMessage("MSG", 3, 0x4840D6, null, null, null, 38000, null, null, 52.0, 4.0, null, null,
                null, null, null, null);
        assertThat(m.nonIcao()).isFalse();
        assertThat(m).isEqualTo(new SbsMessage("MSG", 3, 0x4840D6, null, null, null, 38000, null, null, 52.0, 4.0,
                null, null, null, null, null, null, false));
    }

    @Test
    void aTildeAloneOrTooLongAnAddressIsMalformed() {
        List<SbsMessage> got = new ArrayList<>();
        SbsParser p = new SbsParser(got::add);
        byte[] b = ("MSG,3,1,1,~,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,2500,,,52.2,3.9,,,0,0,0,0\r\n"
                + "MSG,3,1,1,~1C0FFEE,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,2500,,,52.2,3.9,,,0,0,0,0\r\n"
                + "MSG,3,1,1,~00A1B2,1,2024/06/01,12:00:00.500,2024/06/01,12:00:00.500,,2500,,,52.2,3.9,,,0,0,0,0\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        p.feed(b, 0, b.length);
        assertThat(got).singleElement().satisfies(m -> {
            assertThat(m.icao()).isEqualTo(0x00A1B2);
            assertThat(m.nonIcao()).isTrue();
        });
        assertThat(p.rejectCount(FramingReject.SBS_MALFORMED)).isEqualTo(2);
    }
}

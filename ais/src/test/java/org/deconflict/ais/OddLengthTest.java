package org.deconflict.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.deconflict.ais.AisMessage.Dimensions;
import org.deconflict.ais.AisMessage.PositionReport;
import org.deconflict.ais.AisMessage.StaticDataReport;
import org.deconflict.ais.AisMessage.StaticVoyageData;
import org.junit.jupiter.api.Test;

/**
 * Lengths seen in the wild: type 24A at 160/168 bits, type 1 at 204 bits, type 5 at 420/424/426 bits. What is there
 * is decoded; a message shorter than its nominal length is flagged {@link AisMessage#truncated()}.
 */
class OddLengthTest {

    private static AisMessage decodeWithBits(AisMessage m, int extraBits) {
        BitWriter w = AisEncoder.bits(m);
        if (extraBits > 0) {
            w.put(0, extraBits);
        }
        int[] fill = new int[1];
        String payload = w.armor(fill);
        int bits = w.length() + Math.min(0, extraBits);
        int chars = (bits + 5) / 6;
        payload = payload.substring(0, chars);
        int f = chars * 6 - bits;
        String body = "AIVDM,1,1,,A," + payload + "," + f;
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        List<AisMessage> out = new ArrayList<>();
        AisReader reader = new AisReader(r -> out.add(r.message()));
        reader.line("!" + body + "*" + String.format("%02X", sum));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).bitLength()).isEqualTo(bits);
        return out.get(0);
    }

    @Test
    void type1At204BitsDecodesItsFields() {
        PositionReport p = new PositionReport(1, 0, 244_740_981, 0, -128, 0, true, 3_442_480, 31_919_541, 0, 511, 45,
                0, true, 34_463, 168);
        AisMessage m = decodeWithBits(p, 36);
        assertThat(m).isInstanceOf(PositionReport.class);
        PositionReport d = (PositionReport) m;
        assertThat(d.latRaw()).isEqualTo(p.latRaw());
        assertThat(d.radio()).isEqualTo(p.radio());
        assertThat(d.truncated()).isFalse();
    }

    @Test
    void type24PartAAt168BitsAndShortType5AreDecoded() {
        StaticDataReport a = new StaticDataReport(24, 0, 271_041_815, 0, "PROGUY", -1, null, -1, -1, null, null, -1,
                160);
        StaticDataReport a168 = (StaticDataReport) decodeWithBits(a, 8);
        assertThat(a168.shipname()).isEqualTo("PROGUY");
        assertThat(a168.truncated()).isFalse();

        StaticVoyageData s = new StaticVoyageData(5, 0, 351_759_000, 0, 9_134_270, "3FOF8", "EVER DIADEM", 70,
                new Dimensions(225, 70, 1, 31), 1, 5, 15, 14, 0, 122, "NEW YORK", 0, 424);
        StaticVoyageData s426 = (StaticVoyageData) decodeWithBits(s, 2);
        assertThat(s426.destination()).isEqualTo("NEW YORK");
        assertThat(s426.truncated()).isFalse();
        StaticVoyageData s420 = (StaticVoyageData) decodeWithBits(s, -4);
        assertThat(s420.truncated()).isTrue();
        assertThat(s420.shipname()).isEqualTo("EVER DIADEM");
        assertThat(s420.draughtDm()).isEqualTo(122);
        assertThat(s420.destination()).isEqualTo("NEW YORK"); // the lost bits were the DTE flag and spare
    }
}

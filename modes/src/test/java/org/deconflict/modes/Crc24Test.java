package org.deconflict.modes;

import static org.assertj.core.api.Assertions.assertThat;

import org.deconflict.modes.cpr.Cpr;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Table-driven CRC equals the bit-serial definition; single-bit errors are found and fixed; NL matches its formula. */
class Crc24Test {
    @Property(tries = 500)
    void tableDrivenEqualsBitSerial(@ForAll @Size(min = 0, max = 14) byte[] data) {
        assertThat(Crc24.compute(data, 0, data.length)).isEqualTo(Crc24.computeBitwise(data, 0, data.length));
    }

    @Property(tries = 500)
    void unrolledResidualEqualsBitSerial(@ForAll @Size(min = 14, max = 14) byte[] frame, @ForAll boolean isShort) {
        int len = isShort ? 7 : 14;
        int parity = ((frame[len - 3] & 0xFF) << 16) | ((frame[len - 2] & 0xFF) << 8) | (frame[len - 1] & 0xFF);
        assertThat(Crc24.residual(frame, 0, len)).isEqualTo(Crc24.computeBitwise(frame, 0, len - 3) ^ parity);
    }

    @Property(tries = 300)
    void everySingleBitErrorOutsideTheDfIsCorrected(@ForAll @IntRange(min = 5, max = 111) int bit,
            @ForAll @IntRange(max = 0xFFFFFF) int icao) {
        byte[] good = org.deconflict.modes.encode.ModeSEncoder.identification(17, 5, icao, 4, 0, "ABC123");
        byte[] bad = good.clone();
        bad[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
        int residual = Crc24.residual(bad, 0, 14);
        assertThat(residual).isNotZero();
        assertThat(ErrorCorrection.correct(bad, 0, 14, residual, 1)).isEqualTo(1);
        assertThat(bad).isEqualTo(good);
    }

    @Property(tries = 2000)
    void nlMatchesTheClosedForm(@ForAll @DoubleRange(min = -86.9, max = 86.9) double lat) {
        int expected = closedFormNl(lat);
        // exactly on a transition the table and the closed form may round differently: accept either neighbour
        if (closedFormNl(lat - 1e-9) == closedFormNl(lat + 1e-9)) {
            assertThat(Cpr.nl(lat)).isEqualTo(expected);
        } else {
            assertThat(Cpr.nl(lat)).isIn(closedFormNl(lat - 1e-9), closedFormNl(lat + 1e-9));
        }
    }

    /** DO-260B §A.1.7.2 d: NL = floor(2π / acos(1 − (1 − cos(π/2NZ)) / cos²(lat))). */
    private static int closedFormNl(double lat) {
        if (lat == 0) {
            return 59;
        }
        double a = 1 - Math.cos(Math.PI / (2 * Cpr.NZ));
        double c = Math.cos(Math.toRadians(lat));
        return (int) Math.floor(2 * Math.PI / Math.acos(1 - a / (c * c)));
    }
}

package org.deconflict.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;

import org.deconflict.modes.iq.IqDemodulator;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/**
 * antirez-dump1090 modes1.bin (2 MS/s UC8 I/Q, one aircraft 4D2023): frames whose CRC checks (no correction, no
 * address filter) all belong to 4D2023, and there are at least as many as antirez dump1090 decodes (217, 111
 * unique, with error correction).
 */
class IqDemodulatorTest {
    @Test
    void demodulatesTheAntirezCapture() throws Exception {
        byte[] iq = Files.readAllBytes(SharedData.require("modes/antirez-dump1090/modes1.bin"));
        ModeSDecoder decoder = new ModeSDecoder(ModeSDecoder.Options.frames().withMaxCorrectedBits(0));
        Set<Integer> addresses = new HashSet<>();
        Set<String> unique = new HashSet<>();
        int[] good = {0};
        new IqDemodulator().demodulate(iq, (buf, off, len, ts, signal) -> {
            ModeSDecoder.Result r = decoder.decode(buf, off, len, ts, ts * 1000 / 12);
            // address/parity formats "pass" any CRC; count them only when they name the one aircraft present
            if (r.accepted() && (!r.message().frame().addressFromParity() || r.message().icao() == 0x4D2023)) {
                good[0]++;
                addresses.add(r.message().icao());
                unique.add(r.message().frame().hex());
            }
        });
        System.out.printf("modes1.bin: %d frames with good CRC, %d unique%n", good[0], unique.size());
        assertThat(addresses).containsExactly(0x4D2023);
        assertThat(good[0]).isGreaterThanOrEqualTo(217); // at least as many as antirez dump1090
    }
}

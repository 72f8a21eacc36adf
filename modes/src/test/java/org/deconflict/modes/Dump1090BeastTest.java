package org.deconflict.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.deconflict.modes.framing.BeastParser;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/**
 * traffic's sample_dump1090.bin (Beast, 239 frames) decoded as a stream with the known-address filter must accept
 * exactly the frames dump1090-fa accepted (its --raw output, 229 frames, same order), and none with a bad CRC.
 */
class Dump1090BeastTest {
    @Test
    void acceptedFramesEqualDump1090Fa() throws Exception {
        byte[] beast = Files.readAllBytes(SharedData.require("modes/traffic/sample_dump1090.bin"));
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.require("modes/traffic/sample_dump1090.dump1090-fa.avr.txt"))) {
            if (!line.isBlank()) {
                expected.add(line.trim().replace("*", "").replace(";", "").toLowerCase());
            }
        }
        ModeSDecoder decoder = new ModeSDecoder(ModeSDecoder.Options.stream());
        ModeSView view = new ModeSView();
        List<String> accepted = new ArrayList<>();
        int[] received = {0};
        BeastParser parser = new BeastParser((buf, off, len, ts, signal) -> {
            received[0]++;
            long timeNanos = ts * 1000 / 12; // 12 MHz ticks to ns
            if (decoder.decode(buf, off, len, ts, timeNanos, view) == null) {
                accepted.add(view.hex());
                int residual = Crc24.residual(view.frame(), 0, view.length());
                switch (view.df()) {
                    case 17, 18 -> assertThat(residual).isZero();
                    case 11 -> assertThat(residual & ~0x7F).isZero();
                    default -> assertThat(decoder.knownAddresses().isKnown(view.icao(), timeNanos)).isTrue();
                }
            }
        });
        // feed in awkward chunk sizes to exercise resumption
        for (int i = 0; i < beast.length; i += 13) {
            parser.feed(beast, i, Math.min(13, beast.length - i));
        }
        assertThat(received[0]).isEqualTo(239);
        assertThat(accepted).containsExactlyElementsOf(expected);
        assertThat(accepted).hasSize(229);
    }
}

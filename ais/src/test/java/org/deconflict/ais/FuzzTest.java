package org.deconflict.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Random and mutated input never makes an exception escape: the stream decoder, the message decoder and the JSON
 * writer run over noise, over real sentences with bytes flipped, dropped, duplicated and cut, and over streams split
 * at random points; every payload either decodes or is counted as rejected.
 */
class FuzzTest {

    @Property(tries = 300)
    void randomBytesNeverThrow(@ForAll @Size(max = 2000) byte[] noise) {
        decodeAll(noise, 1 + (noise.length % 97));
    }

    @Property(tries = 300)
    void randomPayloadsOfEveryTypeDecodeOrAreRejected(@ForAll @Size(min = 1, max = 180) byte[] payload) {
        byte[] bits = new byte[payload.length];
        System.arraycopy(payload, 0, bits, 0, payload.length);
        MessageDecoder d = new MessageDecoder();
        GpsdJson scaled = new GpsdJson(true, "fuzz");
        GpsdJson raw = new GpsdJson(false, null);
        for (int len = 0; len <= bits.length * 8; len += 1 + len / 16) {
            AisMessage m = d.decode(new BitReader(bits, len));
            if (m == null) {
                assertThat(d.lastReject()).isNotNull();
            } else {
                assertThat(scaled.toJson(m)).startsWith("{\"class\":\"AIS\"");
                assertThat(raw.toJson(m)).endsWith("}");
            }
        }
    }

    @Test
    void mutatedRealSentencesNeverThrowAndAreAllAccountedFor() throws IOException {
        List<String> corpus = new ArrayList<>();
        for (String f : List.of("gpsd/sample.aivdm", "libais/test.aivdm", "pyais/mixed.txt",
                "dma-aislib/small_cb_example.txt", "dma-aisabnormal/219165000_ssc_1.ais", "libais/tagblock.nmea")) {
            corpus.addAll(Files.readAllLines(SharedData.require("ais/" + f), StandardCharsets.ISO_8859_1));
        }
        Random rnd = new Random(20_261_122L);
        for (int round = 0; round < 200; round++) {
            StringBuilder stream = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                String line = corpus.get(rnd.nextInt(corpus.size()));
                stream.append(mutate(line, rnd)).append(rnd.nextBoolean() ? "\r\n" : "\n");
            }
            decodeAll(stream.toString().getBytes(StandardCharsets.ISO_8859_1), 1 + rnd.nextInt(200));
        }
    }

    private static String mutate(String line, Random rnd) {
        if (line.isEmpty()) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line);
        switch (rnd.nextInt(6)) {
            case 0 -> sb.setCharAt(rnd.nextInt(sb.length()), (char) rnd.nextInt(256));
            case 1 -> sb.deleteCharAt(rnd.nextInt(sb.length()));
            case 2 -> sb.setLength(rnd.nextInt(sb.length()));
            case 3 -> sb.insert(rnd.nextInt(sb.length()), sb.substring(0, rnd.nextInt(sb.length())));
            case 4 -> sb.insert(rnd.nextInt(sb.length()), ",,*\\!");
            default -> {
                // leave one in six intact, so assembly and tag-block state are exercised too
            }
        }
        return sb.toString();
    }

    /** Feeds {@code data} in chunks of {@code chunk} bytes; checks that every payload is decoded or rejected. */
    private static void decodeAll(byte[] data, int chunk) {
        long[] delivered = new long[1];
        GpsdJson json = new GpsdJson(true, null);
        AisReader reader = new AisReader(r -> {
            delivered[0]++;
            json.toJson(r.message());
        });
        for (int off = 0; off < data.length; off += chunk) {
            reader.feed(data, off, Math.min(chunk, data.length - off));
        }
        reader.finish();
        AisStats s = reader.stats();
        assertThat(s.totalMessages()).isEqualTo(delivered[0]);
        long decodeRejects = s.rejects(RejectReason.UNKNOWN_MESSAGE_TYPE) + s.rejects(RejectReason.MESSAGE_TOO_SHORT)
                + s.rejects(RejectReason.BAD_TYPE24_PART);
        assertThat(s.frames()).isEqualTo(s.totalMessages() + decodeRejects);
    }
}

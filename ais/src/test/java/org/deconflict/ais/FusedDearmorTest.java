package org.deconflict.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;
import net.jqwik.api.constraints.IntRange;

/**
 * The stream decoder de-armors payloads eight characters at a time (a one-sentence payload during its checksum pass,
 * an assembled one when its last part arrives); it must give exactly the bits of the byte-by-byte
 * {@link SixBit#dearmor}, and reject a payload holding any byte outside the armoring alphabet (IEC 61162-1 §7.3.4)
 * wherever that byte sits in the eight-byte words.
 */
class FusedDearmorTest {

    @Provide
    StringArbitrary payloads() {
        char[] armor = new char[64];
        for (int v = 0; v < 64; v++) {
            armor[v] = SixBit.armorChar(v);
        }
        return Arbitraries.strings().withChars(armor).ofMinLength(1).ofMaxLength(90);
    }

    /** 28 characters, the 168 bits of types 1-3 and 18, which the decoder de-armors in straight-line code. */
    @Provide
    Arbitrary<String> positionReportPayloads() {
        return payloads().ofLength(28);
    }

    @Property(tries = 200)
    void positionReportLengthGivesTheSameBits(@ForAll("positionReportPayloads") String payload,
                                              @ForAll @IntRange(min = 0, max = 5) int fill, @ForAll boolean twoParts) {
        validPayloadsGiveTheSameBitsAsByteWiseDearmoring(payload, fill, twoParts);
    }

    @Property(tries = 300)
    void positionReportLengthRejectsAnyNonArmoringByte(@ForAll("positionReportPayloads") String payload,
                                                       @ForAll @IntRange(max = 27) int where,
                                                       @ForAll @IntRange(min = 33, max = 126) int bad,
                                                       @ForAll boolean twoParts) {
        anyNonArmoringByteRejectsThePayload(payload, where, bad, twoParts);
    }

    @Property(tries = 400)
    void validPayloadsGiveTheSameBitsAsByteWiseDearmoring(@ForAll("payloads") String payload,
                                                          @ForAll @IntRange(min = 0, max = 5) int fill,
                                                          @ForAll boolean twoParts) {
        List<byte[]> frames = new ArrayList<>();
        List<RejectReason> rejects = new ArrayList<>();
        decode(payload, fill, twoParts, frames, rejects);
        byte[] armored = payload.getBytes(StandardCharsets.ISO_8859_1);
        byte[] expected = new byte[(armored.length * 6 + 7) / 8];
        assertThat(SixBit.dearmor(armored, 0, armored.length, expected)).isEqualTo(armored.length * 6);
        int bitLength = Math.max(0, armored.length * 6 - fill);
        assertThat(rejects).isEmpty();
        assertThat(frames).hasSize(1);
        BitReader got = new BitReader(frames.get(0), bitLength);
        BitReader want = new BitReader(expected, bitLength);
        for (int at = 0; at < bitLength; at++) {
            assertThat(got.bit(at)).as("bit %d of %s", at, payload).isEqualTo(want.bit(at));
        }
    }

    @Property(tries = 400)
    void anyNonArmoringByteRejectsThePayload(@ForAll("payloads") String payload, @ForAll @IntRange(max = 89) int where,
                                             @ForAll @IntRange(min = 33, max = 126) int bad,
                                             @ForAll boolean twoParts) {
        if (SixBit.armorValue(bad) >= 0 || bad == ',' || bad == '*' || bad == '!' || bad == '\\') {
            return; // armoring characters are valid; ',' '*' '!' '\' change the framing itself
        }
        int at = where % payload.length();
        String broken = payload.substring(0, at) + (char) bad + payload.substring(at + 1);
        List<byte[]> frames = new ArrayList<>();
        List<RejectReason> rejects = new ArrayList<>();
        decode(broken, 0, twoParts, frames, rejects);
        assertThat(frames).as(broken).isEmpty();
        assertThat(rejects).as(broken).containsExactly(RejectReason.BAD_PAYLOAD_CHARACTER);
    }

    /** Feeds the payload as one sentence, or split in two parts of a multi-sentence message. */
    private static void decode(String payload, int fill, boolean twoParts, List<byte[]> frames,
                               List<RejectReason> rejects) {
        AisStreamDecoder d = new AisStreamDecoder(new AisStreamDecoder.Listener() {
            @Override
            public void onFrame(AisFrame frame) {
                BitReader r = frame.bits();
                frames.add(Arrays.copyOf(r.bytes(), (frame.bitLength() + 7) / 8 + 8));
            }

            @Override
            public void onReject(RejectReason reason, long lineNumber) {
                rejects.add(reason);
            }
        });
        if (twoParts) {
            int half = payload.length() / 2;
            feed(d, "AIVDM,2,1,7,B," + payload.substring(0, half) + ",0");
            feed(d, "AIVDM,2,2,7,B," + payload.substring(half) + "," + fill);
        } else {
            feed(d, "AIVDM,1,1,,B," + payload + "," + fill);
        }
    }

    private static void feed(AisStreamDecoder d, String body) {
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        byte[] line = ("!" + body + "*" + String.format("%02X", sum)).getBytes(StandardCharsets.ISO_8859_1);
        d.line(line, 0, line.length);
    }
}

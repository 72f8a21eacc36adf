package org.deconflict.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.deconflict.modes.Crc24;
import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.cpr.PositionResolver;
import org.deconflict.modes.framing.BeastParser;
import org.deconflict.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The adapter's frame path (the modes zero-allocation view, records only where needed) emits exactly the observations,
 * in order, that decoding each frame to a record and handing it to {@link ModeSAdapter#accept} emits — on real
 * recordings (data: ../shared/data/modes, see SOURCES.md) with and without the known-address filter, and on random
 * frames of every downlink format with valid parity.
 */
class ModeSAdapterViewPathTest {

    private static final long S = 1_000_000_000L;

    /** One frame with its time and receivers, as a feed would deliver it. */
    private record Heard(byte[] frame, long timestamp12MHz, long timeNanos) {
    }

    @Test
    void pyModeSSamplesGiveTheSameObservations() throws IOException {
        List<Heard> frames = new ArrayList<>();
        for (String name : List.of("sample_data_adsb.csv", "sample_data_commb_df20.csv", "sample_data_commb_df21.csv")) {
            for (String line : Files.readAllLines(SharedData.require("modes/pyModeS/" + name), StandardCharsets.UTF_8)) {
                String[] f = line.replace("\uFEFF", "").split(",");
                // adsb: time,"hex","icao",tc   commb: time,icao,hex
                String hex = (f[1].startsWith("\"") ? f[1] : f[2]).replace("\"", "").strip();
                frames.add(new Heard(HexFormat.of().parseHex(hex), -1, Long.parseLong(f[0].strip()) * S));
            }
        }
        assertThat(frames).hasSizeGreaterThan(4000);
        assertSamePaths(frames, ModeSDecoder.Options.frames(), 1000);
        assertSamePaths(frames, ModeSDecoder.Options.stream(), 1000);
    }

    @Test
    void dump1090BeastSampleGivesTheSameObservations() throws IOException {
        byte[] bin = Files.readAllBytes(SharedData.require("modes/traffic/sample_dump1090.bin"));
        List<Heard> frames = new ArrayList<>();
        BeastParser parser = new BeastParser((buf, off, len, ts, signal) ->
                frames.add(new Heard(java.util.Arrays.copyOfRange(buf, off, off + len), ts, ts * 1000 / 12)));
        parser.feed(bin, 0, bin.length);
        assertThat(frames).hasSizeGreaterThan(200);
        assertSamePaths(frames, ModeSDecoder.Options.stream(), 100);
    }

    @Test
    void randomFramesOfEveryFormatGiveTheSameObservations() {
        Random random = new Random(20_161_018L);
        int[] formats = {0, 4, 5, 11, 16, 17, 18, 19, 20, 21, 24};
        List<Heard> frames = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            int df = formats[random.nextInt(formats.length)];
            byte[] frame = new byte[df < 16 ? 7 : 14];
            random.nextBytes(frame);
            frame[0] = (byte) (df == 24 ? 0xC0 | (frame[0] & 0x3F) : (df << 3) | (frame[0] & 7));
            if (df == 20 || df == 21) {
                frame[4] = random.nextInt(4) == 0 ? 0x20 : frame[4];     // BDS 2,0 shape now and then
            }
            int crc = Crc24.compute(frame, 0, frame.length - 3);
            // DF11/17/18/19 carry clean parity; the others the address xor-ed into it (ICAO Annex 10 Vol IV §3.1.2.3.3)
            int parity = df == 11 || (df >= 17 && df <= 19) ? crc : crc ^ random.nextInt(1 << 24);
            Crc24.writeParity(frame, 0, frame.length, parity);
            frames.add(new Heard(frame, -1, i * (S / 100)));
        }
        assertSamePaths(frames, ModeSDecoder.Options.frames(), 30_000);
    }

    /** Runs {@code frames} through both paths, each with its own decoder, and compares everything they emit. */
    private static void assertSamePaths(List<Heard> frames, ModeSDecoder.Options options, int minObservations) {
        List<Observation> viaRecords = new ArrayList<>();
        List<Observation> viaView = new ArrayList<>();
        ModeSDecoder recordDecoder = new ModeSDecoder(options);
        ModeSAdapter records = new ModeSAdapter(recordDecoder, new PositionResolver(ModeSAdapter.resolverDefaults()),
                viaRecords::add);
        ModeSAdapter view = new ModeSAdapter(new ModeSDecoder(options),
                new PositionResolver(ModeSAdapter.resolverDefaults()), viaView::add);
        ReceiverList heardBy = ReceiverList.of(3);
        byte[] padded = new byte[32];
        for (Heard h : frames) {
            ModeSDecoder.Result r = recordDecoder.decode(h.frame(), h.timestamp12MHz(), h.timeNanos());
            if (r.accepted()) {
                records.accept(r.message(), heardBy);
            }
            // the view path reads at an offset inside a larger buffer, as the pipeline hands it frames
            System.arraycopy(h.frame(), 0, padded, 5, h.frame().length);
            view.frame(padded, 5, h.frame().length, h.timestamp12MHz(), h.timeNanos(), heardBy);
        }
        assertThat(viaView).hasSize(viaRecords.size()).hasSizeGreaterThan(minObservations);
        for (int i = 0; i < viaRecords.size(); i++) {
            assertThat(viaView.get(i)).as("observation %d", i).isEqualTo(viaRecords.get(i));
        }
        assertThat(view.frames()).isEqualTo(frames.size());
        assertThat(view.rejectedFrames()).isEqualTo(frames.size() - recordDecoder.acceptedCount());
        assertThat(view.ignored()).isEqualTo(records.ignored());
        assertThat(view.observations()).isEqualTo(records.observations());
    }
}

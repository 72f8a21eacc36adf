package org.deconflict.bench.ais;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.deconflict.bench.modes.BenchFrames;

/**
 * The AIS benchmark corpus: every {@code !xxVDM}/{@code !xxVDO} sentence (tag blocks, $PGHP and trailing fields
 * removed, so both decoders see plain IEC 61162-1 sentences) of the DMA, gpsd and pyais files in the shared data,
 * in file order so multi-part messages stay together.
 */
public final class AisCorpus {

    private static final Pattern SENTENCE = Pattern.compile("![A-Z-]{2}VD[MO],[^*]*\\*[0-9A-Fa-f]{2}");
    private static final String[] FILES = {
        "dma-aislib/ais250.txt", "dma-aislib/decode_encode_messages.txt", "dma-aislib/replay_dump.txt",
        "dma-aislib/retry_example.txt", "dma-aislib/small_cb_example.txt", "dma-aislib/small_example.txt",
        "dma-aisabnormal/212123000_drift_1.ais", "dma-aisabnormal/219165000_ssc_1.ais",
        "dma-aisabnormal/538004030_drift_1.ais", "gpsd/sample.aivdm", "gpsd/ais-nmea-type6-fid55.log",
        "gpsd/ais_unpack_sixbit.log", "pyais/nmea_data_sample.txt", "pyais/mixed.txt", "pyais/sample.ais",
        "pyais/messages.ais", "pyais/ais_test_messages", "pyais/gatehouse.nmea", "pyais/timestamped.ais"};

    /** Sentences as strings (the peer's input type). */
    public final String[] lines;
    /** The same sentences as ASCII bytes (our input type). */
    public final byte[][] bytes;

    private AisCorpus(List<String> lines) {
        this.lines = lines.toArray(new String[0]);
        this.bytes = new byte[this.lines.length][];
        for (int i = 0; i < this.lines.length; i++) {
            bytes[i] = this.lines[i].getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    public static AisCorpus load() throws IOException {
        Path root = BenchFrames.dataRoot().resolve("ais");
        List<String> out = new ArrayList<>();
        for (String f : FILES) {
            for (String line : Files.readAllLines(root.resolve(f), StandardCharsets.ISO_8859_1)) {
                Matcher m = SENTENCE.matcher(line);
                while (m.find()) {
                    out.add(m.group());
                }
            }
        }
        return new AisCorpus(out);
    }
}

package org.deconflict.bench.modes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.deconflict.modes.ModeSDecoder;
import org.deconflict.modes.framing.AvrParser;
import org.deconflict.modes.framing.BeastParser;
import org.deconflict.modes.framing.SbsWriter;
import org.deconflict.modes.message.ModeSMessage;

/**
 * Real inputs the fuzz runner mutates, from {@code ../shared/data/modes}: frames (pyModeS' three CSVs, the Beast and
 * AVR samples), the Beast and AVR byte streams themselves, SBS lines written from the decoded frames, and a window of
 * the raw IQ capture.
 */
public final class FuzzSeeds {
    /** Distinct frames (7 or 14 bytes). */
    public final byte[][] frames;
    public final byte[] beast;
    public final byte[] avr;
    public final String[] sbsLines;
    /** The first 256 KiB of dump1090's IQ sample (8-bit I/Q pairs). */
    public final byte[] iq;

    private FuzzSeeds(byte[][] frames, byte[] beast, byte[] avr, String[] sbsLines, byte[] iq) {
        this.frames = frames;
        this.beast = beast;
        this.avr = avr;
        this.sbsLines = sbsLines;
        this.iq = iq;
    }

    public static FuzzSeeds load() throws IOException {
        Path root = BenchFrames.dataRoot().resolve("modes");
        byte[] beast = Files.readAllBytes(root.resolve("traffic/sample_dump1090.bin"));
        byte[] avr = Files.readAllBytes(root.resolve("traffic/sample_dump1090.dump1090-fa.avr.txt"));
        byte[] iqAll = Files.readAllBytes(root.resolve("antirez-dump1090/modes1.bin"));
        List<byte[]> frames = new ArrayList<>(Arrays.asList(BenchFrames.load().frames));
        new BeastParser((b, off, len, ts, sig) -> frames.add(Arrays.copyOfRange(b, off, off + len)))
                .feed(beast, 0, beast.length);
        new AvrParser((b, off, len, ts, sig) -> frames.add(Arrays.copyOfRange(b, off, off + len)))
                .feed(avr, 0, avr.length);
        ModeSDecoder decoder = new ModeSDecoder(ModeSDecoder.Options.frames());
        List<String> sbs = new ArrayList<>();
        for (int i = 0; i < frames.size(); i += 7) {
            ModeSDecoder.Result r = decoder.decode(frames.get(i), i * 1_000_000L);
            if (r.accepted()) {
                ModeSMessage m = r.message();
                String line = SbsWriter.line(m, 54.0 + (i % 100) / 50.0, 12.0 + (i % 37) / 10.0,
                        1_700_000_000_000_000_000L + i * 1_000_000L);
                if (line != null) {
                    sbs.add(line);
                }
            }
        }
        return new FuzzSeeds(frames.toArray(new byte[0][]), beast, avr, sbs.toArray(new String[0]),
                Arrays.copyOf(iqAll, Math.min(iqAll.length, 256 * 1024)));
    }
}

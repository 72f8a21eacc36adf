package org.deconflict.bench.modes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.deconflict.modes.Bits;

/** The benchmark corpus: the frames of pyModeS' three sample CSVs as bytes with their receive times. */
public final class BenchFrames {
    /** Frames, each 7 or 14 bytes. */
    public final byte[][] frames;
    /** Receive time of each frame, ms since the epoch (CSV seconds). */
    public final long[] timeMs;

    private BenchFrames(byte[][] frames, long[] timeMs) {
        this.frames = frames;
        this.timeMs = timeMs;
    }

    /**
     * Event time in nanoseconds of frame {@code i} in pass {@code pass}: each pass shifts time by 1000 s so CPR pairs
     * never span two passes.
     */
    public long timeNanos(int pass, int i) {
        return (timeMs[i] + pass * 1_000_000L) * 1_000_000L;
    }

    /** Shared data root: system property {@code deconflict.data}, else the nearest {@code ../shared/data}. */
    public static Path dataRoot() {
        String prop = System.getProperty("deconflict.data");
        if (prop != null) {
            return Paths.get(prop);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        return Paths.get("/work/shared/data");
    }

    /** Loads sample_data_adsb.csv, sample_data_commb_df20.csv and sample_data_commb_df21.csv. */
    public static BenchFrames load() throws IOException {
        Path dir = dataRoot().resolve("modes/pyModeS");
        List<byte[]> frames = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (String name : new String[] {"sample_data_adsb.csv", "sample_data_commb_df20.csv",
            "sample_data_commb_df21.csv"}) {
            for (String row : Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8)) {
                String[] cells = row.replace("\uFEFF", "").split(",");
                String hex = null;
                for (String c : cells) {
                    String s = c.replace("\"", "").trim();
                    if (s.length() == 14 || s.length() == 28) {
                        hex = s;
                    }
                }
                byte[] f = hex == null ? null : Bits.parseHex(hex);
                if (f != null) {
                    frames.add(f);
                    times.add(Long.parseLong(cells[0].trim()) * 1000);
                }
            }
        }
        long[] t = new long[times.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = times.get(i);
        }
        return new BenchFrames(frames.toArray(new byte[0][]), t);
    }
}

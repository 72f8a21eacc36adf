package org.deconflict.app.pipeline.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.deconflict.ais.AisReader;
import org.deconflict.app.input.FileSource;
import org.deconflict.app.input.SbsObservations;
import org.deconflict.app.input.Sources;
import org.deconflict.app.input.StreamFormat;
import org.deconflict.modes.framing.SbsParser;

/**
 * Finds the default start of a replay: the first time carried by the data — AIS time (tag block, $PGHP, USCG field)
 * in the NMEA recordings, generated date-time in the SBS ones — so the 12 MHz counters of Beast/AVR files can be
 * placed on the same time line. A file's modification time is not event
 * time and is never used.
 */
public final class ReplayStart {

    /** Content bytes examined per file before giving up. */
    static final int SCAN_BYTES = 4 << 20;

    private ReplayStart() {
    }

    /** A recording and its format (null = to be told from its content). */
    public record Recording(Path path, StreamFormat format) {
    }

    /**
     * The earliest first time among the NMEA and SBS files, ns since the Unix epoch, or -1 if none carries a time.
     * A file of no known format is an {@link Sources.InputException} (one line).
     */
    public static long firstTimeNanos(List<Recording> files) throws IOException {
        long best = -1;
        for (Recording r : files) {
            try (FileSource src = FileSource.open(r.path())) {
                StreamFormat f = r.format() != null ? r.format() : src.detectFormat();
                if (f == null) {
                    throw new Sources.InputException("cannot tell the format of " + r.path() + "; name it, e.g. beast:"
                            + r.path() + " (formats: beast, avr, sbs, nmea, hex)");
                }
                if (f != StreamFormat.NMEA && f != StreamFormat.SBS) {
                    continue;
                }
                long t = f == StreamFormat.NMEA ? firstAisTime(src.stream()) : firstSbsTime(src.stream());
                if (t >= 0 && (best < 0 || t < best)) {
                    best = t;
                }
            }
        }
        return best;
    }

    private static long firstAisTime(InputStream in) throws IOException {
        long[] first = {-1};
        AisReader reader = new AisReader(rep -> {
            if (first[0] < 0 && rep.hasTime()) {
                first[0] = rep.timeMillis() * 1_000_000L;
            }
        });
        scan(in, first, reader::feed);
        return first[0];
    }

    private static long firstSbsTime(InputStream in) throws IOException {
        long[] first = {-1};
        SbsParser parser = new SbsParser(m -> {
            if (first[0] < 0) {
                first[0] = SbsObservations.generatedTimeNanos(m);
            }
        });
        scan(in, first, parser::feed);
        return first[0];
    }

    /** Feeds {@code in} to {@code parser} until {@code first[0]} is found or {@link #SCAN_BYTES} are read. */
    private static void scan(InputStream in, long[] first, Chunks parser) throws IOException {
        byte[] buf = new byte[16 * 1024];
        long read = 0;
        int n;
        while (first[0] < 0 && read < SCAN_BYTES && (n = in.read(buf)) > 0) {
            parser.feed(buf, 0, n);
            read += n;
        }
    }

    private interface Chunks {
        void feed(byte[] buf, int off, int len);
    }
}

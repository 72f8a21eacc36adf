package org.deconflict.sim.out;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.deconflict.sim.EmissionSink;
import org.deconflict.sim.Protocol;
import org.deconflict.sim.scenario.ReceiverSpec;
import org.deconflict.sim.scenario.Scenario;

/**
 * Writes a run to a directory: per receiver {@code NAME.beast} (Beast binary) and {@code NAME.avr}
 * (AVR-MLAT text {@code @TTTTTTTTTTTTHEX;}, timestamp = the same 12 MHz counter), and one {@code ais.nmea}
 * with the sentences of every AIS receiver (tag block {@code s:} names the receiver, {@code c:} the unix time).
 * The 12 MHz counters start at the scenario start on each receiver's clock.
 */
public final class FileOutput implements EmissionSink, AutoCloseable {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final long epochNanos;
    private final int[] indexById;
    private final OutputStream[] beast;
    private final OutputStream[] avr;
    private final OutputStream nmea;
    private final byte[] buf = new byte[64];
    private long modeSFrames;
    private long aisSentences;

    public FileOutput(Path dir, Scenario sc) {
        try {
            Files.createDirectories(dir);
            this.epochNanos = sc.startNanos();
            List<ReceiverSpec> rs = sc.receivers();
            int maxId = rs.stream().mapToInt(ReceiverSpec::id).max().orElse(0);
            this.indexById = new int[maxId + 1];
            this.beast = new OutputStream[rs.size()];
            this.avr = new OutputStream[rs.size()];
            for (int i = 0; i < rs.size(); i++) {
                ReceiverSpec r = rs.get(i);
                indexById[r.id()] = i;
                if (r.receivesModeS()) {
                    beast[i] = open(dir.resolve(fileName(r) + ".beast"));
                    avr[i] = open(dir.resolve(fileName(r) + ".avr"));
                }
            }
            this.nmea = open(dir.resolve("ais.nmea"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output in " + dir, e);
        }
    }

    /** File name stem of a receiver: its name made file-safe, or {@code rxID}. */
    public static String fileName(ReceiverSpec r) {
        String n = r.name() == null ? "rx" + r.id() : r.name();
        return n.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static OutputStream open(Path p) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
    }

    public long modeSFrames() {
        return modeSFrames;
    }

    public long aisSentences() {
        return aisSentences;
    }

    @Override
    public void accept(int receiverId, long timeNanos, Protocol protocol, byte[] frame, int off, int len, int signal) {
        try {
            if (protocol == Protocol.AIS) {
                nmea.write(frame, off, len);
                nmea.write('\r');
                nmea.write('\n');
                aisSentences++;
                return;
            }
            int i = indexById[receiverId];
            long ticks = BeastFrames.ticks(timeNanos, epochNanos);
            int n = BeastFrames.write(buf, 0, ticks, signal, frame, off, len);
            beast[i].write(buf, 0, n);
            int p = 0;
            buf[p++] = '@';
            for (int shift = 44; shift >= 0; shift -= 4) {
                buf[p++] = HEX[(int) (ticks >>> shift) & 0xF];
            }
            for (int k = 0; k < len; k++) {
                buf[p++] = HEX[(frame[off + k] >> 4) & 0xF];
                buf[p++] = HEX[frame[off + k] & 0xF];
            }
            buf[p++] = ';';
            buf[p++] = '\n';
            avr[i].write(buf, 0, p);
            modeSFrames++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        IOException first = null;
        for (OutputStream o : beast) {
            first = closeQuietly(o, first);
        }
        for (OutputStream o : avr) {
            first = closeQuietly(o, first);
        }
        first = closeQuietly(nmea, first);
        if (first != null) {
            throw new UncheckedIOException(first);
        }
    }

    private static IOException closeQuietly(OutputStream o, IOException first) {
        if (o == null) {
            return first;
        }
        try {
            o.close();
        } catch (IOException e) {
            return first == null ? e : first;
        }
        return first;
    }
}

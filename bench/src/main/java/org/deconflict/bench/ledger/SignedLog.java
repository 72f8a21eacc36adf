package org.deconflict.bench.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.deconflict.ledger.Incident;
import org.deconflict.ledger.Parties;
import org.deconflict.ledger.Party;
import org.deconflict.ledger.Role;
import org.deconflict.ledger.SignedEntry;
import org.deconflict.ledger.note.Checkpoint;
import org.deconflict.ledger.note.NoteKeys;
import org.deconflict.ledger.note.SignedNote;
import org.deconflict.ledger.tiles.Durable;
import org.deconflict.ledger.tiles.TileLog;

/**
 * A published log of signed incident entries for the semantic-verify benchmark: two monitors alternate, every entry an
 * airprox with two evidence track segments (about 900 bytes, the size the app files). Entries are signed on every core.
 */
public final class SignedLog {

    public static final String ORIGIN = "bench/signed";
    private static final int CHUNK = 8_192;

    private final NoteKeys.Signer log = NoteKeys.generate("bench-signed-log");
    private final NoteKeys.Signer se = NoteKeys.generate("se-node");
    private final NoteKeys.Signer pl = NoteKeys.generate("pl-node");

    /** The trust configuration the log verifies against. */
    public Parties parties() {
        return new Parties(ORIGIN, log.verifier(), List.of(new Party("se-node", se.verifier(), Role.MONITOR, "SE"),
                new Party("pl-node", pl.verifier(), Role.MONITOR, "PL")));
    }

    /** Writes {@code n} signed entries into a tiled log in {@code dir} with a signed checkpoint; returns the mean entry size. */
    public double write(Path dir, int n) throws IOException {
        long bytes = 0;
        try (TileLog tiles = TileLog.open(dir)) {
            for (int from = 0; from < n; from += CHUNK) {
                int base = from;
                byte[][] chunk = new byte[Math.min(CHUNK, n - from)][];
                IntStream.range(0, chunk.length).parallel()
                        .forEach(i -> chunk[i] = SignedEntry.incident(incident(base + i), (base + i) % 2 == 0 ? se : pl));
                List<CompletableFuture<Long>> acks = new ArrayList<>(chunk.length);
                for (byte[] e : chunk) {
                    acks.add(tiles.appendAsync(e));
                    bytes += e.length;
                }
                acks.forEach(CompletableFuture::join);
            }
            long size = tiles.size();
            tiles.persistTilesFor(size);
            Durable.replace(dir.resolve("checkpoint"),
                    SignedNote.sign(new Checkpoint(ORIGIN, size, tiles.root(size)).text(), log).encode());
        }
        return bytes / (double) n;
    }

    private static Incident incident(int i) {
        long t = 1_394_000_000_000L + i * 60_000L;
        double lat = 54.0 + (i % 1000) * 0.001;
        List<Incident.TrackPoint> a = new ArrayList<>();
        List<Incident.TrackPoint> b = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            a.add(new Incident.TrackPoint(t + k * 30_000L, lat + k * 0.01, 13.0 + k * 0.02, 31_000.0));
            b.add(new Incident.TrackPoint(t + k * 30_000L, lat + k * 0.01 + 0.002, 13.0 + k * 0.02, 31_400.0));
        }
        return new Incident("bench-" + i, "airprox", t, t + 90_000,
                List.of(new Incident.Participant("icao:ae01c5", "RC135", "US", "aircraft"),
                        new Incident.Participant("icao:155027", null, "RU", "aircraft")),
                250 + i % 700, 400.0,
                List.of(new Incident.TrackSegment("icao:ae01c5", a), new Incident.TrackSegment("icao:155027", b)),
                new Incident.Detector("bench", Map.of("horizontalSeparationM", 9260.0, "verticalSeparationFt", 1000.0)));
    }
}

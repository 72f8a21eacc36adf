package org.deconflict.engine.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import org.deconflict.ais.AisReader;
import org.deconflict.ais.DuplicateSuppressor;
import org.deconflict.engine.ingest.AisAdapter;
import org.deconflict.testsupport.SharedData;

/** Replays an AIS recording from /work/shared/data/ais into an adapter, as a receiver would deliver it. */
final class AisRecording {

    private static final long S = 1_000_000_000L;

    private AisRecording() {
    }

    /**
     * Feeds {@code ais/<file>} through duplicate suppression into the adapter. Logs without times get 1 s per sentence
     * from 2020-09-13T12:26:40Z; tagged files keep their own times. Returns the latest time fed, ns.
     */
    static long replay(String file, AisAdapter adapter) throws IOException {
        long t0 = 1_600_000_000L * S;
        long[] line = {0};
        long[] last = {0};
        DuplicateSuppressor dedup = new DuplicateSuppressor(h -> {
            long t = h.report().hasTime() ? h.report().timeMillis() * 1_000_000L : t0 + line[0] * S;
            last[0] = Math.max(last[0], t);
            adapter.accept(h, t);
        });
        AisReader reader = new AisReader(r -> {
            line[0]++;
            dedup.offer(r);
        });
        try (InputStream in = Files.newInputStream(SharedData.require("ais/" + file))) {
            reader.readAll(in);
        }
        reader.finish();
        dedup.flush();
        return last[0];
    }
}

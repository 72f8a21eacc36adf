package org.deconflict.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.deconflict.ais.AisMessage;
import org.deconflict.ais.AisReader;
import org.deconflict.ais.AisReport;
import org.deconflict.testsupport.SharedData;

/**
 * Real positions for the store tests: the class A position reports (types 1–3) of the DMA AisAbnormal fixture
 * {@code 212123000_drift_1.ais} (one vessel, Danish waters, 2014-10, about 14.5 h, each message heard by 2–3
 * receivers; ais/SOURCES.md), in file order, as position rows.
 */
final class RealAisTrack {

    static final String FILE = "ais/dma-aisabnormal/212123000_drift_1.ais";
    static final String KEY = "mmsi:212123000";

    private RealAisTrack() {
    }

    static List<PositionRow> positions() throws IOException {
        Path file = SharedData.require(FILE);
        List<PositionRow> rows = new ArrayList<>();
        AisReader reader = new AisReader(r -> toRow(r, rows));
        try (InputStream in = Files.newInputStream(file)) {
            reader.readAll(in);
        }
        reader.finish();
        return rows;
    }

    private static void toRow(AisReport report, List<PositionRow> out) {
        if (report.message() instanceof AisMessage.PositionReport p && report.hasTime()
                && p.latDeg().isPresent() && p.lonDeg().isPresent()) {
            out.add(new PositionRow("mmsi:" + p.mmsi(), report.timeMillis(), p.latDeg().getAsDouble(),
                    p.lonDeg().getAsDouble(), null, p.speedKt().isPresent() ? p.speedKt().getAsDouble() : null,
                    p.courseDeg().isPresent() ? p.courseDeg().getAsDouble() : null, "ais"));
        }
    }
}

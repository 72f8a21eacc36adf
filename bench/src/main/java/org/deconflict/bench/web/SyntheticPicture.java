package org.deconflict.bench.web;

import org.deconflict.app.pipeline.PipelineListener;
import org.deconflict.engine.ingest.AddressType;
import org.deconflict.engine.ingest.TargetKey;
import org.deconflict.engine.track.TrackSnapshot;
import org.deconflict.engine.track.TransponderMode;

/**
 * A deterministic Baltic-sized traffic picture for web benchmarks: {@code n} targets (two aircraft for every ship)
 * spread over 54–62°N 12–28°E, 2 % military, 1 % dark (last heard ten minutes before the newest update), each with a
 * few updates ten seconds apart so trails exist. Fed straight into the web server's live picture.
 */
public final class SyntheticPicture {

    /** Event time of the newest update: 2016-04-12T07:00:00Z, ns. */
    public static final long NOW_NANOS = 1_460_444_400_000_000_000L;
    private static final long STEP_NANOS = 10_000_000_000L;
    private static final long DARK_AGE_NANOS = 600_000_000_000L;
    private static final String[] NATIONS = {"SE", "FI", "DK", "DE", "PL", "EE", "LV", "LT", "RU", "NO"};

    private SyntheticPicture() {
    }

    /** Feeds {@code n} targets, {@code updates} snapshots each, to {@code live}. */
    public static void feed(PipelineListener live, int n, int updates) {
        int cols = (int) Math.ceil(Math.sqrt(n * 2.0));
        int rows = (n + cols - 1) / cols;
        for (int i = 0; i < n; i++) {
            boolean ship = i % 3 == 0;
            boolean dark = i % 100 == 7;
            TargetKey key = ship ? TargetKey.mmsi(230_000_000 + i) : TargetKey.icao(0x400000 + i, AddressType.ICAO);
            double lat0 = 54 + 8.0 * (i / cols) / rows;
            double lon0 = 12 + 16.0 * (i % cols) / cols;
            double trackDeg = (i * 37) % 360;
            double speedKt = ship ? 8 + i % 15 : 250 + i % 230;
            double altitudeFt = ship ? Double.NaN : 1_000 + (i * 97) % 39_000;
            long last = NOW_NANOS - (dark ? DARK_AGE_NANOS : (i % 10) * 1_000_000_000L);
            for (int u = updates - 1; u >= 0; u--) {
                long t = last - u * STEP_NANOS;
                // distance run since the first update, in degrees of latitude (1 NM = 1/60°), flat-earth
                double runDeg = speedKt * (t - (last - (updates - 1) * STEP_NANOS)) / 3.6e12 / 60;
                double lat = lat0 + runDeg * Math.cos(Math.toRadians(trackDeg));
                double lon = lon0 + runDeg * Math.sin(Math.toRadians(trackDeg)) / Math.cos(Math.toRadians(lat0));
                live.onTrack(new TrackSnapshot(key, t, lat, lon, altitudeFt, speedKt, trackDeg, 0, false,
                        ship ? "SHIP " + i : "FLT" + i, NATIONS[i % NATIONS.length], i % 50 == 0,
                        ship ? 70 : 0xA3, ship ? TransponderMode.AIS : TransponderMode.ADSB, 9, 8, 1));
            }
        }
    }
}

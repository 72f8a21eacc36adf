package org.deconflict.app.pipeline.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** SBS/BaseStation lines (readsb port 30003 layout, UTC times) of one aircraft flying east, for live input tests. */
public final class SbsLines {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private SbsLines() {
    }

    /**
     * {@code seconds} records each of identification (type 1), airborne position (type 3, at {@link #latDeg} and
     * {@link #lonDeg} of second i) and velocity (type 4), one second apart from {@code startMs} (ms since the epoch).
     */
    public static String flight(int icao, String callsign, long startMs, int seconds) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < seconds; i++) {
            Instant t = Instant.ofEpochMilli(startMs + 1_000L * i);
            String head = String.format(Locale.ROOT, "MSG,%%d,1,1,%06X,1,%s,%s,%s,%s,", icao, DATE.format(t),
                    TIME.format(t), DATE.format(t), TIME.format(t));
            b.append(String.format(Locale.ROOT, head + "%s,,,,,,,,,,,\r\n", 1, callsign));
            b.append(String.format(Locale.ROOT, head + ",38000,,,%.5f,%.5f,,,0,0,0,0\r\n", 3, latDeg(i), lonDeg(i)));
            b.append(String.format(Locale.ROOT, head + ",,450,90.0,,,0,,0,0,0,0\r\n", 4));
        }
        return b.toString();
    }

    /** Latitude of second {@code i}, as written (5 decimals). */
    public static double latDeg(int i) {
        return 52.0;
    }

    /** Longitude of second {@code i}: eastbound at about 450 kt (0.0034° of longitude per second at 52° N). */
    public static double lonDeg(int i) {
        return Math.round((4.0 + 0.0034 * i) * 1e5) / 1e5;
    }
}

package org.deconflict.app.pipeline.feed;

import java.util.List;

import org.deconflict.app.input.Sources;
import org.deconflict.engine.track.ReceiverRegistry;
import org.deconflict.engine.track.ReceiverSite;

/** Parses {@code --receiver ID:LAT,LON[,HEIGHT_M]} options (degrees WGS 84, antenna height in metres). */
public final class ReceiverOptions {

    /** Antenna height assumed when none is given: a rooftop, metres. */
    static final double DEFAULT_HEIGHT_M = 10;

    private ReceiverOptions() {
    }

    /** A registry of 1090 MHz receiver sites; a bad value is an {@link Sources.InputException} with one line. */
    public static ReceiverRegistry parse(List<String> values) {
        ReceiverRegistry reg = new ReceiverRegistry();
        for (String v : values) {
            reg.register(parseOne(v));
        }
        return reg;
    }

    static ReceiverSite parseOne(String value) {
        String v = value.strip();
        int colon = v.indexOf(':');
        String[] parts = colon < 0 ? new String[0] : v.substring(colon + 1).split(",");
        if (colon < 1 || parts.length < 2 || parts.length > 3) {
            throw bad(value, "expected ID:LAT,LON[,HEIGHT_M], e.g. 1:55.61,12.99,30");
        }
        try {
            int id = Integer.parseInt(v.substring(0, colon).strip());
            double lat = Double.parseDouble(parts[0].strip());
            double lon = Double.parseDouble(parts[1].strip());
            double h = parts.length == 3 ? Double.parseDouble(parts[2].strip()) : DEFAULT_HEIGHT_M;
            if (id < 1 || !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180) || !(h >= -500 && h <= 10_000)) {
                throw bad(value, "id must be >= 1, latitude within ±90, longitude within ±180, height in metres");
            }
            return new ReceiverSite(id, lat, lon, h, ReceiverSite.Kind.ADSB_1090);
        } catch (NumberFormatException e) {
            throw bad(value, "not a number: expected ID:LAT,LON[,HEIGHT_M], e.g. 1:55.61,12.99,30");
        }
    }

    private static Sources.InputException bad(String value, String why) {
        return new Sources.InputException("--receiver " + value + ": " + why);
    }
}

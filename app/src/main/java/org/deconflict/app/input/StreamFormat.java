package org.deconflict.app.input;

import java.util.Locale;

/** The framing of a byte stream, as a hint for the framer downstream; the input itself never parses frames. */
public enum StreamFormat {
    /** Mode S Beast binary: {@code 0x1A type ts(6) signal(1) payload}, 0x1A doubled inside (readsb port 30005). */
    BEAST,
    /** AVR text: {@code *HEX;} or {@code @TIMESTAMP HEX;} per line (readsb/dump1090 port 30002). */
    AVR,
    /** SBS-1 / BaseStation CSV: {@code MSG,...} lines (readsb/dump1090 port 30003). */
    SBS,
    /** NMEA 0183 sentences (AIS {@code !AIVDM}, {@code $...}), optionally behind IEC 61162-450 tag blocks. */
    NMEA,
    /** Mode S frames as hex digits, one per line: 14 or 28 digits, possibly among other CSV or spaced fields. */
    HEX;

    /** Lower-case name as written on the command line ({@code beast}, {@code avr}...). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the format is line-oriented text (a datagram that lacks a final newline gets one). */
    public boolean isText() {
        return this != BEAST;
    }

    /** The format named {@code name} (case-insensitive; {@code ais} is NMEA), or null. */
    public static StreamFormat byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("ais")) {
            return NMEA;
        }
        for (StreamFormat f : values()) {
            if (f.cliName().equals(n)) {
                return f;
            }
        }
        return null;
    }
}

package org.deconflict.modes.commb;

import org.deconflict.modes.Callsign;

/** BDS 2,0 aircraft identification (ICAO Doc 9871 Table A-2-32): callsign, trailing spaces removed. */
public record AircraftIdentification(String callsign) implements CommBRegister {
    /** MB bit where the eight 6-bit characters start. */
    private static final int CHARS_MB_BIT = 9;

    /** Heuristic: first byte 0x20 and every character assigned in the 6-bit set. */
    public static boolean isValid(byte[] b, int off) {
        return Mb.get(b, off, 1, 8) == 0x20 && Callsign.isValid(b, off, 32 + CHARS_MB_BIT);
    }

    public static AircraftIdentification decode(byte[] b, int off) {
        return new AircraftIdentification(Callsign.decode(b, off, 32 + CHARS_MB_BIT).strip());
    }

    @Override
    public Bds bds() {
        return Bds.BDS20;
    }
}

package org.deconflict.modes.commb;

import org.deconflict.modes.Callsign;

/** BDS 2,0 aircraft identification (ICAO Doc 9871 Table A-2-32): callsign, trailing spaces removed. */
public record AircraftIdentification(String callsign) implements CommBRegister {
    /** Heuristic: first byte 0x20 and every character (MB bits 9-56) assigned in the 6-bit set. */
    public static boolean isValid(long mb) {
        if (Mb.get(mb, 1, 8) != 0x20) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (Callsign.charAt(mb, i) == '#') {
                return false;
            }
        }
        return true;
    }

    public static AircraftIdentification decode(long mb) {
        return new AircraftIdentification(Callsign.decode(mb).strip());
    }

    /** As {@link #isValid(long)} on the frame at {@code off}. */
    public static boolean isValid(byte[] b, int off) {
        return isValid(Mb.of(b, off));
    }

    /** As {@link #decode(long)} on the frame at {@code off}. */
    public static AircraftIdentification decode(byte[] b, int off) {
        return decode(Mb.of(b, off));
    }

    @Override
    public Bds bds() {
        return Bds.BDS20;
    }
}

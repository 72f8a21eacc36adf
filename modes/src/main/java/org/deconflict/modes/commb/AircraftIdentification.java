package org.deconflict.modes.commb;

import org.deconflict.modes.Callsign;

/** BDS 2,0 aircraft identification (ICAO Doc 9871 Table A-2-32): callsign, trailing spaces removed. */
public record AircraftIdentification(String callsign) implements CommBRegister {
    /** MB bit where the eight 6-bit characters start. */
    private static final int CHARS_MB_BIT = 9;

    /** Heuristic: first byte 0x20 and every character assigned in the 6-bit set. */
    public static boolean isValid(long mb) {
        if (Mb.get(mb, 1, 8) != 0x20) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (Callsign.CHARSET.charAt(Mb.get(mb, CHARS_MB_BIT + 6 * i, 6)) == '#') {
                return false;
            }
        }
        return true;
    }

    public static AircraftIdentification decode(long mb) {
        char[] c = new char[8];
        for (int i = 0; i < 8; i++) {
            c[i] = Callsign.CHARSET.charAt(Mb.get(mb, CHARS_MB_BIT + 6 * i, 6));
        }
        return new AircraftIdentification(new String(c).strip());
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

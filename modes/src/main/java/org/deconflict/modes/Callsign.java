package org.deconflict.modes;

/**
 * The 6-bit aircraft identification character set shared by ADS-B TC1-4 and Comm-B BDS 2,0
 * (ICAO Annex 10 Vol IV Table 3-9; DO-260B §2.2.3.2.5). Unassigned codes decode to '#'.
 */
public final class Callsign {
    /** Index = 6-bit code. ICAO Annex 10 Vol IV Table 3-9 (IA-5 subset). */
    public static final String CHARSET = "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######";

    private Callsign() {
    }

    /** Eight characters starting at 1-based bit {@code start}; spaces kept (fixed width 8). */
    public static String decode(byte[] b, int off, int start) {
        char[] c = new char[8];
        for (int i = 0; i < 8; i++) {
            c[i] = CHARSET.charAt(Bits.get(b, off, start + 6 * i, 6));
        }
        return new String(c);
    }

    /**
     * Eight characters from the low 48 bits of {@code bits} (ADS-B ME bits 9-56 or BDS 2,0 MB bits 9-56 held in the
     * 56-bit field); spaces kept (fixed width 8).
     */
    public static String decode(long bits) {
        char[] c = new char[8];
        for (int i = 0; i < 8; i++) {
            c[i] = charAt(bits, i);
        }
        return new String(c);
    }

    /** Character {@code i} (0-7) of the eight 6-bit codes in the low 48 bits of {@code bits}; '#' when unassigned. */
    public static char charAt(long bits, int i) {
        return CHARSET.charAt((int) (bits >>> (42 - 6 * i)) & 0x3F);
    }

    /** Writes up to eight characters (padded with spaces) as 6-bit codes at {@code start}; unknown chars become space. */
    public static void encode(byte[] b, int off, int start, String callsign) {
        for (int i = 0; i < 8; i++) {
            char ch = i < callsign.length() ? Character.toUpperCase(callsign.charAt(i)) : ' ';
            int code = CHARSET.indexOf(ch);
            if (code <= 0) {
                code = 32;
            }
            Bits.put(b, off, start + 6 * i, 6, code);
        }
    }
}

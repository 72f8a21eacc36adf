package org.deconflict.modes.commb;

/**
 * BDS 3,0 ACAS active resolution advisory (ICAO Doc 9871 Table A-2-48; Annex 10 Vol IV §4.3.8.4.2.2):
 * ARA (14 bits), RAC (4), RA terminated, multiple threat encounter, threat type indicator and 26-bit threat identity.
 */
public record AcasActiveResolution(int activeRa, int racRecord, boolean raTerminated, boolean multipleThreat,
        int threatType, int threatIdentity) implements CommBRegister {

    /** Heuristic: first byte 0x30, threat type 3 unassigned, ARA values reserved for ACAS III absent. */
    public static boolean isValid(long mb) {
        return Mb.get(mb, 1, 8) == 0x30 && Mb.get(mb, 29, 2) != 3 && Mb.get(mb, 16, 7) < 48;
    }

    public static AcasActiveResolution decode(long mb) {
        return new AcasActiveResolution(Mb.get(mb, 9, 14), Mb.get(mb, 23, 4), Mb.bit(mb, 27) == 1,
                Mb.bit(mb, 28) == 1, Mb.get(mb, 29, 2), Mb.get(mb, 31, 26));
    }

    /** As {@link #isValid(long)} on the frame at {@code off}. */
    public static boolean isValid(byte[] b, int off) {
        return isValid(Mb.of(b, off));
    }

    /** As {@link #decode(long)} on the frame at {@code off}. */
    public static AcasActiveResolution decode(byte[] b, int off) {
        return decode(Mb.of(b, off));
    }

    @Override
    public Bds bds() {
        return Bds.BDS30;
    }
}

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
        return new AcasActiveResolution(activeRa(mb), racRecord(mb), raTerminated(mb), multipleThreat(mb),
                threatType(mb), threatIdentity(mb));
    }

    /** Active resolution advisories (ARA), MB bits 9-22. */
    public static int activeRa(long mb) {
        return Mb.get(mb, 9, 14);
    }

    /** Resolution advisory complements record (RAC), MB bits 23-26. */
    public static int racRecord(long mb) {
        return Mb.get(mb, 23, 4);
    }

    /** RA terminated, MB bit 27. */
    public static boolean raTerminated(long mb) {
        return Mb.bit(mb, 27) == 1;
    }

    /** Multiple threat encounter, MB bit 28. */
    public static boolean multipleThreat(long mb) {
        return Mb.bit(mb, 28) == 1;
    }

    /** Threat type indicator, MB bits 29-30. */
    public static int threatType(long mb) {
        return Mb.get(mb, 29, 2);
    }

    /** Threat identity data, MB bits 31-56. */
    public static int threatIdentity(long mb) {
        return Mb.get(mb, 31, 26);
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

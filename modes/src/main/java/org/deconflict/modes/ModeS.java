package org.deconflict.modes;

/**
 * Allocation-free accessors for the header fields of a Mode S reply at {@code off} (ICAO Annex 10 Vol IV §3.1.2
 * and Figure 3-8). DF is bits 1-5 (DF24 is any frame starting with binary 11).
 */
public final class ModeS {
    private ModeS() {
    }

    /** Downlink format, 0..24 (all 11xxx frames are DF24). */
    public static int df(byte[] b, int off) {
        int df = (b[off] & 0xFF) >>> 3;
        return df >= 24 ? 24 : df;
    }

    /** Frame length in bytes implied by a DF: 7 for DF0-15, 14 for DF16-24. ICAO Annex 10 Vol IV §3.1.2.3.1.1. */
    public static int lengthBytes(int df) {
        return df < 16 ? 7 : 14;
    }

    /** Bit n set for each downlink format n that this library handles: 0, 4, 5, 11, 16-21, 24. */
    private static final int SUPPORTED_DF = 1 | 1 << 4 | 1 << 5 | 1 << 11 | 0x3F << 16 | 1 << 24;

    /** True for downlink formats defined in ICAO Annex 10 Vol IV §3.1.2 that this library handles. */
    public static boolean isSupportedDf(int df) {
        return df >= 0 && df < 32 && ((SUPPORTED_DF >>> df) & 1) != 0;
    }

    /** Bits 6-8: CA (DF11/17), CF (DF18), AF (DF19), FS (DF4/5/20/21). */
    public static int bits6to8(byte[] b, int off) {
        return b[off] & 7;
    }

    /** AA field, bits 9-32 (DF11/17/18). */
    public static int addressAnnounced(byte[] b, int off) {
        return Bits.get(b, off, 9, 24);
    }

    /** 13-bit AC (DF0/4/16/20) or ID (DF5/21) field, bits 20-32. */
    public static int code13(byte[] b, int off) {
        return Bits.get(b, off, 20, 13);
    }

    /** DR downlink request, bits 9-13 (DF4/5/20/21). */
    public static int downlinkRequest(byte[] b, int off) {
        return Bits.get(b, off, 9, 5);
    }

    /** UM utility message, bits 14-19 (DF4/5/20/21). */
    public static int utilityMessage(byte[] b, int off) {
        return Bits.get(b, off, 14, 6);
    }
}

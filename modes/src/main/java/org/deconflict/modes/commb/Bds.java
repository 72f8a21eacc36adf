package org.deconflict.modes.commb;

/** Comm-B data selectors this library decodes (ICAO Doc 9871 Appendix A), in the order pyModeS reports them. */
public enum Bds {
    BDS10(0x10), BDS17(0x17), BDS20(0x20), BDS30(0x30), BDS40(0x40), BDS44(0x44), BDS45(0x45), BDS50(0x50),
    BDS60(0x60);

    /** The register number as the 8-bit BDS1,BDS2 code (e.g. 0x40 for BDS 4,0). */
    public final int code;

    Bds(int code) {
        this.code = code;
    }

    private static final Bds[] VALUES = values();

    /** The register with code {@code code}, or null when this library does not decode it. */
    public static Bds ofCode(int code) {
        for (Bds b : VALUES) {
            if (b.code == code) {
                return b;
            }
        }
        return null;
    }

    /** Bit for this register in a candidate mask. */
    public int mask() {
        return 1 << ordinal();
    }

    /** Comma-joined names of a candidate mask, e.g. "BDS50,BDS60"; empty string for 0. */
    public static String names(int mask) {
        StringBuilder sb = new StringBuilder();
        for (Bds b : VALUES) {
            if ((mask & b.mask()) != 0) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(b.name());
            }
        }
        return sb.toString();
    }

    /** The single register of a one-candidate mask, or null if the mask is empty or ambiguous. */
    public static Bds single(int mask) {
        return Integer.bitCount(mask) == 1 ? VALUES[Integer.numberOfTrailingZeros(mask)] : null;
    }
}
